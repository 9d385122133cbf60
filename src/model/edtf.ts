/**
 * The EDTF path: everything that is not a plain ISO date and not an interval goes
 * through the `edtf` package (qualifiers, unspecified digits, seasons, decades,
 * centuries, long years, sets and lists). Intervals are split by `parseDate` first, so
 * each end comes here (or to the fast path) on its own.
 *
 * We read the kind of a date from edtf's *parse result*, never from the `type` of its
 * date objects: that getter returns the class name, which bundlers rename (`Date` is
 * `Date2` after esbuild, a single letter after terser).
 */
import edtf, { parse, type Bitmask, type EdtfValue } from 'edtf';
import { DateRefusal, expectedDate, outOfRange } from './date-error.js';
import { isRepresentable } from './calendar.js';
import { extent } from './extent.js';
import { timeSpan } from './iso.js';
import type { Precision, TimelineDate } from './types.js';

/** What `parse` returns (plain objects; members of sets and lists are parse results too). */
interface Parsed {
  type: EdtfValue['type'];
  values: unknown[];
  /** Present when a time gives an offset ("Z", "+02:00"): the time is an instant. */
  timeZone?: string;
  significant?: number;
  earlier?: boolean;
  later?: boolean;
}

// edtf() takes a parse result as well as a string; the bundled types declare only the string.
const toValue = edtf as unknown as (parsed: Parsed) => EdtfValue;

// edtf reads a string of five or more digits as Unix epoch ms ("12345" would be 1970):
// we say what was probably meant instead.
const unixTimeLike = /^\d{5,}$/;
// A signed or five-digit year with a month ("275760-09-13", "+1993"): EDTF writes long
// years as "Y12345", whole years only, and signs only as "-".
const longYearWithParts = /^(?:\+\d+|[+-]?\d{5,}-)/;
// The parser's own report: "Syntax error at line 1 col 9: … Unexpected "3". …"
const syntaxError = /col (\d+):[\s\S]*?Unexpected ("[^"]*"|\S+?)\./;
/**
 * A character no EDTF date holds: every one the `edtf` grammar matches is here (its
 * literals and character classes). A string with any other is refused before the
 * grammar runs: its failures cost ~300 µs each (nearley builds a report of every token
 * it expected), and 100,000 events half of them dated "not a date" took 15 s to load.
 */
const foreign = /[^0-9X\-\u2212+.:/Y{}[\],~?%ZTSE ]/;
/**
 * What every date the grammar reads looks like, outside sets, lists and intervals (which
 * hold more than one date): a long year ("Y-170000", "Y17E7S3"), or a year, decade or
 * century of digits and X ("1993", "199X", "19") with at most a month or season and a day
 * ("2004-06-11", "2001-21"), qualifiers before or after any part ("?2004-06~-11"), a sign,
 * significant digits ("1950S2") and a time ("T14:30:15.250+02:00"). A wider net than the
 * grammar (it never refuses what the grammar reads; fast-check holds it to that), cast to
 * keep the grammar off strings such as "17.05.1993" or "1993-5-17": nearley took ~300 µs
 * to fail each, and 10,000 events written "17.05.1993" took 1.6 s to load, "1993-5-17" 3 s.
 */
const edtfShape =
  /^(?:Y-?\d+(?:E\d+)?(?:S\d+)?|[?~%]?-?[?~%]?[\dX]{2,4}[?~%]?(?:-[?~%]?[\dX]{2}[?~%]?){0,2}(?:S\d+)?(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[-\u2212+]\d\d(?::?\d\d)?)?)?)$/;
/** Shapes people write for dates that EDTF writes otherwise, with what to write instead. */
const misshapen: ReadonlyArray<[RegExp, string]> = [
  [/^\d{1,2}([./-])\d{1,2}\1\d{2,4}$/, 'a date is written year first, with two-digit months and days, such as 1993-05-17'],
  [/^\d{4}([./])\d{1,2}\1\d{1,2}$/, 'a date is written with hyphens, such as 1993-05-17'],
  [/^-?\d{4}(?:-\d{1,2}){1,2}$/, 'months and days are written with two digits, such as 1993-05-07'],
  [/^-?\d{4}(?:-\d\d){2} \d/, 'a time follows a "T", such as 2023-08-16T14:30'],
];

/** A Date's precision from how many parts it gives: [year, month, day, hours, minutes, seconds, ms]. */
const partsPrecision: Record<number, Precision> = { 1: 'year', 2: 'month', 3: 'day', 5: 'minute', 6: 'second', 7: 'second' };
const partsWithFraction = 7;
const dayParts = 3;

/**
 * Unspecified trailing year digits make a year coarser: 199X is a decade, 19XX a
 * century. Keys are edtf's year bitmask (bit 3 = the last year digit).
 */
const unspecifiedYearPrecision: Record<number, Precision> = {
  0b1000: 'decade',
  0b1100: 'century',
  0b1110: 'millennium',
  0b1111: 'millennium',
};
const yearDigitsMask = 0b1111;

/** Precision of edtf's types other than Date. */
const typePrecision: Partial<Record<EdtfValue['type'], Precision>> = {
  Year: 'year',
  Decade: 'decade',
  Century: 'century',
  Season: 'season',
};

/**
 * The date for an EDTF `text` that is not an interval. Throws a DateRefusal with the
 * parser's reason when edtf rejects it. Sets ("one of") and lists ("all of") become
 * their extent, from their earliest to their latest member; a set is uncertain.
 */
export function parseEdtf(text: string, source: string = text): TimelineDate {
  const parsed = read(text, source);
  if (parsed.type === 'Set' || parsed.type === 'List') return collection(parsed, source);
  if (parsed.type === 'Interval') throw new DateRefusal(source, expectedDate);
  return single(parsed, source);
}

function read(text: string, source: string): Parsed {
  if (unixTimeLike.test(text)) {
    throw new DateRefusal(source, `a year of more than four digits is written with a "Y", such as Y${text}`);
  }
  const stray = foreign.exec(text);
  if (stray) throw new DateRefusal(source, `unexpected ${JSON.stringify(stray[0])} at character ${stray.index + 1}; ${expectedDate}`);
  if (longYearWithParts.test(text)) {
    throw new DateRefusal(source, 'a year is four digits with an optional "-" for BCE (-0043 is 44 BCE); longer years are written with a "Y" and have no month or day, such as Y-12000 or Y12000');
  }
  if (!grammarMayRead(text)) {
    throw new DateRefusal(source, misshapenReason(text) ?? expectedDate);
  }
  try {
    return parse(text) as Parsed;
  } catch (error) {
    throw new DateRefusal(source, reason(error));
  }
}

/**
 * False when the grammar cannot read `text` (see edtfShape); true for sets, lists and
 * intervals, which it does not judge.
 */
export const grammarMayRead = (text: string): boolean => /^[[{]|\//.test(text) || edtfShape.test(text);

/** What to write instead, for a common way of writing a date that EDTF writes otherwise ("17.05.1993"). */
export function misshapenReason(text: string): string | undefined {
  return misshapen.find(([shape]) => shape.test(text))?.[1];
}

function reason(error: unknown): string {
  const match = error instanceof Error ? syntaxError.exec(error.message) : null;
  return match ? `unexpected ${match[2]} at character ${match[1]}; ${expectedDate}` : expectedDate;
}

function single(parsed: Parsed, source: string): TimelineDate {
  let value: EdtfValue;
  try {
    value = toValue(parsed);
  } catch (error) {
    throw new DateRefusal(source, reason(error));
  }
  checkUnspecified(parsed, value, source);
  const precision = precisionOf(parsed, value);
  const time = parsed.type === 'Date' && parsed.values.length > dayParts;
  // edtf gives a time as one instant; like the fast path, it lasts its whole minute or second.
  const latest = time ? value.min + (parsed.values.length === partsWithFraction ? 0 : timeSpan(precision)) : value.max;
  if (!isRepresentable(value.min) || !isRepresentable(latest)) throw new DateRefusal(source, outOfRange);
  // A guarantee to our callers, whatever edtf computes.
  if (value.min > latest) throw new DateRefusal(source, `${expectedDate} (edtf reads it as ending before it starts)`);
  return {
    source,
    earliest: value.min,
    latest,
    precision,
    approximate: flag(value.approximate) || (parsed.significant ?? 0) > 0,
    uncertain: flag(value.uncertain),
    unspecified: flag(value.unspecified),
    calendar: parsed.timeZone === undefined,
  };
}

/**
 * edtf swaps the bounds of unspecified months and days in years before 1 CE
 * ("-0001-01-1X" comes out as 19 to 10 January), and reads "-XXXX" as 0–9999: we refuse
 * those rather than mislead. Unspecified year digits ("-001X") are read correctly.
 */
function checkUnspecified(parsed: Parsed, value: EdtfValue, source: string): void {
  const mask = value.unspecified?.value ?? 0;
  const year = parsed.values[0];
  const negative = typeof year === 'number' && (year < 0 || Object.is(year, -0));
  if (negative && mask !== 0 && (mask > yearDigitsMask || year === 0)) {
    throw new DateRefusal(source, 'before 1 CE, only the last digits of a year can be unspecified, such as -001X');
  }
}

function precisionOf(parsed: Parsed, value: EdtfValue): Precision {
  if (parsed.type !== 'Date') return typePrecision[parsed.type] ?? 'year';
  const precision = partsPrecision[parsed.values.length] ?? 'second';
  if (precision !== 'year') return precision;
  return unspecifiedYearPrecision[(value.unspecified?.value ?? 0) & yearDigitsMask] ?? precision;
}

function collection(parsed: Parsed, source: string): TimelineDate {
  if (parsed.earlier || parsed.later) {
    throw new DateRefusal(source, 'open-ended sets ("[..1760]", "[1760..]") are not supported; list the dates, or use an interval such as 1760/..');
  }
  // Members are dates, or [first, last] pairs for consecutive runs ("1670..1672").
  const members = parsed.values.flat() as Parsed[];
  let date: TimelineDate | undefined;
  for (const member of members) {
    const next = single(member, source);
    date = date ? extent(date, next) : next;
  }
  if (!date) throw new DateRefusal(source, expectedDate);
  return { ...date, source, uncertain: date.uncertain || parsed.type === 'Set' };
}

// edtf uses bitmasks on dates and seasons, booleans on decades and centuries.
function flag(value: Bitmask | boolean | undefined): boolean {
  return typeof value === 'boolean' ? value : (value?.value ?? 0) !== 0;
}
