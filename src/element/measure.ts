/**
 * Text widths for label packing, from a canvas in the element's own font, so the hot
 * path never reads layout from the DOM. A width is the sum of its characters' widths,
 * each measured once: measuring whole strings costs some 30 µs each in a software-
 * rendered browser, which for 100,000 distinct titles is seconds. Summing ignores
 * kerning, so a small margin (`slack`) keeps estimates from falling short.
 */
export class TextMeasure {
  private readonly widths = new Map<string, number>();
  private context?: CanvasRenderingContext2D | null;
  private font = '';
  /** Whether the context has `font` applied (its `font` getter reads back normalised, so it cannot tell). */
  private applied = false;

  /** Sets the CSS font shorthand to measure in; a new font empties the cache. */
  setFont(font: string): void {
    if (font === this.font) return;
    this.font = font;
    this.widths.clear();
    this.applied = false;
  }

  /** Width of `text` in px (at least; see `slack`). */
  width(text: string): number {
    let width = 0;
    for (const char of text) width += this.charWidth(char);
    return width * slack + 1;
  }

  private charWidth(char: string): number {
    let width = this.widths.get(char);
    if (width === undefined) {
      this.context ??= document.createElement('canvas').getContext('2d');
      if (this.context && !this.applied) {
        if (this.font) this.context.font = this.font;
        this.applied = true;
      }
      // Without a canvas (never in a browser), a fair estimate for a 12px sans-serif.
      width = this.context ? this.context.measureText(char).width : 6.5;
      this.widths.set(char, width);
    }
    return width;
  }
}

/** Summed character widths are stretched by this much to cover what kerning and shaping add. */
const slack = 1.03;

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
