/**
 * Years in history have no year 0: 1 BCE is followed by 1 CE. EDTF and JavaScript
 * count astronomically (year 0 is 1 BCE, -1 is 2 BCE). These helpers turn an
 * astronomical year into the year people read, localised by Intl (era names such as
 * "BC", "v. Chr." come from the locale's own calendar data).
 */
import { utcFormat } from './intl.js';

/** The historical year for an astronomical one: 1993 → 1993 CE, 0 → 1 BCE, -43 → 44 BCE. */
export function historicalYear(astronomical: number): { year: number; bce: boolean } {
  return astronomical <= 0 ? { year: 1 - astronomical, bce: true } : { year: astronomical, bce: false };
}

/** The astronomical year for a historical one: (44, bce) → -43. */
export function astronomicalYear(year: number, bce: boolean): number {
  return bce ? 1 - year : year;
}

/** Epoch ms of 1 January of an astronomical year, UTC (works for years 0–99 and below 0). */
export function yearStart(astronomical: number): number {
  const date = new Date(0);
  date.setUTCFullYear(astronomical, 0, 1);
  date.setUTCHours(0, 0, 0, 0);
  return date.getTime();
}

// Made once: utcFormat finds a constant options object by identity (see intl.ts).
const yearOnly: Intl.DateTimeFormatOptions = { year: 'numeric' };
const yearWithEra: Intl.DateTimeFormatOptions = { year: 'numeric', era: 'short' };

/**
 * A year as people read it, in `locale`: "1993", "44 BC". The era is shown for years
 * before 1 CE, and for CE years too when `era` is true (axes that cross into BCE).
 */
export function formatYear(astronomical: number, locale?: string, era = false): string {
  const { bce } = historicalYear(astronomical);
  const ms = yearStart(astronomical);
  if (!Number.isFinite(ms)) return String(astronomical);
  return utcFormat(locale, era || bce ? yearWithEra : yearOnly).format(ms);
}
