// The dates phase of `npm run bench`: our load at one size with the events' dates written
// each way DATE_KINDS lists, each in a fresh page, held to the same load goal as the
// plain days ("parsing must stay off the slow path"), and to reading exactly the events
// whose dates are dates.
import { DATE_KINDS } from './dates.js';
import { goalFor } from './goals.js';
import { median } from './stats.js';
import { align, number, ruled } from './table.js';

/** The phase loads the largest size measured up to this (1,000,000 events would take minutes a kind). */
export const DATES_MAX_SIZE = 100_000;

/**
 * Rounds of the phase at least, whatever `--runs` says: a load of one fresh page reads
 * ±100–200 ms from run to run on this machine (plain days in two runs of the phase:
 * 291 and 497 ms), and the goal is checked on the median.
 */
export const DATES_MIN_RUNS = 3;

/** The size the dates phase loads, or undefined when no size measured is small enough. */
export function datesSize(sizes) {
  const fitting = sizes.filter(size => size <= DATES_MAX_SIZE);
  return fitting.length > 0 ? Math.max(...fitting) : undefined;
}

/**
 * @typedef {object} DateKindSummary
 * @property {string} status 'ok' when a run loaded
 * @property {number} [load] median load, ms
 * @property {number} [events] events read (the median run's count; every run reads the same)
 * @property {number} [problems] errors reported
 * @property {number} expectedEvents the events whose dates are dates
 */

/**
 * @param {number} size
 * @param {import('./scenario.js').RunResult[]} runs the phase's runs
 * @returns {Map<string, DateKindSummary>} by kind name, in DATE_KINDS order
 */
export function summarizeDates(size, runs) {
  return new Map(
    DATE_KINDS.map(kind => {
      const mine = runs.filter(run => run.dates === kind.name && run.load.status === 'ok');
      const expectedEvents = size - Math.floor(size * kind.badShare);
      if (mine.length === 0) return [kind.name, { status: runs.find(run => run.dates === kind.name)?.load.status ?? 'skipped', expectedEvents }];
      const { read } = mine[0];
      return [kind.name, { status: 'ok', load: median(mine.map(run => run.load.ms)), events: read?.events, problems: read?.problems, expectedEvents }];
    }),
  );
}

/**
 * Each kind's load against the size's load goal, and its events read against those
 * expected (a kind whose dates were all refused would load fast and mean nothing).
 *
 * @returns {Array<{ metric: string, dates: string, size: number, limit: number, value?: number, pass: boolean, events?: number, expectedEvents: number }>}
 */
export function checkDateGoals(size, summary) {
  const goal = goalFor('load', size);
  if (!goal) return [];
  return [...summary].map(([dates, { load, events, expectedEvents }]) => ({
    metric: 'load',
    dates,
    size,
    limit: goal.limit,
    value: load,
    events,
    expectedEvents,
    pass: load !== undefined && load <= goal.limit && events === expectedEvents,
  }));
}


/** The phase's table: one line per kind. */
export function formatDatesTable(size, summary) {
  const goals = new Map(checkDateGoals(size, summary).map(goal => [goal.dates, goal]));
  const lines = [['dates written as', 'example', 'load ms', 'events read', 'problems', 'our goal']];
  for (const kind of DATE_KINDS) {
    const { status, load, events, problems, expectedEvents } = summary.get(kind.name);
    const goal = goals.get(kind.name);
    const read = events === undefined ? '–' : `${number(events, 0)}${events === expectedEvents ? '' : ` (expected ${number(expectedEvents, 0)})`}`;
    const verdict = goal ? `≤ ${number(goal.limit, 0)} ${goal.pass ? 'ok' : 'MISSED'}` : '';
    lines.push([kind.name, kind.example, status === 'ok' ? number(load, 1) : status, read, problems === undefined ? '–' : number(problems, 0), verdict]);
  }
  return `load of ${number(size, 0)} events by how their dates are written (ours):\n${ruled(align(lines))}`;
}
