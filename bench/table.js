// The table printed on stdout: size × metric, ours vs theirs, ratio, goal.
import { MAIN_DURATION, goalFor, goalValue } from './goals.js';

/**
 * The rows shown per size: label, how to read a summary, number format. Step rows
 * show the median and p95 of the main-thread time (TaskDuration) per step.
 */
const ROWS = [
  { metric: 'start', label: 'start: import → mounted, ms', digits: 1 },
  { metric: 'load', label: 'load → first frame, ms', digits: 1 },
  { metric: 'heap', label: 'JS heap after GC, MB', digits: 1 },
  { metric: 'nodes', label: 'DOM nodes, max', digits: 0 },
  { metric: 'idle', label: 'idle step (no input), ms p50 / p95', digits: 1, step: true },
  { metric: 'zoomTo', label: 'zoomTo step, ms p50 / p95', digits: 1, step: true },
  { metric: 'wheel', label: 'wheel step, ms p50 / p95', digits: 1, step: true },
  { metric: 'drag', label: 'drag step (5 moves), ms p50 / p95', digits: 1, step: true },
  { metric: 'pan', label: 'pan step (1 move), ms p50 / p95', digits: 1, step: true },
  { metric: 'search', label: 'search step, ms p50 / p95', digits: 1, step: true },
];

export const number = (value, digits) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The [p50, p95] or [value] of one row, or a status string when there is no number. */
function valuesOf(summary, row) {
  if (!summary) return 'n/a';
  if (!row.step) return summary[row.metric].status === 'ok' ? [summary[row.metric].value] : summary[row.metric].status;
  const stats = summary.series[row.metric];
  return stats.status === 'ok' ? [stats.median[MAIN_DURATION], stats.p95[MAIN_DURATION]] : stats.status;
}

const cell = (values, digits) => (typeof values === 'string' ? values : values.map(v => number(v, digits)).join(' / '));

function ratio(ours, theirs) {
  if (typeof ours === 'string' || typeof theirs === 'string') return '–';
  return ours.map((value, i) => (theirs[i] > 0 ? number(value / theirs[i], 2) : '–')).join(' / ');
}

function goalCell(summary, row, size) {
  const goal = goalFor(row.metric, size);
  if (!goal || !summary) return '';
  const value = goalValue(summary, row.metric);
  return `≤ ${number(goal.limit, 0)} ${value !== undefined && value <= goal.limit ? 'ok' : 'MISSED'}`;
}

/** Pads the columns of `lines` (arrays of cells) to a common width; the first two left-aligned. */
export function align(lines) {
  const widths = lines[0].map((_, i) => Math.max(...lines.map(line => line[i].length)));
  return lines.map(line => line.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd());
}

/**
 * @param {number[]} sizes
 * @param {string[]} libs the libraries measured
 * @param {Map<string, Map<number, import('./summary.js').Summary>>} summaries per library, per size
 * @returns {string}
 */
export function formatTable(sizes, libs, summaries) {
  const both = libs.includes('ours') && libs.includes('theirs');
  const header = ['size', 'metric', ...libs, ...(both ? ['ours/theirs'] : []), ...(libs.includes('ours') ? ['our goal'] : [])];
  const lines = [header];
  for (const size of sizes) {
    for (const row of ROWS) {
      const values = libs.map(lib => valuesOf(summaries.get(lib)?.get(size), row));
      const line = [number(size, 0), row.label, ...values.map(v => cell(v, row.digits))];
      if (both) line.push(ratio(values[libs.indexOf('ours')], values[libs.indexOf('theirs')]));
      if (libs.includes('ours')) line.push(goalCell(summaries.get('ours').get(size), row, size));
      lines.push(line);
    }
  }
  return ruled(align(lines));
}

/** Aligned lines with a rule under the first (the header). */
export function ruled(text) {
  const rule = '-'.repeat(Math.max(...text.map(line => line.length)));
  return [text[0], rule, ...text.slice(1)].join('\n');
}
