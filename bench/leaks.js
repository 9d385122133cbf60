#!/usr/bin/env node
// `npm run bench -- --leaks`: the long-session checks of the hardening work, in
// headless Chromium with the built bundle. Mounts a timeline, feeds it 10,000 events,
// zooms and removes it, 1,000 times in two halves, and compares the JS heap (after
// forced garbage collection) at the end with the heap halfway: caches and compiled code
// fill during the first half (the heap after a short warm-up is printed too), a leak
// grows in both. Counts listeners left on window and document; then runs 10,000
// alternating zoom and pan steps on one timeline, again in halves, and reports any
// error. Exits 1 when the heap grew by more than 10 % over a second half or anything
// leaked.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.js';
import { launchBrowser, freshPage, closeBrowser } from './browser.js';
import { openMetrics, heapAfterGc } from './cdp.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = 1_000;
const WARM_UP_ROUNDS = 20;
const EVENTS = 10_000;
const STEPS = 10_000;
const HEAP_GROWTH_LIMIT = 0.1;

export async function checkLeaks() {
  const server = await startServer(ROOT);
  const browser = await launchBrowser();
  let failed = false;
  try {
    const { page } = await freshPage(browser, server.origin);
    page.setDefaultTimeout(15 * 60_000);
    await page.goto(`${server.origin}/bench/leaks.html`);
    await page.waitForFunction(() => 'leaks' in window);
    const session = await openMetrics(page);
    await page.evaluate((rounds, size) => window.leaks.mountCycles(rounds, size), WARM_UP_ROUNDS, EVENTS);
    const before = await heapAfterGc(session);
    const started = Date.now();
    const first = await page.evaluate((rounds, size) => window.leaks.mountCycles(rounds, size), ROUNDS / 2, EVENTS);
    const middle = await heapAfterGc(session);
    const second = await page.evaluate((rounds, size) => window.leaks.mountCycles(rounds, size), ROUNDS / 2, EVENTS);
    const after = await heapAfterGc(session);
    const growth = (after - middle) / middle;
    const listeners = { window: first.listeners.window + second.listeners.window, document: first.listeners.document + second.listeners.document };
    console.log(`mount, feed ${EVENTS.toLocaleString('en')} events, zoom, remove × ${ROUNDS.toLocaleString('en')}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    console.log(
      `  JS heap after GC: ${before.toFixed(2)} MB after ${WARM_UP_ROUNDS} rounds, ${middle.toFixed(2)} MB halfway, ${after.toFixed(2)} MB at the end (second half ${(growth * 100).toFixed(1)} %, limit ${HEAP_GROWTH_LIMIT * 100} %)`,
    );
    console.log(`  listeners left: window ${listeners.window}, document ${listeners.document}`);
    failed ||= growth > HEAP_GROWTH_LIMIT || listeners.window !== 0 || listeners.document !== 0;

    // Steps in two halves: bounded caches fill during the first; a leak grows in both.
    const stepsStarted = Date.now();
    await page.evaluate(size => window.leaks.mountOne(size), EVENTS);
    await page.evaluate(steps => window.leaks.zoomPanSteps(steps), STEPS / 2);
    const halfway = await heapAfterGc(session);
    const { errors } = await page.evaluate(steps => window.leaks.zoomPanSteps(steps), STEPS / 2);
    const end = await heapAfterGc(session);
    const stepGrowth = (end - halfway) / halfway;
    console.log(`${STEPS.toLocaleString('en')} alternating zoom and pan steps: ${((Date.now() - stepsStarted) / 1000).toFixed(0)} s, ${errors.length} errors`);
    console.log(`  JS heap after GC: ${halfway.toFixed(2)} MB halfway, ${end.toFixed(2)} MB at the end (${(stepGrowth * 100).toFixed(1)} %, limit ${HEAP_GROWTH_LIMIT * 100} %)`);
    for (const error of errors.slice(0, 5)) console.log(`  ${error}`);
    failed ||= errors.length > 0 || stepGrowth > HEAP_GROWTH_LIMIT;
  } finally {
    await closeBrowser(browser);
    await server.close();
  }
  console.log(failed ? 'leak check FAILED' : 'leak check ok');
  return !failed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit((await checkLeaks()) ? 0 : 1);
