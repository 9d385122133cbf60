// One run: one library at one size in a fresh page — load, heap, DOM size, then
// the step series. Every phase has its own budget; after a phase goes over it the
// page is hung, so the phases left are recorded as skipped.
import { deadline, BudgetExceeded } from './budget.js';
import { freshPage, closeContext } from './browser.js';
import { heapAfterGc, openMetrics, readDurations, durationDelta } from './cdp.js';
import { measureSeries } from './series.js';
import { SERIES } from './steps.js';

/** Seed of the generated events. */
export const DATA_SEED = 1990;
/** How long the page may take to load its library (not part of any measurement). */
const PAGE_READY_MS = 30_000;
/** Page errors kept in the record, at most. */
const MAX_PAGE_ERRORS = 5;

/**
 * @typedef {'ok' | 'timeout' | 'error' | 'skipped' | 'n/a'} Status
 * @typedef {object} RunResult
 * @property {string} lib
 * @property {number} size
 * @property {number} run
 * @property {string} [dates] how the events' dates were written (a DATE_KINDS name), when not as generated
 * @property {{ events: number, problems: number }} [read] what the library took in (ours)
 * @property {number} [startMs] the library imported and mounted, empty, to its first frame (ms)
 * @property {{ status: Status, ms?: number, main?: Record<string, number>, error?: string }} load
 * @property {{ baselineMB?: number, loadedMB?: number }} heap
 * @property {{ afterLoad?: number, max?: number }} nodes
 * @property {Record<string, { status: Status, samples: object[], nodes: number[], moved: number, error?: string }>} series
 * @property {{ host: object, plot: object }} [boxes] the host's and the plot's boxes after load (px)
 * @property {string[]} pageErrors errors the page logged (the first few)
 * @property {string} [error] what stopped the run, when something did
 */

/** 'timeout' for a budget overrun, 'error' for anything else. */
const statusOf = error => (error instanceof BudgetExceeded ? 'timeout' : 'error');
const messageOf = error => String(error?.message ?? error);

/**
 * Runs one library at one size once, in a fresh page that is closed afterwards.
 *
 * @param {object} env
 * @param {import('puppeteer-core').Browser} env.browser
 * @param {string} env.origin the static server
 * @param {number} env.budgetMs budget of each phase
 * @param {string} env.display CSS display of the host
 * @param {string} [env.bundle] our bundle's path on the server (default: dist/event-timeline.js)
 * @param {string[]} [env.series] the series to measure (default: all)
 * @param {{ lib: string, size: number, run: number, dates?: string }} which
 * @returns {Promise<{ result: RunResult, healthy: boolean }>} healthy is false when the page could not be closed
 */
export async function runCase({ browser, origin, budgetMs, display, bundle, series }, { lib, size, run, dates }) {
  /** @type {RunResult} */
  const result = { lib, size, run, ...(dates ? { dates } : {}), load: { status: 'skipped' }, heap: {}, nodes: {}, series: {}, pageErrors: [] };
  for (const { name } of SERIES) result.series[name] = { status: 'skipped', samples: [], nodes: [], moved: 0 };
  const { page, context } = await freshPage(browser, origin);
  const noteError = message => result.pageErrors.length < MAX_PAGE_ERRORS && result.pageErrors.push(message);
  page.on('pageerror', error => noteError(messageOf(error)));
  page.on('console', message => message.type() === 'error' && noteError(message.text()));
  try {
    await openPage(page, origin, { lib, display, ...(bundle ? { bundle } : {}) });
    result.startMs = await page.evaluate(() => window.bench.startMs);
    await measure(page, result, budgetMs, series);
  } catch (error) {
    result.error = messageOf(error);
    if (result.load.status === 'skipped') result.load = { status: 'error', error: result.error };
  }
  const healthy = await closeContext(context);
  return { result, healthy };
}

/** Opens the bench page for `lib` and waits until its adapter is ready. */
async function openPage(page, origin, query) {
  await page.goto(`${origin}/bench/page.html?${new URLSearchParams(query)}`, { waitUntil: 'load', timeout: PAGE_READY_MS });
  await page.waitForFunction(() => window.benchReady || window.benchError, { timeout: PAGE_READY_MS });
  const failure = await page.evaluate(() => window.benchError);
  if (failure) throw new Error(`bench page failed: ${failure}`);
}

/** Fills `result`: the load phase, then every series while the page answers. */
async function measure(page, result, budgetMs, only) {
  const session = await openMetrics(page);
  result.heap.baselineMB = await heapAfterGc(session);
  if (!(await measureLoad(page, session, result, budgetMs))) return;
  for (const { name, count, setup, teardown } of SERIES.filter(kind => !only || only.includes(kind.name))) {
    const record = result.series[name];
    const budget = deadline(`${result.lib} ${result.size} ${name}`, budgetMs);
    try {
      const step = await budget.race(setup(page));
      if (!step) {
        record.status = 'n/a';
        continue;
      }
      await measureSeries({ session, page, budget }, count, step, record);
      if (teardown) await budget.race(teardown(page));
      record.status = 'ok';
    } catch (error) {
      record.status = statusOf(error);
      record.error = messageOf(error);
      if (record.status === 'timeout') break;
    }
  }
  result.nodes.max = Math.max(result.nodes.afterLoad, ...Object.values(result.series).flatMap(s => s.nodes));
}

/**
 * The load phase: data generated (untimed), then the time to the first complete
 * frame, the main-thread time, and heap and nodes after it. False when it failed.
 */
async function measureLoad(page, session, result, budgetMs) {
  const budget = deadline(`${result.lib} ${result.size} load`, budgetMs);
  try {
    await budget.race(page.evaluate((n, seed, dates) => window.bench.prepare(n, seed, dates), result.size, DATA_SEED, result.dates));
    const before = await budget.race(readDurations(session));
    const ms = await budget.race(page.evaluate(() => window.bench.load()));
    const after = await budget.race(readDurations(session));
    result.load = { status: 'ok', ms, main: durationDelta(before, after) };
    result.heap.loadedMB = await budget.race(heapAfterGc(session));
    result.nodes.afterLoad = await budget.race(page.evaluate(() => window.bench.nodeCount()));
    const read = await budget.race(page.evaluate(() => window.bench.read?.()));
    if (read) result.read = read;
    result.boxes = await budget.race(page.evaluate(() => ({ host: window.bench.hostBox(), plot: window.bench.plotBox() })));
    return true;
  } catch (error) {
    result.load = { status: statusOf(error), error: messageOf(error) };
    return false;
  }
}
