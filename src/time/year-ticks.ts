/**
 * Year ticks on round *historical* years. Astronomical multiples (what d3's
 * `utcYear.every(k)` gives) would label year 0 as "1 BCE" and put a 1000-year grid on
 * 1001 BCE, 1 BCE, 1000: odd numbers nobody rounds to. Instead a step of k years ticks
 * k, 2k, … CE and k BCE, 2k BCE, … counted back from the epoch, as people count.
 *
 * The BCE/CE boundary: there is no year 0, so k BCE and k CE lie 2k − 1 years apart,
 * which leaves a hole of one tick in the grid. For steps of `epochTickStep` years and
 * more the hole is filled with "1 CE", the first year of the era (1000 BCE, 1 CE,
 * 1000 CE: gaps of 1000 and 999 years, a regular grid). Smaller steps keep the hole
 * (2 BCE, 2 CE) because "1 CE" would sit half a step from "2 CE" and crowd it. A step
 * of 1 year ticks every year, 1 BCE then 1 CE, and never year 0.
 */
import { yearOf } from '../model/calendar.js';
import { yearStart } from './year.js';

/** The smallest step (years) whose grid marks the epoch with a "1 CE" tick. */
export const epochTickStep = 10;

/** The first year of the common era (astronomical 1). */
const firstCommonYear = 1;

/**
 * The shortest gap (years) between two ticks `step` years apart: a whole step, or one
 * year less across the epoch when the "1 CE" tick is drawn.
 */
export const shortestYearGap = (step: number): number => (step >= epochTickStep ? step - 1 : step);

/**
 * Astronomical years of the ticks `step` years apart from `first` to `last`
 * (astronomical years, inclusive), ascending.
 */
export function roundYears(step: number, first: number, last: number): number[] {
  const years: number[] = [];
  // BCE: the historical year h is 1 − y; tick multiples of the step, oldest first.
  const oldest = Math.floor((1 - first) / step);
  const newest = Math.ceil((1 - Math.min(last, 0)) / step);
  for (let m = oldest; m >= Math.max(newest, 1); m--) years.push(1 - m * step);
  if (step >= epochTickStep && first <= firstCommonYear && last >= firstCommonYear) years.push(firstCommonYear);
  for (let m = Math.max(1, Math.ceil(first / step)); m * step <= last; m++) years.push(m * step);
  return years;
}

/** Tick values (wall-clock ms) on round historical years `step` apart, inside [start, stop]. */
export function yearTicks(step: number, start: number, stop: number): number[] {
  const values: number[] = [];
  for (const year of roundYears(step, yearOf(start), yearOf(stop))) {
    const value = yearStart(year);
    if (value >= start && value <= stop) values.push(value);
  }
  return values;
}
