// Command-line flags of `node bench/run.js`.
import { parseArgs } from 'node:util';
import { datesSize, DATES_MAX_SIZE } from './date-phase.js';

/** Sizes measured by default, and the one `--huge` adds. */
export const DEFAULT_SIZES = [1_000, 10_000, 100_000];
export const HUGE_SIZE = 1_000_000;
/** The libraries, in the order each pair of runs alternates them. */
export const LIBS = ['ours', 'theirs'];
/**
 * The reference measured beside them (bench/page-floor.js): the cheapest visible answer to
 * the same input, so the table shows how much of a step any page pays on this machine.
 */
export const FLOOR = 'floor';
/** Default budget of one case (one measurement of one library at one size), seconds. */
export const DEFAULT_BUDGET_S = 60;
/** CSS display of the 1200 × 500 host by default (the brief's); `--display block` overrides. */
export const DEFAULT_DISPLAY = 'flex';

const USAGE = `usage: node bench/run.js [--huge] [--sizes 1000,10000] [--only ours|theirs] [--runs N] [--budget SECONDS] [--no-floor]
  --huge       also measure 1,000,000 events
  --sizes      comma-separated event counts (replaces the default ${DEFAULT_SIZES.join(',')})
  --only       measure one library only (no ratio; goals only checked for ours)
  --runs       pairs of runs per size (default 1)
  --budget     seconds one case may take before it counts as "timeout" (default ${DEFAULT_BUDGET_S})
  --no-floor   leave out the floor (the cheapest visible answer to the same input, bench/page-floor.js)
  --display    CSS display of the host (default ${DEFAULT_DISPLAY})
  --no-dates   leave out the dates phase (our load with the dates written in other EDTF forms, bench/dates.js)
  --dates-only only the dates phase
  --leaks      instead: 1,000 mount/feed/zoom/remove cycles and 10,000 zoom and pan steps (bench/leaks.js)`;

/**
 * @typedef {{ sizes: number[], libs: string[], runs: number, budgetMs: number, display: string, dates: boolean, datesOnly: boolean }} Options
 *   libs: the libraries in the order each round of runs alternates them, the floor last;
 *   dates: run the dates phase (ours only); datesOnly: nothing else
 */

/**
 * Reads the flags; throws with the usage text on a bad one.
 *
 * @param {string[]} argv
 * @returns {Options}
 */
export function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      huge: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      only: { type: 'string' },
      runs: { type: 'string', default: '1' },
      budget: { type: 'string', default: String(DEFAULT_BUDGET_S) },
      display: { type: 'string', default: DEFAULT_DISPLAY },
      'no-floor': { type: 'boolean', default: false },
      'no-dates': { type: 'boolean', default: false },
      'dates-only': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) throw new Error(USAGE);
  const sizes = values.sizes ? values.sizes.split(',').map(s => Number(s.replace(/_/g, ''))) : [...DEFAULT_SIZES];
  if (values.huge && !sizes.includes(HUGE_SIZE)) sizes.push(HUGE_SIZE);
  const runs = Number(values.runs);
  const budget = Number(values.budget);
  const bad =
    (sizes.some(n => !Number.isInteger(n) || n < 1) && '--sizes takes positive integers') ||
    (values.only && !LIBS.includes(values.only) && `--only takes ${LIBS.join(' or ')}`) ||
    ((!Number.isInteger(runs) || runs < 1) && '--runs takes a positive integer') ||
    (!(budget > 0) && '--budget takes a positive number of seconds') ||
    (!/^[a-z-]+$/.test(values.display) && '--display takes a CSS display keyword') ||
    (values['dates-only'] && (values['no-dates'] || values.only === 'theirs') && '--dates-only measures ours, with the dates phase') ||
    (values['dates-only'] && datesSize(sizes) === undefined && `--dates-only needs a size of at most ${DATES_MAX_SIZE.toLocaleString('en-US')} events`);
  if (bad) throw new Error(`${bad}\n${USAGE}`);
  const libs = [...(values.only ? [values.only] : LIBS), ...(values['no-floor'] ? [] : [FLOOR])];
  const dates = libs.includes('ours') && !values['no-dates'];
  return { sizes, libs, runs, budgetMs: budget * 1000, display: values.display, dates, datesOnly: values['dates-only'] };
}
