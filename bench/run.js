#!/usr/bin/env node
// `npm run bench`: our <event-timeline> against vis-timeline 8.5.4 on the same seeded
// data, in headless Chromium, runs alternating. Prints a table, writes
// bench/results/<date>.json, and exits 1 when one of our goals is missed
// (2 when the bench itself could not run). See bench/README.md.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOptions } from './options.js';
import { startServer } from './server.js';
import { launchBrowser, closeBrowser, VIEWPORT, TIME_ZONE } from './browser.js';
import { runCase, DATA_SEED } from './scenario.js';
import { STEP_COUNTS, WINDOW_SEED } from './steps.js';
import { summarize } from './summary.js';
import { checkGoals, UNITS } from './goals.js';
import { formatTable } from './table.js';
import { describeRun } from './progress.js';
import { findWarnings } from './warnings.js';
import { machineInfo, writeReport } from './report.js';
import { checkLeaks } from './leaks.js';
import { DATE_KINDS } from './dates.js';
import { checkDateGoals, datesSize, DATES_MIN_RUNS, formatDatesTable, summarizeDates } from './date-phase.js';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..');
const RESULTS_DIR = join(BENCH_DIR, 'results');
const OUR_BUNDLE = join(ROOT, 'dist', 'event-timeline.js');
const VIS_BUNDLE = join(ROOT, 'node_modules', 'vis-timeline', 'standalone', 'umd', 'vis-timeline-graph2d.min.js');

const EXIT_GOAL_MISSED = 1;
const EXIT_BENCH_FAILED = 2;

/** Fails early when a library the options ask for is not there. */
function checkBundles(libs) {
  if (libs.includes('ours') && !existsSync(OUR_BUNDLE)) throw new Error(`${OUR_BUNDLE} is missing: run npm run build`);
  if (libs.includes('theirs') && !existsSync(VIS_BUNDLE)) throw new Error(`${VIS_BUNDLE} is missing: npm install`);
}

/**
 * The cases of the main phase: per size, `runs` rounds alternating the libraries (ours,
 * theirs, ours, theirs…); then the dates phase's, ours at one size, each round through
 * every kind, at least DATES_MIN_RUNS rounds.
 */
function casesOf(options) {
  const cases = [];
  if (!options.datesOnly) {
    for (const size of options.sizes) {
      for (let run = 1; run <= options.runs; run++) for (const lib of options.libs) cases.push({ lib, size, run });
    }
  }
  const size = options.dates ? datesSize(options.sizes) : undefined;
  if (size !== undefined) {
    const rounds = Math.max(DATES_MIN_RUNS, options.runs);
    for (let run = 1; run <= rounds; run++) for (const { name } of DATE_KINDS) cases.push({ lib: 'ours', size, run, dates: name, series: [] });
  }
  return cases;
}

/** Every case, each in a fresh page; a browser whose page would not close is replaced. */
async function runAll(options, origin) {
  let browser = await launchBrowser();
  const chromium = await browser.version();
  const runs = [];
  try {
    for (const { series, ...which } of casesOf(options)) {
      const started = Date.now();
      const { result, healthy } = await runCase({ browser, origin, budgetMs: options.budgetMs, display: options.display, series }, which);
      runs.push(result);
      console.error(describeRun(result, (Date.now() - started) / 1000));
      if (!healthy) {
        await closeBrowser(browser);
        browser = await launchBrowser();
      }
    }
  } finally {
    await closeBrowser(browser);
  }
  return { chromium, runs };
}

/** Summary per library, per size, of the main phase's runs. */
function summarizeAll(options, runs) {
  const main = runs.filter(run => run.dates === undefined);
  if (main.length === 0) return new Map();
  return new Map(
    options.libs.map(lib => [
      lib,
      new Map(options.sizes.map(size => [size, summarize(main.filter(r => r.lib === lib && r.size === size))])),
    ]),
  );
}

async function main() {
  // `--leaks` runs the long-session checks instead (bench/leaks.js).
  if (process.argv.includes('--leaks')) {
    checkBundles(['ours']);
    process.exitCode = (await checkLeaks()) ? 0 : EXIT_GOAL_MISSED;
    return;
  }
  const options = parseOptions(process.argv.slice(2));
  checkBundles(options.libs);
  const server = await startServer(ROOT);
  let measured;
  try {
    measured = await runAll(options, server.origin);
  } finally {
    await server.close();
  }
  const summaries = summarizeAll(options, measured.runs);
  if (summaries.size > 0) console.log(formatTable(options.sizes, options.libs, summaries));
  const size = datesSize(options.sizes);
  const dates = measured.runs.some(run => run.dates) ? { size, kinds: summarizeDates(size, measured.runs.filter(run => run.dates)) } : undefined;
  if (dates) console.log(`${summaries.size > 0 ? '\n' : ''}${formatDatesTable(dates.size, dates.kinds)}`);
  const warnings = findWarnings(summaries, measured.runs);
  if (warnings.length > 0) console.log(`\nwarnings:\n${warnings.map(line => `  ${line}`).join('\n')}`);

  const goals = [
    ...(summaries.has('ours') ? checkGoals(summaries.get('ours')) : []),
    ...(dates ? checkDateGoals(dates.size, dates.kinds) : []),
  ];
  const missed = goals.filter(goal => !goal.pass);
  const path = await writeReport(RESULTS_DIR, {
    date: new Date().toISOString(),
    machine: machineInfo(),
    chromium: measured.chromium,
    options: { ...options, viewport: VIEWPORT, timeZone: TIME_ZONE, dataSeed: DATA_SEED, windowSeed: WINDOW_SEED, steps: STEP_COUNTS },
    summaries: Object.fromEntries([...summaries].map(([lib, bySize]) => [lib, Object.fromEntries(bySize)])),
    ...(dates ? { dates: { size: dates.size, kinds: Object.fromEntries(dates.kinds) } } : {}),
    goals,
    warnings,
    runs: measured.runs,
  });
  console.log(`\nraw numbers: ${path}`);

  if (!options.libs.includes('ours')) {
    console.log('our goals not checked (--only theirs)');
    return 0;
  }
  if (missed.length === 0) {
    console.log(`all ${goals.length} goals met`);
    return 0;
  }
  console.log(`\n${missed.length} of ${goals.length} goals MISSED:`);
  for (const { metric, size, limit, value, dates, events, expectedEvents } of missed) {
    const got = value === undefined ? 'no value (timeout or error)' : value.toFixed(1);
    const where = `${size.toLocaleString('en-US')} events${dates ? ` (dates: ${dates})` : ''}`;
    const read = dates && events !== expectedEvents ? `; read ${events ?? 'no'} events, expected ${expectedEvents}` : '';
    console.log(`  ${metric} at ${where}: ${got}, goal ≤ ${limit} ${UNITS[metric]}${read}`);
  }
  return EXIT_GOAL_MISSED;
}

main().then(
  code => (process.exitCode = code),
  error => {
    console.error(error?.message ?? error);
    process.exitCode = EXIT_BENCH_FAILED;
  },
);
