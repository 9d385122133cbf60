/**
 * Weeks start on the locale's first day: Monday in most of the world (ISO 8601),
 * Sunday in the United States. The first day comes from `Intl.Locale`'s week info
 * where the browser has it, else Monday.
 */
import { type TimeInterval, utcFriday, utcMonday, utcSaturday, utcSunday, utcThursday, utcTuesday, utcWednesday } from 'd3-time';

/** d3's UTC weeks by first day, numbered as Intl numbers them (1 = Monday … 7 = Sunday). */
const weeksByFirstDay: readonly TimeInterval[] = [utcMonday, utcTuesday, utcWednesday, utcThursday, utcFriday, utcSaturday, utcSunday];
const monday = 1;

/** `Intl.Locale` week info: a method in newer browsers, a getter in older ones, absent in some. */
interface WeekInfoLocale {
  getWeekInfo?: () => { firstDay?: number };
  weekInfo?: { firstDay?: number };
}

const firstDays = new Map<string, number>();

/** The first day of the week in `locale`, 1 (Monday) to 7 (Sunday). */
export function firstDayOfWeek(locale: string | undefined): number {
  const key = locale ?? '';
  let day = firstDays.get(key);
  if (day === undefined) {
    const resolved = new Intl.Locale(locale ?? new Intl.DateTimeFormat().resolvedOptions().locale) as unknown as WeekInfoLocale;
    const info = resolved.getWeekInfo?.() ?? resolved.weekInfo;
    day = info?.firstDay !== undefined && info.firstDay >= 1 && info.firstDay <= 7 ? info.firstDay : monday;
    firstDays.set(key, day);
  }
  return day;
}

/** The d3 UTC week interval starting on `locale`'s first day of the week. */
export function weekInterval(locale: string | undefined): TimeInterval {
  return weeksByFirstDay[firstDayOfWeek(locale) - 1];
}
