// Aggregates the raw runs of one library at one size into the numbers reported.
import { DURATIONS } from './cdp.js';
import { median, p95 } from './stats.js';

/**
 * @typedef {{ value?: number, status: string }} Scalar a number, or why there is none
 * @typedef {{ status: string, n: number, moved?: number, median?: Record<string, number>, p95?: Record<string, number> }} StepStats
 * @typedef {{ start: Scalar, load: Scalar, heap: Scalar, nodes: Scalar, series: Record<string, StepStats> }} Summary
 */

/** The status of a group of runs: ok when any run produced the value, else the first failure. */
const statusOf = statuses => (statuses.includes('ok') ? 'ok' : (statuses.find(s => s !== 'skipped') ?? 'skipped'));

/** A scalar from the runs where `pick` gives a number. */
function scalar(runs, pick, combine) {
  const values = runs.map(pick).filter(Number.isFinite);
  const status = values.length > 0 ? 'ok' : statusOf(runs.map(run => run.load.status));
  return values.length > 0 ? { value: combine(values), status } : { status };
}

/** Per-duration median and p95 over the samples of the runs that finished the series. */
function stepStats(records) {
  const done = records.filter(record => record.status === 'ok');
  if (done.length === 0) return { status: statusOf(records.map(record => record.status)), n: 0 };
  const samples = done.flatMap(record => record.samples);
  const over = statistic => Object.fromEntries(DURATIONS.map(name => [name, statistic(samples.map(s => s[name]))]));
  const moved = done.reduce((sum, record) => sum + record.moved, 0);
  return { status: 'ok', n: samples.length, moved, median: over(median), p95: over(p95) };
}

/**
 * @param {import('./scenario.js').RunResult[]} runs every run of one library at one size
 * @returns {Summary}
 */
export function summarize(runs) {
  const names = Object.keys(runs[0].series);
  return {
    start: scalar(runs, run => run.startMs, median),
    load: scalar(runs, run => run.load.ms, median),
    heap: scalar(runs, run => run.heap.loadedMB, median),
    nodes: scalar(runs, run => run.nodes.max, values => Math.max(...values)),
    series: Object.fromEntries(names.map(name => [name, stepStats(runs.map(run => run.series[name]))])),
  };
}
