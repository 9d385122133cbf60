/**
 * Which events a page of the list view holds: `pageSize` of them from `first`, by their
 * place in time order (`Prepared.order`). Pure; the element keeps `first`.
 */
import { bisector } from 'd3-array';
import type { Prepared } from './prepare.js';

type Order = Pick<Prepared, 'order' | 'startEarliest'>;

/**
 * Where the list opens for a view that begins at `from` (wall-clock ms): at the first
 * event starting then or later, moved back so that the page is full; 0 when every event
 * fits on one page.
 */
export function pageAt({ order, startEarliest }: Order, from: number, pageSize: number): number {
  const total = order.length;
  if (total <= pageSize) return 0;
  const first = bisector((index: number) => startEarliest[index]).left(order, from);
  return Math.min(first, total - pageSize);
}

/** `first` when the page holds the event at place `position`, else a page that begins with it (kept full). */
export function pageHolding(first: number, position: number, total: number, pageSize: number): number {
  if (position >= first && position < first + pageSize) return first;
  return Math.max(0, Math.min(position, total - pageSize));
}

/** The page before (−1) or after (+1) the one at `first`; the same page when there is none. */
export function turnPage(first: number, direction: -1 | 1, total: number, pageSize: number): number {
  const next = first + direction * pageSize;
  if (direction < 0) return Math.max(0, next);
  return next < total ? next : first;
}
