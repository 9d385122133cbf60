/**
 * Cached Intl.DateTimeFormat instances. Building one costs far more than using it, and
 * labels are formatted on every frame of a zoom, so each (locale, options) pair is
 * built once. Every format here reads its input as UTC: axis values are wall-clock
 * times (see wall.ts), and the proleptic Gregorian calendar and Latin digits keep year
 * labels consistent everywhere.
 *
 * Callers on a hot path pass options objects made once (module constants): those are
 * found by identity, with no key to build. Any other options object is found by its
 * serialised fields, as before.
 */
const cache = new Map<string, Intl.DateTimeFormat>();
const byOptions = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

export function utcFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const forOptions = byOptions.get(options);
  const found = forOptions?.get(locale ?? '');
  if (found) return found;
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { calendar: 'gregory', numberingSystem: 'latn', ...options, timeZone: 'UTC' });
    cache.set(key, format);
  }
  if (forOptions) forOptions.set(locale ?? '', format);
  else byOptions.set(options, new Map([[locale ?? '', format]]));
  return format;
}
