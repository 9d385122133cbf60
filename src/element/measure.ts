/**
 * Text widths for label packing, measured once per string with a canvas in the
 * element's own font and cached, so the hot path never reads layout from the DOM.
 */
export class TextMeasure {
  private readonly widths = new Map<string, number>();
  private context?: CanvasRenderingContext2D | null;
  private font = '';

  /** Sets the CSS font shorthand to measure in; a new font empties the cache. */
  setFont(font: string): void {
    if (font === this.font) return;
    this.font = font;
    this.widths.clear();
    if (this.context) this.context.font = font;
  }

  /** Width of `text` in px. */
  width(text: string): number {
    let width = this.widths.get(text);
    if (width === undefined) {
      this.context ??= document.createElement('canvas').getContext('2d');
      if (this.context && this.context.font !== this.font && this.font) this.context.font = this.font;
      // Without a canvas (never in a browser), a fair estimate for a 12px sans-serif.
      width = this.context ? this.context.measureText(text).width : text.length * 6.5;
      this.widths.set(text, width);
    }
    return width;
  }
}

/** Ellipsis appended to shortened labels. */
const ellipsis = '…';

/**
 * `text` shortened with an ellipsis to fit `maxWidth` px (whole when it fits). The
 * full text stays available in the tooltip and the accessible name.
 */
export function fitText(measure: TextMeasure, text: string, maxWidth: number): string {
  if (measure.width(text) <= maxWidth) return text;
  // Binary search on the longest prefix that fits with the ellipsis.
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure.width(text.slice(0, mid).trimEnd() + ellipsis) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo).trimEnd() + ellipsis;
}

/** The font shorthand an element renders text in. */
export function fontOf(element: Element): string {
  const style = getComputedStyle(element);
  return `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}
