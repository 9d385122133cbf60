/**
 * Export of the current view: a standalone SVG (every element's computed paint and
 * font inlined, so it looks the same outside the page, with no stylesheet and no
 * custom properties), and a PNG drawn from it.
 */

/** The presentation properties that make an SVG look as it does on the page. */
const inlined = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  // Haloed text (the lane labels) is stroked under its fill, not over it.
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

export interface SvgExportOptions {
  readonly width: number;
  readonly height: number;
  /** The background colour (the page's is not part of the SVG). */
  readonly background: string;
  /** The document's title, as the SVG's <title>. */
  readonly title?: string;
}

/** A standalone SVG document of `svg` as drawn now. */
export function serializeSvg(svg: SVGSVGElement, { width, height, background, title }: SvgExportOptions): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const target = copies[i] as SVGElement;
    const computed = getComputedStyle(original);
    const style = inlined
      .map(name => [name, computed.getPropertyValue(name)] as const)
      .filter(([, value]) => value !== '' && value !== 'normal' && value !== 'auto')
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
    target.setAttribute('style', style);
    for (const name of ['tabindex', 'class', 'part', 'aria-pressed', 'role']) target.removeAttribute(name);
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.removeAttribute('aria-hidden');
  const ns = 'http://www.w3.org/2000/svg';
  const backdrop = document.createElementNS(ns, 'rect');
  backdrop.setAttribute('width', '100%');
  backdrop.setAttribute('height', '100%');
  backdrop.setAttribute('fill', background);
  copy.insertBefore(backdrop, copy.firstChild);
  if (title) {
    const element = document.createElementNS(ns, 'title');
    element.textContent = title;
    copy.insertBefore(element, copy.firstChild);
  }
  return new XMLSerializer().serializeToString(copy);
}

/**
 * A PNG of an SVG document, `scale` times its size. Rejects with the reason when the
 * page's Content-Security-Policy does not allow images from blob: URLs.
 */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the SVG could not be drawn as an image (does the page\'s Content-Security-Policy allow img-src blob:?)'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas in this browser');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob(blob => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers `blob` as a download named `name` (a detached link: nothing is added to the page). */
export function offerDownload(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
