import { DateRefusal, readDateValue } from './date.js';
import type { DateCache } from './date-cache.js';
import { expectedDate } from './date-error.js';
import type { Report } from './problems.js';
import type { TimelineDate } from './types.js';

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
  const date = readDateValue(value as string | number, cache);
  if (!(date instanceof DateRefusal)) return date;
  report('error', name, value, `${name} is not a valid date: ${date.reason}`);
  return null;
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
