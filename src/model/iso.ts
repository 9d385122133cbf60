/**
 * The fast path: plain ISO 8601 dates and times ("1993", "-0043-03-15",
 * "2023-08-16T14:30:00.250+02:00"), read with one regular expression and Date.UTC,
 * without the EDTF parser. Most real documents hold nothing else.
 */
import { DateRefusal, outOfRange } from './date-error.js';
import { daysInMonth, isLeapYear, isRepresentable, utc } from './calendar.js';
import type { Precision, TimelineDate } from './types.js';

// Year (4 digits, optionally negative, never "-0000"), month, day, then a time with
// optional seconds, fraction and offset (Z, ±HH, ±HHMM, ±HH:MM).
const isoPattern =
  /^(-(?!0000)\d{4}|\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|([+-])(\d{2})(?::?(\d{2}))?)?)?)?)?$/;

/** EDTF season codes (21 spring … 24 winter, then hemispheres, quarters, halves) look like months. */
const firstSeason = 21;
const lastSeason = 41;
const msPerSecond = 1000;
const msPerMinute = 60 * msPerSecond;
const msPerDay = 24 * 60 * msPerMinute;
const daysInYear = 365;
const daysInLeapYear = 366;
/** Milliseconds: finer fractions of a second are cut, JavaScript time has no finer unit. */
const fractionDigits = 3;
/** The extreme UTC offsets in use, in minutes. */
const minOffset = -12 * 60;
const maxOffset = 14 * 60;

/**
 * The date for a plain ISO `text`, or undefined when `text` is not of that shape (it
 * may still be EDTF). Throws a DateRefusal when the shape is right but a field is out of
 * range ("2023-02-30"). `source` is what the TimelineDate records.
 */
export function parseIso(text: string, source: string = text): TimelineDate | undefined {
  const plain = plainDay(text, source) ?? plainTime(text, source);
  if (plain) return plain;
  const match = isoPattern.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone, sign, offsetHours, offsetMinutes] = match;
  const year = +y;
  if (mo === undefined) return yearDate(year, source);
  // "2001-21" has the shape of a month but is an EDTF season: the EDTF path reads it.
  if (d === undefined && +mo >= firstSeason && +mo <= lastSeason) return undefined;
  const month = checkField(source, 'month', +mo, 1, 12) - 1;
  const length = daysInMonth(year, month);
  if (d === undefined) return calendarDate(source, utc(year, month), length, 'month');
  const day = +d;
  if (day < 1 || day > length) throw new DateRefusal(source, `${y}-${mo} has ${length} days, so day ${d} does not exist`);
  if (h === undefined) return calendarDate(source, utc(year, month, day), 1, 'day');

  const hours = checkField(source, 'hour', +h, 0, 23);
  const minutes = checkField(source, 'minute', +mi, 0, 59);
  const seconds = s === undefined ? 0 : checkField(source, 'second', +s, 0, 59);
  const ms = fraction === undefined ? 0 : +fraction.slice(0, fractionDigits).padEnd(fractionDigits, '0');
  const offset = zone === undefined || zone === 'Z' ? 0 : offsetMs(source, sign, offsetHours, offsetMinutes);
  const earliest = utc(year, month, day, hours, minutes, seconds, ms) - offset;
  const precision: Precision = s === undefined ? 'minute' : 'second';
  return timeDate(source, earliest, earliest + timeSpan(precision, fraction), precision, zone === undefined);
}

const hyphen = 45;
const zero = 48;
const colon = 58;
const letterT = 84;
const letterZ = 90;

/** The digits of `text` from `from` to `to` as a number, or −1 when one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - zero;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A number naming `text` when it is written as "YYYY-MM-DD" (digits and hyphens only:
 * yyyymmdd, whether or not the day exists), else −1. Two strings get the same number
 * only when they are the same string: a cache of dates can be keyed by it without
 * hashing the string.
 */
export function plainDayKey(text: string): number {
  return text.length === 10 ? dayDigits(text) : -1;
}

/** EDTF's qualifiers of a whole date, in this order: approximate ("~"), uncertain ("?"), both ("%"). */
export const qualifierMarks = '~?%';
/** Above every yyyymmdd. */
const qualifiedKeyBase = 100_000_000;

/**
 * Like plainDayKey, for "YYYY-MM-DD" with one qualifier after it ("1993-05-17~"):
 * the qualifier's number (1–3) × 10⁸ + yyyymmdd, so never a plain day's number; else −1.
 */
export function qualifiedDayKey(text: string): number {
  const qualifier = text.length === 11 ? qualifierMarks.indexOf(text[10]) + 1 : 0;
  const day = qualifier === 0 ? -1 : dayDigits(text);
  return day < 0 ? -1 : qualifier * qualifiedKeyBase + day;
}

/** yyyymmdd when `text` begins "YYYY-MM-DD" (digits and hyphens only), else −1. */
function dayDigits(text: string): number {
  if (text.charCodeAt(4) !== hyphen || text.charCodeAt(7) !== hyphen) return -1;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  return year < 0 || month < 0 || day < 0 ? -1 : year * 10_000 + month * 100 + day;
}

/** Whether `text` is a time of day ("2023-08-16T14:30…"): a date cache leaves these out (see date-cache.ts). */
export function isTimeOfDay(text: string): boolean {
  return text.length > 10 && text.charCodeAt(10) === letterT;
}

/**
 * "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM:SS", in UTC ("Z") or floating (no offset), as
 * logs write their times, read by character codes as `plainDay` reads a day (CPU profile
 * of 100,000 such times: 102 ms in the expression, ~22 here). Anything else (a fraction,
 * an offset, a field out of range) is left to the expression.
 */
function plainTime(text: string, source: string): TimelineDate | undefined {
  const utcTime = text.charCodeAt(text.length - 1) === letterZ;
  const length = utcTime ? text.length - 1 : text.length;
  if ((length !== 16 && length !== 19) || text.charCodeAt(10) !== letterT || text.charCodeAt(13) !== colon) return undefined;
  if (length === 19 && text.charCodeAt(16) !== colon) return undefined;
  const key = dayDigits(text);
  const hours = digits(text, 11, 13);
  const minutes = digits(text, 14, 16);
  const seconds = length === 19 ? digits(text, 17, 19) : 0;
  if (key < 0 || hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) return undefined;
  const year = Math.floor(key / 10_000);
  const month = (Math.floor(key / 100) % 100) - 1;
  const day = key % 100;
  if (month < 0 || month > 11 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const precision: Precision = length === 19 ? 'second' : 'minute';
  const earliest = utc(year, month, day, hours, minutes, seconds);
  return timeDate(source, earliest, earliest + timeSpan(precision), precision, !utcTime);
}

/**
 * "YYYY-MM-DD", the commonest date of all, read by character codes (a large document is
 * mostly these): the same date as the regular expression gives, without building its
 * match. Anything else, or a day that does not exist, is left to the expression, which
 * also words the errors.
 */
function plainDay(text: string, source: string): TimelineDate | undefined {
  const key = plainDayKey(text);
  if (key < 0) return undefined;
  const year = Math.floor(key / 10_000);
  const month = (Math.floor(key / 100) % 100) - 1;
  const day = key % 100;
  if (month < 0 || month > 11 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return calendarDate(source, utc(year, month, day), 1, 'day');
}

/** The whole of an astronomical `year` (1993, 0 = 1 BCE, -43 = 44 BCE). */
export function yearDate(year: number, source: string = String(year)): TimelineDate {
  return calendarDate(source, utc(year), isLeapYear(year) ? daysInLeapYear : daysInYear, 'year');
}

/**
 * How long a time given to `precision` lasts, minus 1 ms: "14:30" is the whole minute,
 * "14:30:15" the whole second, "14:30:15.2" the tenth of a second. Shared with the EDTF
 * path so both read a time the same way.
 */
export function timeSpan(precision: Precision, fraction?: string): number {
  if (fraction !== undefined) return 10 ** Math.max(0, fractionDigits - fraction.length) - 1;
  return (precision === 'minute' ? msPerMinute : msPerSecond) - 1;
}

// UTC days all last 24 hours, so a span of days needs no second Date.UTC call.
function calendarDate(source: string, earliest: number, days: number, precision: Precision): TimelineDate {
  return timeDate(source, earliest, earliest + days * msPerDay - 1, precision, true);
}

function timeDate(source: string, earliest: number, latest: number, precision: Precision, calendar: boolean): TimelineDate {
  if (!isRepresentable(earliest) || !isRepresentable(latest)) throw new DateRefusal(source, outOfRange);
  return { source, earliest, latest, precision, approximate: false, uncertain: false, unspecified: false, calendar };
}

function checkField(source: string, name: string, value: number, min: number, max: number): number {
  if (value < min || value > max) {
    const range = `${String(min).padStart(2, '0')}–${max}`;
    throw new DateRefusal(source, `${name} ${value} does not exist; expected ${range}`);
  }
  return value;
}

// Offsets in use run from -12:00 to +14:00 (as edtf's grammar has it); "+02" means "+02:00".
function offsetMs(source: string, sign: string, hours: string, minutes = '00'): number {
  const offset = (sign === '-' ? -1 : 1) * (+hours * 60 + checkField(source, 'offset minute', +minutes, 0, 59));
  if (offset < minOffset || offset > maxOffset) {
    throw new DateRefusal(source, `offset ${sign}${hours}:${minutes} does not exist; expected -12:00 to +14:00`);
  }
  return offset * msPerMinute;
}
