// Main-thread time and heap from the DevTools protocol (Performance / HeapProfiler domains).

/**
 * The cumulative Performance.getMetrics durations a step is measured by (seconds in CDP).
 * `ThreadTime` is the main thread's CPU time: unlike the others (wall-clock time inside
 * tasks) it does not grow when the thread waits or is preempted, so it is the steadier
 * number for comparing two builds on a busy machine (bench/compare.js).
 */
export const DURATIONS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'ThreadTime'];

const MS_PER_S = 1000;
const BYTES_PER_MB = 1024 * 1024;

/**
 * Opens a CDP session on `page` with the Performance domain on.
 *
 * @param {import('puppeteer-core').Page} page
 */
export async function openMetrics(page) {
  const session = await page.createCDPSession();
  await session.send('Performance.enable');
  return session;
}

/**
 * The current cumulative durations, in ms, keyed like `DURATIONS`.
 *
 * @param {import('puppeteer-core').CDPSession} session
 * @returns {Promise<Record<string, number>>}
 */
export async function readDurations(session) {
  const { metrics } = await session.send('Performance.getMetrics');
  const byName = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  return Object.fromEntries(DURATIONS.map(name => [name, byName[name] * MS_PER_S]));
}

/**
 * `after - before` for every duration, in ms.
 *
 * @param {Record<string, number>} before
 * @param {Record<string, number>} after
 */
export const durationDelta = (before, after) => Object.fromEntries(DURATIONS.map(name => [name, after[name] - before[name]]));

/**
 * Forces a full garbage collection, then reads the JS heap in use, in MB.
 *
 * @param {import('puppeteer-core').CDPSession} session
 * @returns {Promise<number>}
 */
export async function heapAfterGc(session) {
  await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  return metrics.find(({ name }) => name === 'JSHeapUsedSize').value / BYTES_PER_MB;
}
