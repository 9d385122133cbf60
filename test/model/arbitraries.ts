/** fast-check arbitraries shared by the model's property tests: plausible EDTF and ISO dates. */
import fc from 'fast-check';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A four-digit year, astronomical, as EDTF writes it: "1993", "-0043", "0050". */
export const isoYear = fc.integer({ min: -9999, max: 9999 }).map(y => (y < 0 ? '-' : '') + pad(Math.abs(y), 4));

const month = fc.integer({ min: 1, max: 12 }).map(m => pad(m, 2));
const day = fc.integer({ min: 1, max: 28 }).map(d => pad(d, 2));
const qualifier = fc.constantFrom('', '', '~', '?', '%');
const offset = fc.oneof(
  fc.constant(''),
  fc.constant('Z'),
  fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 14 }), fc.constantFrom('00', '30', '45'), fc.constantFrom(':', ''))
    // Offsets in use: -12:00 to +14:00. "-00:00" (RFC 3339's unknown offset) is not ISO 8601:
    // edtf refuses it, the fast path reads it as UTC.
    .filter(([sign, h, m]) => (sign === '+' ? h < 14 || m === '00' : h < 12 || (h === 12 && m === '00')) && !(sign === '-' && h === 0 && m === '00'))
    .map(([sign, h, m, colon]) => `${sign}${pad(h, 2)}${colon}${m}`),
);

/** A time of day: "T14:30", "T14:30:15", "T14:30:15.250", with an optional offset. */
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.option(fc.integer({ min: 0, max: 59 })), fc.option(fc.integer({ min: 0, max: 999 })), offset)
  .map(([h, m, s, ms, zone]) => {
    const seconds = s === null ? '' : `:${pad(s, 2)}${ms === null ? '' : `.${pad(ms, 3)}`}`;
    return `T${pad(h, 2)}:${pad(m, 2)}${seconds}${zone}`;
  });

/** Plain ISO 8601 dates, all valid (days up to 28 so every month has them; "-0000" is not EDTF). */
export const isoDate = fc.oneof(
  isoYear,
  fc.tuple(isoYear, month).map(([y, m]) => `${y}-${m}`),
  fc.tuple(isoYear, month, day).map(([y, m, d]) => `${y}-${m}-${d}`),
  fc.tuple(isoYear, month, day, time).map(([y, m, d, t]) => `${y}-${m}-${d}${t}`),
).filter(date => !date.startsWith('-0000'));

/** One EDTF date that is not an interval, valid or nearly so (months 13, "-0000", days 29–31 too). */
const single = fc.oneof(
  fc.tuple(isoDate, qualifier).map(([date, q]) => (date.includes('T') ? date : date + q)),
  fc.tuple(isoYear, fc.integer({ min: 1, max: 13 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`),
  // Unspecified digits: 199X, 19XX, 2023-04-2X, 2004-06-XX
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 4 })).map(([y, k]) => pad(y, 4).slice(0, 4 - k) + 'X'.repeat(k)),
  fc.tuple(isoYear, month, fc.constantFrom('0X', '1X', '2X', 'XX')).map(([y, m, d]) => `${y}-${m}-${d}`),
  fc.tuple(isoYear, fc.integer({ min: 21, max: 41 })).map(([y, s]) => `${y}-${s}`),
  fc.integer({ min: -999, max: 999 }).map(d => (d < 0 ? '-' : '') + pad(Math.abs(d), 3)),
  fc.integer({ min: -99, max: 99 }).map(c => (c < 0 ? '-' : '') + pad(Math.abs(c), 2)),
  fc.integer({ min: -400000, max: 400000 }).filter(y => Math.abs(y) > 9999).map(y => `Y${y}`),
);

/** Plausible EDTF strings: single dates, intervals with open and unknown ends, sets and lists. */
export const edtfDate = fc.oneof(
  { arbitrary: single, weight: 4 },
  { arbitrary: fc.tuple(fc.oneof(single, fc.constantFrom('..', '')), fc.oneof(single, fc.constantFrom('..', ''))).map(([a, b]) => `${a}/${b}`), weight: 2 },
  { arbitrary: fc.tuple(fc.array(single, { minLength: 1, maxLength: 3 }), fc.constantFrom('[]', '{}')).map(([dates, [open, close]]) => `${open}${dates.join(',')}${close}`), weight: 1 },
  { arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789-X~?%/.[]{},YSTZ:+'), maxLength: 16 }), weight: 1 },
);

/**
 * Level 2 forms the arbitraries above leave out: qualifiers on one part ("?2004-06~-11",
 * "2004-%06"), qualified seasons and decades, significant digits, exponential years.
 */
const levelTwo = fc.oneof(
  fc.tuple(qualifier, isoYear, qualifier, qualifier, month, qualifier, fc.option(fc.tuple(qualifier, day, qualifier))).map(
    ([a, y, b, c, m, d, rest]) => `${a}${y}${b}-${c}${m}${d}${rest ? `-${rest.join('')}` : ''}`,
  ),
  fc.tuple(qualifier, isoYear, fc.integer({ min: 21, max: 41 }), qualifier).map(([a, y, s, b]) => `${a}${y}-${s}${b}`),
  fc.tuple(fc.integer({ min: 0, max: 999 }), qualifier).map(([d, q]) => pad(d, 3) + q),
  fc.tuple(isoYear, fc.integer({ min: 1, max: 9 })).map(([y, s]) => `${y}S${s}`),
  fc.tuple(fc.constantFrom('Y', 'Y-'), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9 }), fc.option(fc.integer({ min: 1, max: 9 }))).map(
    ([y, m, e, s]) => `${y}${m}E${e}${s === null ? '' : `S${s}`}`,
  ),
  fc.tuple(isoYear, month, day, time).map(([y, m, d, t]) => `${y}-${m}-${d}${t.replace('-', '\u2212')}`),
);

/** A character of EDTF's alphabet, for edits. */
const edtfCharacter = fc.constantFrom(...'0123456789X-−+.:Y~?%ZTSE');

/**
 * EDTF dates with up to three random edits (a character put in, dropped or replaced): near
 * misses, some still read by the grammar, and most not.
 */
export const edtfNearMiss = fc
  .tuple(
    fc.oneof(single, levelTwo),
    fc.array(fc.tuple(fc.constantFrom('insert', 'delete', 'replace'), fc.nat(), edtfCharacter), { maxLength: 3 }),
  )
  .map(([text, edits]) =>
    edits.reduce((s, [kind, at, c]) => {
      const i = s.length === 0 ? 0 : at % (s.length + (kind === 'insert' ? 1 : 0));
      return kind === 'insert' ? s.slice(0, i) + c + s.slice(i) : s.slice(0, i) + (kind === 'replace' ? c : '') + s.slice(i + 1);
    }, text),
  );
