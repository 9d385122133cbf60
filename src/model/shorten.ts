/** The longest value a Problem or an error message quotes, in UTF-16 code units. */
export const maxPreviewLength = 60;

/**
 * A short, readable rendering of any value for messages: strings as they are, numbers
 * as String writes them (NaN, Infinity), other values as JSON (or String when JSON has
 * no form for them), cut to `max` with an ellipsis. Never throws, whatever the value.
 */
export function shorten(value: unknown, max = maxPreviewLength): string {
  return truncate(preview(value), max);
}

/** `text` cut to at most `max` code units, ending in "…" when cut, never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return `${text.slice(0, end)}…`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function preview(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json;
  } catch {
    // BigInts and cycles have no JSON form: fall through to String.
  }
  try {
    return String(value);
  } catch {
    // Objects without a prototype have no toString.
    return Object.prototype.toString.call(value);
  }
}
