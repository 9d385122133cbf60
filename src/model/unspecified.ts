/**
 * Unspecified digits on the fast path: "199X" (the 1990s), "19XX", "1XXX", "2004-XX"
 * (some month of 2004), "2004-06-XX" (some day of June 2004), "2004-XX-XX". What archives
 * write for "sometime in", and the grammar took ~200 µs each: 10,000 events dated so
 * (the bench's dates phase) loaded in 202 ms against a 100 ms goal, ~430 distinct
 * strings going through it. Read here as the EDTF path reads them (precision from the
 * parts written, as edtf gives it; fast-check holds the two together); anything else
 * with an X (a digit of a day, a sign, "XXXX") is left to the grammar.
 */
import { daysInMonth, utc } from './calendar.js';
import type { Precision, TimelineDate } from './types.js';

const yearWithX = /^(\d{1,3})(X{1,3})$/;
const monthsOrDaysX = /^(\d{4})-(?:XX|(\d\d)-XX|XX-XX)$/;
/** A year whose last 1, 2 or 3 digits are X: a decade, a century, a millennium. */
const yearXPrecision: Record<number, Precision> = { 1: 'decade', 2: 'century', 3: 'millennium' };

/** The date for `text` when it has one of the shapes above (and a month that exists), else undefined. */
export function unspecifiedDate(text: string, source: string): TimelineDate | undefined {
  const year = yearWithX.exec(text);
  if (year) {
    const unknown = year[2].length;
    const first = +year[1] * 10 ** unknown;
    return spanning(source, utc(first), utc(first + 10 ** unknown), yearXPrecision[unknown]);
  }
  const parts = monthsOrDaysX.exec(text);
  if (!parts) return undefined;
  const y = +parts[1];
  // "2004-XX" is read to the month, "2004-XX-XX" and "2004-06-XX" to the day, as edtf counts parts.
  if (parts[2] === undefined) return spanning(source, utc(y), utc(y + 1), text.length === 7 ? 'month' : 'day');
  const month = +parts[2] - 1;
  if (month < 0 || month > 11) return undefined;
  return spanning(source, utc(y, month), utc(y, month, daysInMonth(y, month) + 1), 'day');
}

function spanning(source: string, earliest: number, next: number, precision: Precision): TimelineDate {
  return { source, earliest, latest: next - 1, precision, approximate: false, uncertain: false, unspecified: true, calendar: true };
}
