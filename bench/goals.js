// Our performance goals, and which of them a set of summaries misses.

/** The main-thread duration the step goals (and the table) use. */
export const MAIN_DURATION = 'TaskDuration';

/**
 * @typedef {object} Goal
 * @property {string} metric 'load' | 'heap' | 'nodes' | a series name (its p95)
 * @property {number} limit the highest value that passes
 * @property {number} [size] the size it applies to; absent: every size measured
 */

/** @type {Goal[]} */
export const GOALS = [
  { metric: 'load', size: 1_000, limit: 50 },
  { metric: 'load', size: 10_000, limit: 100 },
  { metric: 'load', size: 100_000, limit: 500 },
  { metric: 'heap', size: 10_000, limit: 15 },
  { metric: 'heap', size: 100_000, limit: 100 },
  { metric: 'nodes', limit: 3_000 },
  { metric: 'zoomTo', limit: 8 },
  { metric: 'wheel', limit: 8 },
  { metric: 'drag', limit: 8 },
  { metric: 'pan', limit: 8 },
];

/** Units of the metrics, for messages. */
export const UNITS = { load: 'ms', heap: 'MB', nodes: 'nodes', zoomTo: 'ms p95', wheel: 'ms p95', drag: 'ms p95', pan: 'ms p95' };

/**
 * The value a goal is checked against, or undefined when there is none (timeout, error).
 *
 * @param {import('./summary.js').Summary} summary
 * @param {string} metric
 */
export function goalValue(summary, metric) {
  if (metric in summary.series) return summary.series[metric].p95?.[MAIN_DURATION];
  return summary[metric].value;
}

/** The goal for `metric` at `size`, if any. */
export const goalFor = (metric, size) => GOALS.find(goal => goal.metric === metric && (goal.size ?? size) === size);

/**
 * Checks every goal that applies to the sizes measured.
 *
 * @param {Map<number, import('./summary.js').Summary>} ours our summary per size
 * @returns {Array<Goal & { size: number, value?: number, pass: boolean }>}
 */
export function checkGoals(ours) {
  return [...ours].flatMap(([size, summary]) =>
    GOALS.filter(goal => (goal.size ?? size) === size).map(goal => {
      const value = goalValue(summary, goal.metric);
      return { ...goal, size, value, pass: value !== undefined && value <= goal.limit };
    }),
  );
}
