/**
 * Text widths for label packing, from a canvas in the element's own font, so the hot
 * path never reads layout from the DOM. A width is the sum of its characters' widths,
 * each measured once: measuring whole strings costs some 30 µs each in a software-
 * rendered browser, which for 100,000 distinct titles is seconds. Summing ignores
 * kerning, so a small margin (`slack`) keeps estimates from falling short.
 */
export class TextMeasure {
  /** Widths of the characters below `tableSize` by code unit (−1: not measured yet); others in `widths`. */
  private readonly table = new Float64Array(tableSize).fill(-1);
  private readonly widths = new Map<string, number>();
  private context?: CanvasRenderingContext2D | null;
  private font = '';
  /** Whether the context has `font` applied (its `font` getter reads back normalised, so it cannot tell). */
  private applied = false;

  /** Sets the CSS font shorthand to measure in; a new font empties the cache. True when the font changed. */
  setFont(font: string): boolean {
    if (font === this.font) return false;
    this.font = font;
    this.widths.clear();
    this.table.fill(-1);
    this.applied = false;
    return true;
  }

  /** Width of `text` in px (at least; see `slack`). */
  width(text: string): number {
    return this.sum(text, text.length) * slack + 1;
  }

  /**
   * How many code units of `text` fit in `maxWidth` px with `suffix` after them (a
   * surrogate pair is never split), by one pass over the text.
   */
  fit(text: string, maxWidth: number, suffix: string): number {
    const room = (maxWidth - 1) / slack - this.sum(suffix, suffix.length);
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      const pair = isHighSurrogate(text.charCodeAt(i)) && i + 1 < text.length;
      width += this.unitWidth(text, i, pair);
      if (width > room) return i;
      if (pair) i++;
    }
    return text.length;
  }

  /** Summed widths of the first `end` code units of `text`. */
  private sum(text: string, end: number): number {
    let width = 0;
    for (let i = 0; i < end; i++) {
      const pair = isHighSurrogate(text.charCodeAt(i)) && i + 1 < end;
      width += this.unitWidth(text, i, pair);
      if (pair) i++;
    }
    return width;
  }

  /** The width of the character at `i` (two code units when `pair`): a table read for most text. */
  private unitWidth(text: string, i: number, pair: boolean): number {
    const code = text.charCodeAt(i);
    if (!pair && code < tableSize) {
      const known = this.table[code];
      if (known >= 0) return known;
      return (this.table[code] = this.charWidth(text[i]));
    }
    return this.charWidth(pair ? text.slice(i, i + 2) : text[i]);
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
/** Characters below this code (Latin, Greek, Cyrillic, Arabic, Hebrew, Indic, punctuation…) are measured into a flat table. */
const tableSize = 0x3000;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Ellipsis appended to shortened labels. */
const ellipsis = '…';

/**
 * `text` shortened with an ellipsis to fit `maxWidth` px (whole when it fits). The
 * full text stays available in the tooltip and the accessible name.
 */
export function fitText(measure: TextMeasure, text: string, maxWidth: number): string {
  if (measure.width(text) <= maxWidth) return text;
  return text.slice(0, measure.fit(text, maxWidth, ellipsis)).trimEnd() + ellipsis;
}

/** The font shorthand an element renders text in. */
export function fontOf(element: Element): string {
  const style = getComputedStyle(element);
  return `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}
