// The synthetic event documents, in our format and in vis-timeline's.
// Plain ESM: the bench page generates the data itself (so a million events never
// cross the DevTools protocol), and Node can import it for checks.
import { mulberry32, randomInt } from './prng.js';

/** First day events may start on (UTC). */
export const FIRST_DAY = Date.UTC(1990, 0, 1);
/** Last day events may end on (UTC). */
export const LAST_DAY = Date.UTC(2024, 11, 31);
/** Share of events that are one-day points; the rest are ranges. */
export const POINT_SHARE = 0.7;
/** Shortest and longest range, in days (inclusive). */
export const RANGE_DAYS = [1, 90];
/** How many categories (lanes / groups) the events spread over. */
export const CATEGORY_COUNT = 6;

const DAY = 86_400_000;

/**
 * Our document format, as generated.
 *
 * @typedef {{ id: string, title: string, start: string, end?: string, category: string }} BenchEvent
 * @typedef {{ categories: Array<{ id: string, label: string }>, events: BenchEvent[] }} BenchDocument
 */

/** "YYYY-MM-DD" of a UTC midnight in epoch ms. */
const isoDay = ms => new Date(ms).toISOString().slice(0, 10);

/**
 * A seeded document of `size` events over 1990–2024, in our format:
 * `{ categories: [{ id, label }], events: [{ id, title, start, end?, category }] }`.
 *
 * @param {number} size number of events
 * @param {number} seed PRNG seed
 * @returns {BenchDocument}
 */
export function generateDocument(size, seed) {
  const random = mulberry32(seed);
  const categories = Array.from({ length: CATEGORY_COUNT }, (_, i) => ({ id: `c${i + 1}`, label: `Category ${i + 1}` }));
  const days = (LAST_DAY - FIRST_DAY) / DAY;
  const events = new Array(size);
  for (let i = 0; i < size; i++) {
    const isPoint = random() < POINT_SHARE;
    const length = isPoint ? 0 : randomInt(random, RANGE_DAYS[0], RANGE_DAYS[1]);
    const startDay = randomInt(random, 0, days - length);
    const event = {
      id: `e${i + 1}`,
      title: `Event ${i + 1}`,
      start: isoDay(FIRST_DAY + startDay * DAY),
      category: categories[randomInt(random, 0, CATEGORY_COUNT - 1)].id,
    };
    if (!isPoint) event.end = isoDay(FIRST_DAY + (startDay + length) * DAY);
    events[i] = event;
  }
  return { categories, events };
}

/**
 * The same document as vis-timeline input: items `{ id, content, start, end?, group, type }`
 * ('point' for points, 'range' for ranges) and groups `{ id, content }`.
 *
 * @param {BenchDocument} doc
 */
export function toVis(doc) {
  const groups = doc.categories.map(({ id, label }) => ({ id, content: label }));
  const items = doc.events.map(({ id, title, start, end, category }) =>
    end === undefined
      ? { id, content: title, start, group: category, type: 'point' }
      : { id, content: title, start, end, group: category, type: 'range' },
  );
  return { items, groups };
}
