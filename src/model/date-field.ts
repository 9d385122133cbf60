import { DateRefusal, readDateValue } from './date.js';
import { isTimeOfDay, plainDayKey } from './iso.js';
import { expectedDate } from './date-error.js';
import type { Report } from './problems.js';
import type { TimelineDate } from './types.js';

/**
 * Dates already read in one document, by the string written. A large document writes
 * the same day many times (100,000 events over 35 years: ~8 times each), and a date is
 * immutable, so events that write the same string share one: parsed once, one object.
 * A plain "YYYY-MM-DD" is keyed by its digits as a number (see plainDayKey): hashing
 * each of 130,000 new strings cost as much as parsing them. A time of day is not kept at
 * all: a log rarely writes one twice, and a Map hashing each new "2023-08-16T14:30:15Z"
 * cost more than reading it (100,000 of them: 138 ms in `readDate` against 102 in
 * `parseIso`, CPU profile; the common shapes now have a fast path of their own).
 */
export type DateCache = Map<string | number, TimelineDate>;

const cacheKey = (text: string): string | number | undefined => {
  const day = plainDayKey(text);
  if (day >= 0) return day;
  return isTimeOfDay(text) ? undefined : text;
};

/**
 * A date field of an event or an era: the date; `undefined` when an optional field is
 * absent; `null` when it is missing though required, or not a date (an error, reported
 * with the parser's reason). With `cache`, a string read before is not parsed again.
 */
export function readDate(value: unknown, name: string, required: boolean, report: Report, cache?: DateCache): TimelineDate | null | undefined {
  if (value === undefined) {
    if (!required) return undefined;
    report('error', name, undefined, `${name} is missing; ${expectedDate}`);
    return null;
  }
  const key = cache && typeof value === 'string' ? cacheKey(value) : undefined;
  if (key !== undefined) {
    const known = cache!.get(key);
    if (known) return known;
  }
  try {
    const date = readDateValue(value as string | number);
    if (key !== undefined) cache!.set(key, date);
    return date;
  } catch (error) {
    const reason = error instanceof DateRefusal ? error.reason : String(error);
    report('error', name, value, `${name} is not a valid date: ${reason}`);
    return null;
  }
}

/**
 * True when `end` does not end before `start` begins (they may overlap: "1990/1995"
 * then "1993"); else reports an error on `name`.
 */
export function checkOrder(start: TimelineDate, end: TimelineDate, name: string, report: Report): boolean {
  if (end.latest >= start.earliest) return true;
  report('error', name, end.source, `${name} (${end.source}) is before the start (${start.source}); expected an end on or after the start`);
  return false;
}
