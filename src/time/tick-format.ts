/**
 * Tick labels for the time axis. Axis values are wall-clock ms (see wall.ts), so every
 * label is formatted in UTC, through intl.ts's formats. Each (locale, kind, era) finds
 * its format with one map look-up, because the axis is labelled on every frame of a zoom.
 */
import { yearOf } from '../model/calendar.js';
import { utcFormat } from './intl.js';
import { formatYear } from './year.js';

/** What a label shows: a clock time, a day of the month, a month, a full date, a month and year, a year. */
export type LabelKind = 'time' | 'day' | 'month' | 'date' | 'monthYear' | 'year';

/** Kinds that Intl formats directly (years go through `formatYear`, which knows there is no year 0). */
type IntlKind = Exclude<LabelKind, 'year'>;

/** The Intl fields of each kind. */
const fields: Record<IntlKind, Intl.DateTimeFormatOptions> = {
  // The locale picks 12 or 24 hours: "9:00 AM" (en-US), "09:00" (en-GB, de); see timeFields.
  time: { hour: 'numeric', minute: '2-digit' },
  day: { day: 'numeric' },
  month: { month: 'short' },
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  monthYear: { month: 'short', year: 'numeric' },
};

/** Intl kinds whose label names a year, and so needs the era before 1 CE. */
const namesYear: ReadonlySet<LabelKind> = new Set(['date', 'monthYear']);

/** Hour cycles of a 24-hour clock, which reads best with two-digit hours ("09:00"). */
const dayCycles: ReadonlySet<string | undefined> = new Set(['h23', 'h24']);

/**
 * Clock fields for `locale`: its own 12- or 24-hour clock, with two-digit hours on a
 * 24-hour clock ("09:00", not "9:00", which some engines give for `hour: 'numeric'`).
 */
function timeFields(locale: string | undefined): Intl.DateTimeFormatOptions {
  const { hourCycle } = utcFormat(locale, { hour: 'numeric' }).resolvedOptions();
  return dayCycles.has(hourCycle) ? { ...fields.time, hour: '2-digit' } : fields.time;
}

/** Formats by `locale|kind|era`: a shortcut past intl.ts's key, which serialises the options. */
const formats = new Map<string, Intl.DateTimeFormat>();

function format(kind: IntlKind, locale: string | undefined, era: boolean): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${kind}|${era}`;
  let result = formats.get(key);
  if (!result) {
    const options = kind === 'time' ? timeFields(locale) : fields[kind];
    result = utcFormat(locale, era ? { ...options, era: 'short' } : options);
    formats.set(key, result);
  }
  return result;
}

/**
 * The label of an axis value (wall-clock ms) in `locale`. `era` asks for the era on
 * every label that names a year (an axis that crosses into BCE); labels of years
 * before 1 CE always show it ("Aug 44 BC"), and there is never a year 0.
 */
export function tickLabel(kind: LabelKind, value: number, locale: string | undefined, era: boolean): string {
  if (kind === 'year') return formatYear(yearOf(value), locale, era);
  const showEra = namesYear.has(kind) && (era || yearOf(value) <= 0);
  return format(kind, locale, showEra).format(value);
}
