#!/usr/bin/env node
// Where a step's main-thread time goes: one library, one size, one series, under CDP
// Tracing. Prints, per step on average, the renderer main thread's time by trace event
// (self time: a child's time is not counted again in its parent), and our own
// functions' self time from the trace's sampling profiler when the bundle is readable
// (`NO_MINIFY=1 npx rollup -c`).
//
//   node bench/trace.js [--lib ours|theirs|floor] [--size 1000] [--series wheel] [--top 25] [--no-profile] [--bundle /bench/.builds/a.js]
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from './server.js';
import { launchBrowser, closeBrowser, freshPage } from './browser.js';
import { DATA_SEED } from './scenario.js';
import { SERIES } from './steps.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'v8.execute'];
/** The sampling profiler: names our functions, but costs ~1 ms a step itself (V8.InvokeApiInterruptCallbacks). */
const PROFILER = 'disabled-by-default-v8.cpu_profiler';

const { values } = parseArgs({
  options: {
    lib: { type: 'string', default: 'ours' },
    size: { type: 'string', default: '1000' },
    series: { type: 'string', default: 'wheel' },
    top: { type: 'string', default: '25' },
    'no-profile': { type: 'boolean', default: false },
    bundle: { type: 'string' },
  },
});
const kind = SERIES.find(series => series.name === values.series);
if (!kind) throw new Error(`unknown series ${values.series}: ${SERIES.map(s => s.name).join(', ')}`);

const server = await startServer(ROOT);
const browser = await launchBrowser();
try {
  const { page } = await freshPage(browser, server.origin);
  const query = new URLSearchParams({ lib: values.lib, ...(values.bundle ? { bundle: values.bundle } : {}) });
  await page.goto(`${server.origin}/bench/page.html?${query}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.benchReady || window.benchError);
  await page.evaluate((n, seed) => window.bench.prepare(n, seed), Number(values.size), DATA_SEED);
  await page.evaluate(() => window.bench.load());
  const step = await kind.setup(page);
  if (!step) throw new Error(`${values.lib} cannot run the ${kind.name} series`);
  // Warm up once through the series' first steps, untraced.
  for (let i = 0; i < 4; i++) await step(i);
  const session = await page.createCDPSession();
  const events = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise(resolve => session.once('Tracing.tracingComplete', resolve));
  await session.send('Tracing.start', { traceConfig: { includedCategories: values['no-profile'] ? CATEGORIES : [...CATEGORIES, PROFILER] }, transferMode: 'ReportEvents' });
  for (let i = 0; i < kind.count; i++) await step(i);
  await session.send('Tracing.end');
  await done;
  report(events, kind.count, Number(values.top));
} finally {
  await closeBrowser(browser);
  await server.close();
}

/** The page's renderer main thread: the CrRendererMain with the most events. */
function mainThread(events) {
  const names = events.filter(e => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const counts = new Map(names.map(n => [`${n.pid}:${n.tid}`, 0]));
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (counts.has(key)) counts.set(key, counts.get(key) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

function report(events, steps, top) {
  const main = mainThread(events);
  const own = events.filter(e => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time by name, walking the nesting of complete events.
  const self = new Map();
  const stack = [];
  let total = 0;
  for (const e of own) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
    else total += e.dur;
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push(e);
  }
  const ms = us => (us / 1000 / steps).toFixed(2).padStart(7);
  console.log(`main thread, top-level tasks: ${ms(total)} ms a step (${steps} steps)`);
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(us)}  ${name}`);
  profile(events, main, steps, top);
}

/** Self time per function from the trace's CPU profile chunks (sampled). */
function profile(events, main, steps, top) {
  const [pid, tid] = main.split(':').map(Number);
  const chunks = events.filter(e => e.name === 'ProfileChunk' && e.pid === pid);
  const nodes = new Map();
  const timeByNode = new Map();
  for (const chunk of chunks) {
    const data = chunk.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(`${chunk.id}:${node.id}`, node);
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    samples.forEach((sample, i) => {
      const key = `${chunk.id}:${sample}`;
      timeByNode.set(key, (timeByNode.get(key) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0));
    });
  }
  if (nodes.size === 0 || tid === undefined) return;
  const byFunction = new Map();
  for (const [key, us] of timeByNode) {
    const frame = nodes.get(key)?.callFrame;
    if (!frame) continue;
    const name = `${frame.functionName || '(anonymous)'} ${(frame.url ?? '').split('/').pop()}:${(frame.lineNumber ?? -1) + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  }
  console.log('\nsampled self time by function (ms a step):');
  const ms = us => (us / 1000 / steps).toFixed(2).padStart(7);
  for (const [name, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(us)}  ${name}`);
}
