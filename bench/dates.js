// How the bench's events write their dates, for the "dates" phase: the same seeded
// document with its dates rewritten in the forms EDTF documents use, and in a form a
// document should not use, so that every path of the date reader is timed, not only the
// plain days the main phases load. Plain ESM: the page rewrites the data itself, and
// Node imports the list for the table.

/**
 * @typedef {import('./dataset.js').BenchDocument} BenchDocument
 * @typedef {import('./dataset.js').BenchEvent} BenchEvent
 * @typedef {object} DateKind
 * @property {string} name
 * @property {string} example how the first event's start is written
 * @property {number} badShare the share of events whose start is not a date (refused, each with a problem)
 * @property {(event: BenchEvent, i: number) => BenchEvent} write the event with its dates rewritten
 */

const QUALIFIERS = ['~', '?', '%'];
const pad = n => String(n).padStart(2, '0');
/** "17.05.1993" for "1993-05-17": the day-first form many countries write. */
const dayFirst = day => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

/** @type {DateKind[]} */
export const DATE_KINDS = [
  { name: 'plain days', example: '1993-05-17', badShare: 0, write: event => event },
  {
    // EDTF's commonest use: "circa", "perhaps", both.
    name: 'qualified',
    example: '1993-05-17~',
    badShare: 0,
    write: (event, i) => rewrite(event, day => day + QUALIFIERS[i % QUALIFIERS.length]),
  },
  {
    // "Sometime in June 2004" and "in the 1990s": unspecified digits, read by the grammar.
    name: 'unspecified',
    example: '1993-05-XX',
    badShare: 0,
    write: (event, i) => rewrite(event, day => (i % 2 === 0 ? `${day.slice(0, 8)}XX` : `${day.slice(0, 3)}X`)),
  },
  {
    // The ranges written as EDTF intervals in `start`; the points stay days, so the
    // events drawn are the plain ones (every event an interval made every event a range:
    // ~190 ms more to draw at 100,000, which was not reading).
    name: 'intervals',
    example: '1993-05-17/1993-06-02',
    badShare: 0,
    write: ({ end, ...event }) => (end === undefined ? event : { ...event, start: `${event.start}/${end}` }),
  },
  {
    // A log: instants to the minute, in UTC.
    name: 'times',
    example: '1993-05-17T00:00Z',
    badShare: 0,
    write: (event, i) => rewrite(event, day => `${day}T${pad(i % 24)}:${pad((i * 7) % 60)}Z`),
  },
  {
    // Every other event starts on a day written day first: each is refused, and reported
    // by event and field; the rest are the plain days.
    name: 'half not EDTF',
    example: '17.05.1993 (every other)',
    badShare: 0.5,
    write: (event, i) => (i % 2 === 0 ? event : { ...event, start: dayFirst(event.start) }),
  },
];

/** The event with `start` and `end` (when it has one) written by `form`. */
function rewrite(event, form) {
  return { ...event, start: form(event.start), ...(event.end ? { end: form(event.end) } : {}) };
}

/**
 * The document with every event's dates written as `kind` writes them.
 *
 * @param {BenchDocument} doc
 * @param {string} kind a DATE_KINDS name
 * @returns {BenchDocument}
 */
export function writeDates(doc, kind) {
  const found = DATE_KINDS.find(k => k.name === kind);
  if (!found) throw new Error(`unknown date kind ${JSON.stringify(kind)}`);
  return { ...doc, events: doc.events.map(found.write) };
}
