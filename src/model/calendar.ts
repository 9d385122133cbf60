/**
 * Calendar arithmetic on epoch milliseconds, proleptic Gregorian, astronomical years
 * (year 0 is 1 BCE). Everything here is UTC: calendar dates are stored as their wall
 * clock read as UTC (see TimelineDate).
 */

/** The largest |epoch ms| a JavaScript Date can hold (±100,000,000 days). */
export const maxTime = 8.64e15;

/** 400 Gregorian years are exactly 146,097 days: shifting by them keeps every date's weekday and leap rule. */
const msPer400Years = 146097 * 86400000;

/**
 * Epoch ms of a UTC wall-clock time. Unlike `Date.UTC`, years 0–99 stay years 0–99
 * (Date.UTC reads them as 1900–1999); months, days and times may overflow as in Date.UTC.
 */
export function utc(year: number, month = 0, day = 1, hours = 0, minutes = 0, seconds = 0, ms = 0): number {
  return year >= 0 && year < 100
    ? Date.UTC(year + 400, month, day, hours, minutes, seconds, ms) - msPer400Years
    : Date.UTC(year, month, day, hours, minutes, seconds, ms);
}

/** True for Gregorian leap years, astronomical numbering (0 and -4 are leap years). */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (0-based month). */
export function daysInMonth(year: number, month: number): number {
  return month === 1 && isLeapYear(year) ? 29 : monthLengths[month];
}

/** True when `ms` is a time a JavaScript Date can represent. */
export function isRepresentable(ms: number): boolean {
  return ms >= -maxTime && ms <= maxTime;
}

/** The astronomical UTC year of an epoch ms. */
export function yearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}
