/**
 * What a cluster's events tell of their time, for its name and for zooming into it: the
 * span of their starts as far as they are known, and how precisely they are known.
 *
 * A cluster's `start` and `end` are its first and last events' earliest starts: two
 * events of 1 January 1990 (each known to the day) have both at midnight. Named from
 * those, the cluster read "2 events, Jan 1, 1990, 12:00 AM", a precision its events do
 * not have, and Enter zoomed to the minute around that midnight. Here the span runs to
 * the end of the last event's start date (the end of that day), and the name is no more
 * precise than the most precisely known of its events (`grain`, see `describeCluster`).
 */
import type { ClusterLayout } from './view-layout.js';
import type { Prepared } from './prepare.js';

export interface ClusterTime {
  /** Wall-clock ms: the first event's earliest start. */
  readonly start: number;
  /** Wall-clock ms: the end of the last event's start date (the last ms of its day, for a day). */
  readonly end: number;
  /** How long the best known of their starts is known only to, ms (latest − earliest): 0 for an instant, a day less a millisecond for a date. */
  readonly grain: number;
}

/** How long an event's start is known only to, ms: the span of its date as written (a day's, a month's). */
const grainOf = (prepared: Prepared, event: number): number => {
  const { start } = prepared.document.events[event];
  return start.latest - start.earliest;
};

/** The finest grain of a whole preparation: a cluster that has it need look no further. */
const finest = new WeakMap<Prepared, number>();

function finestGrain(prepared: Prepared): number {
  let grain = finest.get(prepared);
  if (grain === undefined) {
    grain = Infinity;
    for (let i = 0; i < prepared.startEarliest.length && grain > 0; i++) grain = Math.min(grain, grainOf(prepared, i));
    finest.set(prepared, grain);
  }
  return grain;
}

export function clusterTime(prepared: Prepared, cluster: ClusterLayout): ClusterTime {
  const { events } = cluster;
  const last = events[events.length - 1];
  // The wall-clock start of the last event, plus how long its date runs.
  const end = cluster.end + grainOf(prepared, last);
  // A document of one precision (most are) stops at a cluster's first event.
  const floor = finestGrain(prepared);
  let grain = Infinity;
  for (let i = 0; i < events.length && grain > floor; i++) grain = Math.min(grain, grainOf(prepared, events[i]));
  return { start: cluster.start, end, grain };
}
