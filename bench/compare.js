#!/usr/bin/env node
// Two builds of our bundle, interleaved (A B B A, round after round, each run a fresh
// page in one browser), so that machine noise hits both alike: runs minutes apart on
// this 2-core machine differ by more than most changes do.
//
//   cp dist/event-timeline.js /tmp/before.js   # … change, npm run build …
//   node bench/compare.js /tmp/before.js dist/event-timeline.js --sizes 1000,10000 --series zoomTo,wheel --rounds 4
//
// Prints load and each series' p50 / p95 main-thread ms per build (TaskDuration, and the
// thread's CPU time), and B / A.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from './server.js';
import { launchBrowser, closeBrowser } from './browser.js';
import { runCase } from './scenario.js';
import { SERIES } from './steps.js';
import { summarize } from './summary.js';
import { MAIN_DURATION } from './goals.js';
import { DEFAULT_BUDGET_S, DEFAULT_DISPLAY } from './options.js';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..');
/** Where the two builds are copied to be served (ignored by git). */
const BUILDS = join(BENCH_DIR, '.builds');
/** The main thread's CPU time: steadier than the wall-clock TaskDuration on a busy machine. */
const CPU = 'ThreadTime';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    sizes: { type: 'string', default: '1000' },
    series: { type: 'string', default: SERIES.filter(kind => !kind.baseline).map(kind => kind.name).join(',') },
    rounds: { type: 'string', default: '3' },
  },
});
if (positionals.length !== 2) {
  console.error('usage: node bench/compare.js A.js B.js [--sizes 1000,10000] [--series zoomTo,wheel,drag,pan] [--rounds 3]');
  process.exit(2);
}
const sizes = values.sizes.split(',').map(Number);
const series = values.series.split(',');
const rounds = Number(values.rounds);
mkdirSync(BUILDS, { recursive: true });
const builds = positionals.map((file, i) => {
  const name = `${'ab'[i]}.js`;
  copyFileSync(resolve(file), join(BUILDS, name));
  return { label: 'AB'[i], file, bundle: `/bench/.builds/${name}` };
});

const server = await startServer(ROOT);
const browser = await launchBrowser();
const number = value => (value === undefined ? '–' : value.toFixed(1));
try {
  for (const size of sizes) {
    const runs = new Map(builds.map(build => [build.label, []]));
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? builds : [...builds].reverse();
      for (const build of order) {
        const env = { browser, origin: server.origin, budgetMs: DEFAULT_BUDGET_S * 1000, display: DEFAULT_DISPLAY, bundle: build.bundle, series };
        const { result } = await runCase(env, { lib: 'ours', size, run: round + 1 });
        if (result.error || result.pageErrors.length) console.error(`${build.label} ${size}: ${result.error ?? result.pageErrors.join('; ')}`);
        runs.get(build.label).push(result);
      }
    }
    const [a, b] = builds.map(build => summarize(runs.get(build.label)));
    const rows = [['start ms', [a.start.value, b.start.value]], ['load ms', [a.load.value, b.load.value]]];
    for (const name of series) {
      const [sa, sb] = [a.series[name], b.series[name]];
      for (const [label, stat] of [['p50', 'median'], ['p95', 'p95']]) {
        rows.push([`${name} ${label}`, [sa[stat]?.[MAIN_DURATION], sb[stat]?.[MAIN_DURATION]], [sa[stat]?.[CPU], sb[stat]?.[CPU]]]);
      }
    }
    console.log(`\n${size.toLocaleString('en-US')} events, ${rounds} rounds   A: ${builds[0].file}   B: ${builds[1].file}`);
    console.log(`${''.padEnd(12)} ${MAIN_DURATION.padStart(24)}   ${CPU} (CPU)`);
    const pair = ([va, vb]) => `${number(va).padStart(7)} ${number(vb).padStart(7)}  B/A ${va && vb ? (vb / va).toFixed(2) : '–'}`;
    for (const [label, wall, cpu] of rows) console.log(`${label.padEnd(12)} ${pair(wall)}   ${cpu ? pair(cpu) : ''}`);
  }
} finally {
  await closeBrowser(browser);
  await server.close();
}
