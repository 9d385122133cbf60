// One measured series: a step repeated N times, the main-thread time of each step
// read from Performance.getMetrics deltas, and the DOM size after each step.
import { durationDelta, readDurations } from './cdp.js';

/**
 * @typedef {Record<string, number>} StepSample ms per CDP duration (TaskDuration, ScriptDuration, ...)
 * @typedef {{ samples: StepSample[], nodes: number[], moved: number }} SeriesData
 *   moved: steps after which the visible window differed from before (0 for a
 *   gesture series means the library ignored the input, and the numbers mean nothing)
 */

const rangeOf = page => page.evaluate(() => window.bench.range());
const sameRange = (a, b) => a[0] === b[0] && a[1] === b[1];

/**
 * Runs `step(i)` for i < count, each bracketed by two metric reads. The node count is
 * read after the second metric read so that counting is never part of a sample,
 * and so is the visible window (to check the step did something).
 * Samples taken before a timeout stay in `data` (the caller's object) for the record.
 *
 * @param {object} run
 * @param {import('puppeteer-core').CDPSession} run.session
 * @param {import('puppeteer-core').Page} run.page
 * @param {ReturnType<import('./budget.js').deadline>} run.budget
 * @param {number} count
 * @param {(i: number) => Promise<unknown>} step
 * @param {SeriesData} data filled in place
 */
export async function measureSeries({ session, page, budget }, count, step, data) {
  let range = await budget.race(rangeOf(page));
  for (let i = 0; i < count; i++) {
    const before = await budget.race(readDurations(session));
    await budget.race(step(i));
    const after = await budget.race(readDurations(session));
    data.samples.push(durationDelta(before, after));
    data.nodes.push(await budget.race(page.evaluate(() => window.bench.nodeCount())));
    const next = await budget.race(rangeOf(page));
    if (!sameRange(range, next)) data.moved++;
    range = next;
  }
}
