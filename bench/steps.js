// The series every run measures, in order: what one step does and how the series
// is set up. Wheel and drag are real input (CDP Input events through puppeteer).
import { GESTURE_WINDOW, zoomWindows } from './windows.js';

/** Steps per series (the idle series only calibrates the protocol's own cost). */
export const STEP_COUNTS = { idle: 10, zoomTo: 40, wheel: 30, drag: 30, pan: 30, search: 12 };
/** Seed of the zoomTo windows (the data has its own). */
export const WINDOW_SEED = 20240601;
/** Wheel delta of one notch, px; steps alternate in (negative) and out. */
export const WHEEL_DELTA = 100;
/** Length of one drag, px; drags alternate right and left. */
export const DRAG_PX = 50;
/** Mouse moves a drag is split into (between down and up). */
export const DRAG_MOVES = 5;
/** One pan step: a mouse move of this many px with the button held (a drag's move at the pace above). */
export const PAN_PX = DRAG_PX / DRAG_MOVES;
/** Pan steps in one direction before the pan turns back (so it stays near the centre). */
const PAN_TURN = 5;

const settle = page => page.evaluate(() => window.bench.settle());
const zoomTo = (page, [start, end]) => page.evaluate((s, e) => window.bench.zoomTo(s, e), start, end);

/** The centre of the plot in viewport px. */
async function plotCentre(page) {
  const { x, y, width, height } = await page.evaluate(() => window.bench.plotBox());
  return { x: x + width / 2, y: y + height / 2 };
}

/** Shows the gesture window and puts the mouse at `dx` px from the plot's centre. */
async function gestureStart(page, dx) {
  await zoomTo(page, GESTURE_WINDOW);
  const centre = await plotCentre(page);
  await page.mouse.move(centre.x + dx, centre.y);
  await settle(page);
  return centre;
}

/**
 * @typedef {object} SeriesKind
 * @property {string} name
 * @property {number} count steps
 * @property {(page: import('puppeteer-core').Page) => Promise<((i: number) => Promise<void>) | undefined>} setup
 *   prepares the page (not measured) and returns the step, or undefined when the library cannot do it
 * @property {(page: import('puppeteer-core').Page) => Promise<void>} [teardown] undoes the setup's input state (not measured)
 * @property {boolean} [baseline] true for the calibration series (not a goal)
 * @property {boolean} [still] true when the steps leave the view where it is (no warning that it did not move)
 */

/**
 * What the search series types, in turn: a title's words, fewer and more matches, a
 * date, nothing (everything back). Matches at 100,000 events: from a few to most.
 */
const SEARCHES = ['event 12', 'event 123', 'may 2001', '', 'event 4', 'event 45678', '', 'march', 'event 9', '', 'category 3', ''];

/** @type {SeriesKind[]} */
export const SERIES = [
  {
    // The floor of the protocol itself: two metric reads and two frames doing nothing.
    name: 'idle',
    count: STEP_COUNTS.idle,
    baseline: true,
    setup: async page => () => settle(page),
  },
  {
    name: 'zoomTo',
    count: STEP_COUNTS.zoomTo,
    setup: async page => {
      const windows = zoomWindows(STEP_COUNTS.zoomTo, WINDOW_SEED);
      return i => zoomTo(page, windows[i]);
    },
  },
  {
    name: 'wheel',
    count: STEP_COUNTS.wheel,
    setup: async page => {
      await gestureStart(page, 0);
      return async i => {
        await page.mouse.wheel({ deltaY: i % 2 === 0 ? -WHEEL_DELTA : WHEEL_DELTA });
        await settle(page);
      };
    },
  },
  {
    name: 'drag',
    count: STEP_COUNTS.drag,
    setup: async page => {
      const centre = await gestureStart(page, -DRAG_PX / 2);
      return async i => {
        const direction = i % 2 === 0 ? 1 : -1;
        await page.mouse.down();
        await page.mouse.move(centre.x + (direction * DRAG_PX) / 2, centre.y, { steps: DRAG_MOVES });
        await page.mouse.up();
        await settle(page);
      };
    },
  },
  {
    // One frame's worth of a drag: the button is held through the series, and each step
    // is one 10 px move and the frames after it. A drag step above is five of these plus
    // the press and the release; this is the pan step that must fit in half a frame.
    name: 'pan',
    count: STEP_COUNTS.pan,
    setup: async page => {
      const centre = await gestureStart(page, 0);
      await page.mouse.down();
      let x = centre.x;
      return async i => {
        x += (Math.floor(i / PAN_TURN) % 2 === 0 ? 1 : -1) * PAN_PX;
        await page.mouse.move(x, centre.y);
        await settle(page);
      };
    },
    teardown: page => page.mouse.up(),
  },
  {
    // Search as the search box sets it, without the box's typing delay: the filter, the
    // layout of what matches and the frames after it. Ours only (vis-timeline has no
    // search): other pages show n/a. The first step builds the search texts.
    name: 'search',
    count: STEP_COUNTS.search,
    still: true,
    setup: async page => {
      if (!(await page.evaluate(() => typeof window.bench.search === 'function'))) return undefined;
      return i => page.evaluate(text => window.bench.search(text), SEARCHES[i % SEARCHES.length]);
    },
  },
];
