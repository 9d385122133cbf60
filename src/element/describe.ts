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

/** A wall-clock time as precisely as a span of `span` ms needs. */
export function describeTime(wall: number, span: number, locale?: string): string {
  const date = new Date(wall);
  const year = date.getUTCFullYear();
  if (span > 3 * 365 * dayMs || year < 1) return formatYear(year, locale);
  if (span > 90 * dayMs) return utcFormat(locale, monthFields).format(date);
  if (span > 3 * dayMs) return utcFormat(locale, dayFields).format(date);
  return utcFormat(locale, minuteFields).format(date);
}

/** "1990 to 2023": the visible range, for the live region. */
export function describeRange([start, end]: Domain, locale?: string): string {
  const span = end - start;
  return `Showing ${describeTime(start, span, locale)} to ${describeTime(end, span, locale)}`;
}

/** "12 events, 1993 to 1995. Press Enter to zoom in." */
export function describeCluster(count: number, start: number, end: number, locale?: string): string {
  const span = end - start;
  const from = describeTime(start, span, locale);
  const to = describeTime(end, span, locale);
  return `${count} events, ${from === to ? from : `${from} to ${to}`}. Press Enter to zoom in.`;
}
