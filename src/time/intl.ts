/**
 * Cached Intl.DateTimeFormat instances. Building one costs far more than using it, and
 * labels are formatted on every frame of a zoom, so each (locale, options) pair is
 * built once. Every format here reads its input as UTC: axis values are wall-clock
 * times (see wall.ts), and the proleptic Gregorian calendar and Latin digits keep year
 * labels consistent everywhere.
 */
const cache = new Map<string, Intl.DateTimeFormat>();

export function utcFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { calendar: 'gregory', numberingSystem: 'latn', ...options, timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format;
}
