/**
 * What a cluster's events tell of their time, for its name and for zooming into it: the
 * span of their starts as far as they are known, and how precisely they are known.
 *
 * A cluster's `start` and `end` are its first and last events' earliest starts: two
 * events of 1 January 1990 (each known to the day) have both at midnight. Named from
 * those, the cluster read "2 events, Jan 1, 1990, 12:00 AM", a precision its events do
 * not have, and Enter zoomed to the minute around that midnight. Here the span runs to
 * the end of the last event's start date (the end of that day), and the name is no more
 * precise than the most precisely known of the events read (`grain`, see
 * `describeCluster`; `sampled` says which).
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

/**
 * Events of a cluster whose dates `clusterTime` reads: a badge can hold a lane's every
 * event, and is named on every zoom step that draws it, so its grain is read from at most
 * this many, spread over it. (A cluster with one time of day among thousands of dates
 * may then be named to the day: less precise than it could be, never more than it is.)
 */
const sampled = 64;

export function clusterTime(prepared: Prepared, cluster: ClusterLayout): ClusterTime {
  const { events } = cluster;
  const last = events[events.length - 1];
  // The wall-clock start of the last event, plus how long its date runs.
  const end = cluster.end + grainOf(prepared, last);
  let grain = Infinity;
  const step = Math.max(1, events.length / sampled);
  for (let at = 0; at < events.length && grain > 0; at += step) grain = Math.min(grain, grainOf(prepared, events[Math.floor(at)]));
  grain = Math.min(grain, grainOf(prepared, last));
  return { start: cluster.start, end, grain };
}
