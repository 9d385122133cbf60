// One line per finished run on stderr, so a long bench shows where it is.
import { MAIN_DURATION } from './goals.js';
import { p95 } from './stats.js';

const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '?');

/**
 * @param {import('./scenario.js').RunResult} result
 * @param {number} seconds wall time the run took
 */
export function describeRun(result, seconds) {
  const { lib, size, run, load, heap, nodes, series } = result;
  const parts = [`${lib.padEnd(6)} ${size.toLocaleString('en-US').padStart(9)} #${run}${result.dates ? ` (dates: ${result.dates})` : ''}`];
  parts.push(load.status === 'ok' ? `load ${fixed(load.ms)} ms` : `load ${load.status}`);
  if (load.status === 'ok') parts.push(`heap ${fixed(heap.loadedMB)} MB`, `nodes ≤ ${nodes.max ?? nodes.afterLoad}`);
  if (result.read) parts.push(`${result.read.events} events read, ${result.read.problems} problems`);
  for (const [name, record] of Object.entries(series)) {
    if (load.status !== 'ok') break;
    // The dates phase measures the load only.
    if (result.dates) break;
    const values = record.samples.map(sample => sample[MAIN_DURATION]);
    parts.push(record.status === 'ok' ? `${name} p95 ${fixed(p95(values))} ms` : `${name} ${record.status}`);
  }
  if (result.pageErrors.length > 0) parts.push(`${result.pageErrors.length} page error(s)`);
  return `${parts.join(', ')}  (${fixed(seconds, 0)} s)`;
}
