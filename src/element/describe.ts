/**
 * Words for screen readers and tooltips: the visible range after a zoom or pan, and
 * what a cluster holds.
 */
import { formatYear } from '../time/year.js';
import { utcFormat } from '../time/intl.js';
import type { Domain } from '../time/view.js';

const dayMs = 86_400_000;
// Made once: utcFormat finds a constant options object by identity (see intl.ts).
const monthFields: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long' };
const dayFields: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
const minuteFields: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };

/** Least spans of what is known (latest − earliest) that a year, a month and a day stand for. */
const yearGrain = 365 * dayMs - 1;
const monthGrain = 28 * dayMs - 1;
const dayGrain = dayMs - 1;

/**
 * A wall-clock time as precisely as a span of `span` ms needs, and no more precisely
 * than what is known of it: `grain` is how long the times named are known only to
 * (0, the default, for instants; a day less a millisecond for a date), so a day is never
 * named as its midnight, nor a month as its first day.
 */
export function describeTime(wall: number, span: number, locale?: string, grain = 0): string {
  const date = new Date(wall);
  const year = date.getUTCFullYear();
  if (span > 3 * 365 * dayMs || grain >= yearGrain || year < 1) return formatYear(year, locale);
  if (span > 90 * dayMs || grain >= monthGrain) return utcFormat(locale, monthFields).format(date);
  if (span > 3 * dayMs || grain >= dayGrain) return utcFormat(locale, dayFields).format(date);
  return utcFormat(locale, minuteFields).format(date);
}

/** "1990 to 2023": the visible range, for the live region. */
export function describeRange([start, end]: Domain, locale?: string): string {
  const span = end - start;
  return `Showing ${describeTime(start, span, locale)} to ${describeTime(end, span, locale)}`;
}

/**
 * "12 events, 1993 to 1995. Press Enter to zoom in." `grain`: how precisely the events'
 * starts are known (see `describeTime`): two events of 1 January 1990 are "2 events,
 * 1 January 1990", not "…, 1 Jan 1990, 00:00".
 */
export function describeCluster(count: number, start: number, end: number, locale?: string, grain = 0): string {
  const span = end - start;
  const from = describeTime(start, span, locale, grain);
  const to = describeTime(end, span, locale, grain);
  return `${count} events, ${from === to ? from : `${from} to ${to}`}. Press Enter to zoom in.`;
}
