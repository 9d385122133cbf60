// The deterministic windows the zoomTo series visits, and where gestures start.
import { mulberry32 } from './prng.js';
import { FIRST_DAY, LAST_DAY } from './dataset.js';

const DAY = 86_400_000;

/** Window widths one cycle of the zoomTo series goes through: decades down to a day. */
export const ZOOM_SPANS_DAYS = [30 * 365, 10 * 365, 3 * 365, 365, 90, 30, 7, 1];

/**
 * The window wheel and drag series start from: four years in the middle of the data
 * (zoomed in enough that panning is never stopped by the data's bounds).
 */
export const GESTURE_WINDOW = [Date.UTC(2000, 0, 1), Date.UTC(2004, 0, 1)];

/**
 * `count` windows `[startMs, endMs]` cycling through `ZOOM_SPANS_DAYS`, each centred
 * on a seeded random day such that the window stays inside the data's years.
 *
 * @param {number} count
 * @param {number} seed
 * @returns {Array<[number, number]>}
 */
export function zoomWindows(count, seed) {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => {
    const span = ZOOM_SPANS_DAYS[i % ZOOM_SPANS_DAYS.length] * DAY;
    const start = FIRST_DAY + Math.round((random() * (LAST_DAY - FIRST_DAY - span)) / DAY) * DAY;
    return [start, start + span];
  });
}
