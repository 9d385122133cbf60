// What makes numbers suspect: gestures the view ignored, and errors the page logged.
import { SERIES } from './steps.js';

/** A plot narrower than this share of its host is suspect (vis's group labels take ~7 %). */
const MIN_PLOT_SHARE = 0.75;

/** Series whose every step must change the visible window (all but the idle floor and search). */
const MOVING = SERIES.filter(kind => !kind.baseline && !kind.still).map(kind => kind.name);

/**
 * @param {Map<string, Map<number, import('./summary.js').Summary>>} summaries
 * @param {import('./scenario.js').RunResult[]} runs
 * @returns {string[]} one line per problem
 */
export function findWarnings(summaries, runs) {
  const lines = [];
  for (const [lib, bySize] of summaries) {
    for (const [size, summary] of bySize) {
      for (const name of MOVING) {
        const { status, n, moved } = summary.series[name];
        if (status === 'ok' && moved < n) {
          lines.push(`${lib} ${name} at ${size.toLocaleString('en-US')}: the view changed on only ${moved} of ${n} steps`);
        }
      }
    }
  }
  for (const { lib, size, run, pageErrors, error, boxes } of runs) {
    const where = `${lib} ${size.toLocaleString('en-US')} #${run}`;
    if (boxes && boxes.plot.width < boxes.host.width * MIN_PLOT_SHARE) {
      lines.push(`${where}: the plot is ${Math.round(boxes.plot.width)} px wide in a ${Math.round(boxes.host.width)} px host`);
    }
    if (error) lines.push(`${where}: ${error}`);
    for (const message of pageErrors) lines.push(`${where}: page error: ${message}`);
  }
  return lines;
}
