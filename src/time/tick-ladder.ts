/**
 * The ladder of tick intervals the axis climbs, finest first: minutes to hundreds of
 * thousands of years. Each rung knows its unit, the shortest gap between two of its
 * ticks (months are 28 days at least), how to list its ticks, and how to label them.
 * The rungs differ only in what is passed in, as d3-time's intervals do.
 */
import { type TimeInterval, utcDay, utcHour, utcMinute, utcMonth, utcYear } from 'd3-time';
import { maxTime } from '../model/calendar.js';
import type { LabelKind } from './tick-format.js';
import { weekInterval } from './week.js';
import { shortestYearGap, yearTicks } from './year-ticks.js';

/** The calendar unit of a rung: what its labels name. */
export type TickUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const durationMinute = 60_000;
const durationHour = 60 * durationMinute;
const durationDay = 24 * durationHour;
/** The shortest month, and the shortest three months (a quarter from January in a common year). */
const durationMonth = 28 * durationDay;
const durationQuarter = 90 * durationDay;
const durationYear = 365 * durationDay;

/** The coarser period shown under a rung's ticks, and how its label reads. */
export interface ContextRow {
  readonly interval: TimeInterval;
  readonly label: LabelKind;
}

/** One rung of the ladder. */
export interface Rung {
  readonly unit: TickUnit;
  /** How many units one step spans. */
  readonly step: number;
  /** The shortest gap between two ticks, ms: spacing is judged on it, so that it does not depend on where the view is. */
  readonly gap: number;
  /** How a tick's label reads. */
  readonly label: LabelKind;
  /** The row under the ticks, or undefined when the labels say it all (years). */
  readonly context?: ContextRow;
  /** The tick values (wall-clock ms) inside [start, stop], ascending. */
  ticks(start: number, stop: number, locale: string | undefined): number[];
}

const dayContext: ContextRow = { interval: utcDay, label: 'date' };
const monthContext: ContextRow = { interval: utcMonth, label: 'monthYear' };
const yearContext: ContextRow = { interval: utcYear, label: 'year' };

/** Steps (in years) of the year rungs: 1, 2, 5, 10, 20, 50, … */
const yearMantissas = [1, 2, 5];
/** The largest year step: two of its ticks still fit in the Date range (±271,821 years). */
const maxYearStep = 200_000;

/** 400 Gregorian years: after them months, days and weekdays repeat exactly. */
const gregorianCycle = 146_097 * durationDay;

/** The values (wall-clock ms) of a d3 interval inside [start, stop], ascending; domains may have fractional ms. */
export function intervalTicks(interval: TimeInterval, start: number, stop: number): number[] {
  // d3 floors to a period's start, which near the start of time lies outside the Date
  // range: there, work one calendar cycle later, where every tick falls the same way.
  const shift = start - gregorianCycle < -maxTime ? gregorianCycle : 0;
  const values: number[] = [];
  for (const date of interval.range(new Date(start + shift), new Date(Math.min(stop + shift + 1, maxTime)))) {
    const value = +date - shift;
    if (value >= start && value <= stop) values.push(value);
  }
  return values;
}

/** A rung ticking a d3 interval `step` units apart. */
function intervalRung(unit: TickUnit, step: number, interval: TimeInterval, gap: number, label: LabelKind, context: ContextRow): Rung {
  return { unit, step, gap, label, context, ticks: (start, stop) => intervalTicks(interval, start, stop) };
}

/**
 * Whether a Date is outside the Date range. d3's filtered intervals step back one ms at
 * a time until their test passes, so a test that an invalid Date fails (as d3's own
 * `interval.every` does) loops forever at the start of the Date range: ours pass it,
 * and d3 then finds no ticks there.
 */
const invalid = (date: Date): boolean => Number.isNaN(date.getTime());

/** `interval.every(step)` on a calendar field (minutes of the hour, months of the year), safe at the ends of time. */
const every = (interval: TimeInterval, field: (date: Date) => number, step: number): TimeInterval =>
  step === 1 ? interval : interval.filter(date => invalid(date) || field(date) % step === 0);

/**
 * Every other day, on odd days of the month (1, 3, 5, …), skipping an odd last day
 * (31, 29 February) so that no gap is shorter than two days. d3's `utcDay.every(2)`
 * keeps the 31st, which sits one day from the 1st.
 */
const everyOtherDay = utcDay.filter(date => {
  if (invalid(date)) return true;
  const day = date.getUTCDate();
  return day % 2 === 1 && utcDay.offset(date, 1).getUTCDate() === day + 1;
});

/** The year steps, 1-2-5 up to `maxYearStep`. */
function yearSteps(): number[] {
  const steps: number[] = [];
  for (let power = 1; power <= maxYearStep; power *= 10) {
    for (const mantissa of yearMantissas) if (mantissa * power <= maxYearStep) steps.push(mantissa * power);
  }
  return steps;
}

/** The ladder, finest first. */
export const ladder: readonly Rung[] = [
  ...[1, 5, 15, 30].map(step => intervalRung('minute', step, every(utcMinute, date => date.getUTCMinutes(), step), step * durationMinute, 'time', dayContext)),
  ...[1, 3, 6, 12].map(step => intervalRung('hour', step, every(utcHour, date => date.getUTCHours(), step), step * durationHour, 'time', dayContext)),
  intervalRung('day', 1, utcDay, durationDay, 'day', monthContext),
  intervalRung('day', 2, everyOtherDay, 2 * durationDay, 'day', monthContext),
  {
    unit: 'week',
    step: 1,
    gap: 7 * durationDay,
    label: 'day',
    context: monthContext,
    ticks: (start, stop, locale) => intervalTicks(weekInterval(locale), start, stop),
  },
  intervalRung('month', 1, utcMonth, durationMonth, 'month', yearContext),
  intervalRung('month', 3, every(utcMonth, date => date.getUTCMonth(), 3), durationQuarter, 'month', yearContext),
  ...yearSteps().map(
    (step): Rung => ({
      unit: 'year',
      step,
      gap: shortestYearGap(step) * durationYear,
      label: 'year',
      ticks: (start, stop) => yearTicks(step, start, stop),
    }),
  ),
];
