/**
 * Dates as documents write them: EDTF / ISO 8601-2 strings, or whole numbers for
 * years. Plain ISO dates take the fast path (iso.ts), and so do EDTF's commonest forms:
 * a plain date with one qualifier ("1993~", below) and unspecified digits ("199X",
 * "2004-06-XX"; unspecified.ts). The rest goes through the EDTF parser (edtf.ts).
 * Intervals are split here so that each end takes its own path and open ends ("1990/..")
 * never reach the parser.
 */
import { cacheKey, type DateCache } from './date-cache.js';
import { DateError, DateRefusal, expectedDate } from './date-error.js';
import { extent } from './extent.js';
import { misshapenReason, parseEdtf } from './edtf.js';
import { parseIso, qualifierMarks, yearDate } from './iso.js';
import type { TimelineDate } from './types.js';
import { unspecifiedDate } from './unspecified.js';

export { DateError, DateRefusal } from './date-error.js';

/** No real date is longer; the bound keeps the EDTF parser from chewing on garbage. */
export const maxDateLength = 256;

/**
 * Whether an interval end gives no date: ".." is open (it goes on), "" is unknown.
 * Compared, not looked up in a Set: that hashed each new end, ~1 µs an interval.
 */
const withoutDate = (end: string): boolean => end === '..' || end === '';

/**
 * Parses an EDTF date: "1993", "1993-05-17", "2023-08-16T14:30Z", "1993~", "2004?",
 * "199X", "2023-04-2X", "2001-21" (a season), "199" (a decade), "19" (a century),
 * "Y-170000", "1990/1993", "[1667,1668]" (one of). A whole number is an astronomical
 * year: 1993, or -43 for 44 BCE (note that the *string* "-43" is EDTF for a century).
 *
 * Every accepted date has `earliest <= latest`, both within JavaScript's date range.
 *
 * Open and unknown interval ends ("1990/..", "1990/", "../2000") are kept as `null`
 * in `interval`; the date then spans only its known end (earliest and latest both come
 * from it, so layouts never meet an infinity) and is flagged `uncertain`, since where
 * it ends is not known. An interval needs at least one known end.
 *
 * @throws {DateError} with a message saying what was wrong and what was expected; never any other error.
 */
export function parseDate(input: string | number): TimelineDate {
  const date = readDateValue(input);
  if (date instanceof DateRefusal) throw new DateError(date.input, date.reason);
  return date;
}

/**
 * `parseDate` for the model's own readers: the date, or a DateRefusal saying why not,
 * returned rather than thrown (a refusal is not an Error, so it costs no stack, and
 * returning it costs no throw: ~2 µs each with DevTools attached). With `cache`, a
 * string read before is not read again, nor refused again (see DateCache).
 */
export function readDateValue(input: string | number, cache?: DateCache): TimelineDate | DateRefusal {
  if (typeof input === 'number') return numberDate(input);
  if (typeof input !== 'string') {
    return new DateRefusal(input, `expected a string or a whole number, not ${input === null ? 'null' : typeof input}`);
  }
  const text = input.trim();
  if (text === '') return new DateRefusal(input, `it is empty; ${expectedDate}`);
  if (text.length > maxDateLength) {
    return new DateRefusal(input, `it is ${text.length} characters long; a date has at most ${maxDateLength}`);
  }
  const slash = text.indexOf('/');
  return slash < 0 ? single(text, input, cache) : interval(text, input, slash, cache);
}

/**
 * Like `parseDate`, without throwing: `{ date }`, or `{ error }` with the DateError's
 * message. Accepts any value, so it can take JSON as it comes.
 */
export function tryParseDate(input: unknown): { date: TimelineDate } | { error: string } {
  const date = readDateValue(input as string | number);
  return date instanceof DateRefusal ? { error: date.message } : { date };
}

function numberDate(year: number): TimelineDate | DateRefusal {
  if (!Number.isInteger(year)) {
    return new DateRefusal(year, `${year} is not a whole number; a number is a year, such as 1993 or -43 (44 BCE)`);
  }
  try {
    return yearDate(year);
  } catch (error) {
    return refusalOr(error);
  }
}

function single(text: string, source: string, cache?: DateCache): TimelineDate | DateRefusal {
  // Kept only as written: a date records its source, and " 1993" is not "1993".
  const key = cache && text === source ? cacheKey(text) : undefined;
  const known = key === undefined ? undefined : cache!.get(key);
  if (known) return known;
  const date = parse(text, source);
  // A refusal is kept too: a document that writes its dates wrongly writes each one many times.
  if (key !== undefined) cache!.set(key, date);
  return date;
}

/** The parsers throw their refusals (from deep in a date); here they become the answer. */
function parse(text: string, source: string): TimelineDate | DateRefusal {
  try {
    return parseIso(text, source) ?? qualified(text, source) ?? unspecifiedDate(text, source) ?? parseEdtf(text, source);
  } catch (error) {
    return refusalOr(error);
  }
}

/** The refusal a parser threw; anything else is a bug, and goes on up. */
function refusalOr(error: unknown): DateRefusal {
  if (error instanceof DateRefusal) return error;
  throw error;
}

/** The flags of each of EDTF's qualifiers of a whole date, in `qualifierMarks`' order. */
const qualifierFlags = [
  { approximate: true, uncertain: false },
  { approximate: false, uncertain: true },
  { approximate: true, uncertain: true },
];

/**
 * A plain year, month or day with one qualifier after it ("1993~", "2004-06?",
 * "2023-04-27%"), read by the fast path: what EDTF is most often used for, and the
 * grammar took ~20 µs each (100,000 events dated "2004-06-12~" loaded in 2.0 s, "?" in
 * 2.7, against ~0.4 s plain). Undefined for anything else (a time, a season, a qualifier
 * on one part), which the EDTF path reads. fast-check holds it to what that path gives.
 */
function qualified(text: string, source: string): TimelineDate | undefined {
  const flags = qualifierFlags[qualifierMarks.indexOf(text[text.length - 1])];
  if (!flags) return undefined;
  const date = parseIso(text.slice(0, -1), source);
  // A year, a month or a day only: a qualified time, floating or not, is left to the grammar.
  if (!date || (date.precision !== 'year' && date.precision !== 'month' && date.precision !== 'day')) return undefined;
  return { ...date, ...flags };
}

function interval(text: string, source: string, slash: number, cache?: DateCache): TimelineDate | DateRefusal {
  if (text.includes('/', slash + 1)) return new DateRefusal(source, misshapenReason(text) ?? `an interval has a single "/"; ${expectedDate}`);
  const start = end(text.slice(0, slash), source, 'start', cache);
  if (start instanceof DateRefusal) return start;
  const finish = end(text.slice(slash + 1), source, 'end', cache);
  if (finish instanceof DateRefusal) return finish;
  if (!start && !finish) {
    return new DateRefusal(source, 'an interval needs at least one known end, such as 1990/.. or ../2000');
  }
  if (start && finish && finish.latest < start.earliest) {
    return new DateRefusal(source, `the interval ends (${finish.source}) before it starts (${start.source})`);
  }
  const first = start ?? finish!;
  const last = finish ?? start!;
  const both = extent(first, last);
  return {
    ...both,
    source,
    earliest: first.earliest,
    latest: last.latest,
    uncertain: both.uncertain || !start || !finish,
    interval: { start, end: finish },
  };
}

/** An interval's end: its date, null when it gives none, or why `source` is refused. */
function end(text: string, source: string, name: 'start' | 'end', cache?: DateCache): TimelineDate | null | DateRefusal {
  if (withoutDate(text)) return null;
  const date = single(text, text, cache);
  return date instanceof DateRefusal ? new DateRefusal(source, `its ${name} ${JSON.stringify(text)} is not a date: ${date.reason}`) : date;
}
