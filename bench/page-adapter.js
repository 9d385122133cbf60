// The interface both page adapters (page-ours.js, page-theirs.js) implement. The
// bench drives every library through it and nothing else.

/**
 * @typedef {{ x: number, y: number, width: number, height: number }} Box
 *
 * @typedef {object} Adapter
 * @property {(doc: import('./dataset.js').BenchDocument) => unknown} prepare
 *   Turns the generated document into the library's input (not timed).
 * @property {(input: unknown) => Promise<void>} load
 *   Hands the input over; resolves when the library has taken it in (timed, with the frames after).
 * @property {(start: number, end: number) => Promise<void>} zoomTo
 *   Shows the window [start, end] (epoch ms) without animation.
 * @property {(text: string) => Promise<void>} [search]
 *   Shows only the events matching `text` ('' for all), when the library can search.
 * @property {() => number} nodeCount
 *   How many DOM nodes the library draws (our shadow root's, or vis's container's descendants).
 * @property {() => { events: number, problems: number }} [read]
 *   How many events the library took in, and how many errors it reported (ours).
 * @property {() => Box} plotBox
 *   The interactive plot area in viewport px, where wheel and drag go.
 * @property {() => [number, number]} range
 *   The visible window [start, end] in epoch ms.
 */

/**
 * The page-side API the Node side calls through `page.evaluate` (`window.bench`).
 *
 * @typedef {object} BenchPage
 * @property {number} startMs ms from importing the library to its empty, mounted first frame
 * @property {(size: number, seed: number, dates?: string) => Promise<void>} prepare generates the data (its dates
 *   written as the DATE_KINDS entry `dates` writes them, when given) and converts it (not timed)
 * @property {() => Promise<number>} load loads the prepared data; returns ms to the first complete frame
 * @property {(start: number, end: number) => Promise<void>} zoomTo
 * @property {() => Promise<void>} settle waits for two animation frames
 * @property {((text: string) => Promise<void>) | undefined} search searches, then settles (undefined when the library cannot)
 * @property {() => number} nodeCount
 * @property {(() => { events: number, problems: number }) | undefined} read what the library took in (ours)
 * @property {() => Box} plotBox
 * @property {() => Box} hostBox the 1200 × 500 host
 * @property {() => [number, number]} range
 */

export {};
