import { isTimeOfDay, plainDayKey, qualifiedDayKey } from './iso.js';
import type { DateRefusal } from './date-error.js';
import type { TimelineDate } from './types.js';

/**
 * Dates already read in one document, by the string written. A large document writes
 * the same day many times (100,000 events over 35 years: ~8 times each), and a date is
 * immutable, so events that write the same string share one: parsed once, one object.
 *
 * - A plain "YYYY-MM-DD" is keyed by its digits as a number (see plainDayKey): hashing
 *   each of 130,000 new strings cost as much as parsing them. So is a qualified one
 *   ("1993-05-17~", qualifiedDayKey): keyed by the string, 100,000 such events spent
 *   ~180 ms in the look-ups (CPU profile).
 * - A time of day is not kept at all: a log rarely writes one twice, and a Map hashing
 *   each new "2023-08-16T14:30:15Z" cost more than reading it (100,000 of them: 138 ms
 *   in `readDate` against 102 in `parseIso`, CPU profile). Nor is an interval, for the
 *   same reason: its ends are kept instead ("1993-05-17/1993-06-02" is two plain days,
 *   each likely read before).
 * - A string refused is kept with its refusal: 100,000 events, every other one dated
 *   "17.05.1993", spent ~190 ms refusing the same ~11,000 strings again and again.
 */
export type DateCache = Map<string | number, TimelineDate | DateRefusal>;

/** The key `text` is kept under, or undefined when it is not kept. */
export function cacheKey(text: string): string | number | undefined {
  const day = plainDayKey(text);
  if (day >= 0) return day;
  const qualified = qualifiedDayKey(text);
  if (qualified >= 0) return qualified;
  return isTimeOfDay(text) ? undefined : text;
}
