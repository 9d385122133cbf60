/**
 * Everything about a document that does not depend on the zoom: its events' wall-clock
 * extents in the display zone, its lanes with an interval index each, and the global
 * time order used by the keyboard. Built once per document and zone, never per frame.
 */
import type { Category, TimelineDate, TimelineDocument, TimelineEvent } from '../model/types.js';
import { toWall } from '../time/wall.js';
import type { Domain } from '../time/view.js';
import { IntervalIndex } from './interval-index.js';
import { argsort } from './argsort.js';
import { paletteColor } from './palette.js';
import { inputIndexCount } from '../model/input-index.js';
import { IdIndex, type IdLookup } from '../model/id-index.js';

/** `openEnds` flag: the start is open or unknown ("../2000", "/2015"). */
export const openStart = 1;
/** `openEnds` flag: the end is open or unknown ("2020/..", "1990/"). */
export const openEnd = 2;

/** Which ends of an event are open or unknown, as `openStart | openEnd` flags. */
export function openEndsOf(event: TimelineEvent): number {
  const { start, end } = event;
  const last = end ?? start;
  return (start.interval && !start.interval.start ? openStart : 0) | (last.interval && !last.interval.end ? openEnd : 0);
}

/** Era colours when the document gives none: muted, so bands stay behind the marks. */
const eraColors = ['#8a8f99', '#b08d57', '#6d8fb3'];

/** The label for events without a category. */
export const defaultCategoryLabel = 'Other';

export interface Lane {
  readonly category: Category;
  readonly color: string;
  /** Position of the lane, top to bottom. */
  readonly position: number;
  /** Event indices in this lane, in wall-clock start order. */
  readonly members: Int32Array;
  /** The members' earliest wall-clock starts (ascending). */
  readonly starts: Float64Array;
  /** Index over the members' [earliest, latest] wall extents (positions into `members`). */
  readonly index: IntervalIndex;
}

/** An era in wall-clock time, as drawn. */
export interface EraBand {
  readonly label: string;
  readonly start: number;
  readonly end: number;
  readonly color: string;
}

export interface Prepared {
  readonly document: TimelineDocument;
  readonly lanes: readonly Lane[];
  /** Lane position of each event. */
  readonly laneOf: Int32Array;
  /**
   * Wall-clock times of each event (see src/time/wall.ts), by event index: the start's
   * earliest and latest possible instants, and the end's (the start's again for points).
   */
  readonly startEarliest: Float64Array;
  readonly startLatest: Float64Array;
  readonly endEarliest: Float64Array;
  readonly endLatest: Float64Array;
  /** Bit flags per event: `openStart`, `openEnd` (an interval end that is open or unknown). */
  readonly openEnds: Uint8Array;
  /** All event indices in time order (by earliest start, ties in input order). */
  readonly order: Int32Array;
  /** Position of each event in `order`. */
  readonly rank: Int32Array;
  /** Event index by String(id). */
  readonly byId: IdLookup;
  /** The eras in wall-clock time, with their colours settled. */
  readonly eras: readonly EraBand[];
  /** The wall-clock span that holds every event and era. */
  readonly extent: Domain;
}

/**
 * The time order of a subset, read off the larger document's: its events keep their
 * relative order there, so ties stay in input order, as `argsort` would leave them.
 */
function subsetOrder(order: Int32Array, here: Int32Array, n: number): Int32Array {
  const result = new Int32Array(n);
  let k = 0;
  for (let p = 0; p < order.length; p++) {
    const i = here[order[p]];
    if (i >= 0) result[k++] = i;
  }
  return result;
}

/** Wall-clock value of an instant or calendar date in `zone`. */
const wall = (date: TimelineDate, ms: number, zone: string): number => (date.calendar ? ms : toWall(ms, zone));

/** Whether a date is known to the day or finer, with no qualifier: then it has no fuzzy part. */
const exact = (date: TimelineDate): boolean =>
  !date.approximate && !date.uncertain && !date.unspecified && (date.precision === 'day' || date.precision === 'minute' || date.precision === 'second');

/**
 * The two uncertain spans of an event, as wall-clock times [s0, s1, e0, e1]: it began
 * between s0 and s1 and ended between e0 and e1; [s1, e0] is its certain core. A
 * date known exactly to the day has no fuzzy part (s1 = s0, e0 = e1). A point's two
 * spans are its own. An interval end that is unknown or open ("/2015", "2020/..")
 * spans all the time the date allows on that side.
 */
export function eventSpans(event: TimelineEvent, zone: string, out: Float64Array = new Float64Array(4)): Float64Array {
  const { start, end } = event;
  const from = start.interval ? start.interval.start : start;
  const to = end ? (end.interval ? end.interval.end : end) : start.interval ? start.interval.end : start;
  const last = end ?? start;
  const s0 = wall(start, start.earliest, zone);
  const e1 = wall(last, last.latest, zone);
  const s1 = !from ? e1 : exact(from) ? s0 : Math.min(e1, wall(from, from.latest, zone));
  const e0 = !to ? s0 : exact(to) ? e1 : Math.max(s0, wall(to, to.earliest, zone));
  // Written into `out` rather than returned as a new array: prepare calls this for every
  // event, and 100,000 short-lived arrays cost more in garbage collection than the work.
  out[0] = s0;
  out[1] = s1;
  out[2] = e0;
  out[3] = e1;
  return out;
}

/** A document colour, when the browser reads it as a colour (anything else could inject CSS). */
export function usableColor(color: string | undefined): string | undefined {
  return color && typeof CSS !== 'undefined' && CSS.supports('color', color) ? color : undefined;
}

/** `laneCategories` by document: each filter asks it of the whole document again (~9 ms at 100,000 events). */
const categoriesOf = new WeakMap<TimelineDocument, readonly Category[]>();

/** Lanes in document order: declared categories that have events, then automatic ones; "" last. */
export function laneCategories(document: TimelineDocument): readonly Category[] {
  let lanes = categoriesOf.get(document);
  if (!lanes) categoriesOf.set(document, (lanes = usedCategories(document)));
  return lanes;
}

function usedCategories(document: TimelineDocument): Category[] {
  // A loop, not `new Set(events.map(…))`: no array of every event's category on the way.
  // Indexed, not `for…of`: it runs once a load, mostly before the engine has compiled it,
  // and the iterator's calls cost more than the work there. An event of the category
  // before it (documents often come grouped) skips the set.
  const used = new Set<string>();
  const { events } = document;
  let last: string | undefined;
  for (let i = 0; i < events.length; i++) {
    const category = events[i].category;
    if (category !== last) used.add((last = category));
  }
  const lanes = document.categories.filter(category => used.has(category.id));
  if (used.has('') && !lanes.some(category => category.id === '')) {
    lanes.push({ id: '', label: defaultCategoryLabel, automatic: true });
  }
  return lanes;
}

/** Each event's position in `prepared.document.events`, by its input index (see `within` below). */
const positions = new WeakMap<Prepared, Int32Array>();

function positionsIn(prepared: Prepared): Int32Array {
  let found = positions.get(prepared);
  if (!found) {
    const { events } = prepared.document;
    found = new Int32Array(inputIndexCount(events)).fill(-1);
    for (let i = 0; i < events.length; i++) found[events[i].index] = i;
    positions.set(prepared, found);
  }
  return found;
}

/**
 * Prepares `document` for drawing in `zone`. `fixedLanes`, when given, are the lanes to
 * draw whatever events there are (a filtered view keeps its lanes and their colours);
 * by default, the categories that have events.
 *
 * `within`, when given, is the preparation of a document (in the same zone) whose events
 * include all of this one's in the same order, as a filter's result is drawn from the
 * whole document: the spans are then copied from it and its time order kept, rather than
 * each date converted and the events sorted again (searches over 100,000 events:
 * 83 → 50 ms at the median).
 */
export function prepare(document: TimelineDocument, zone: string, fixedLanes?: readonly Category[], within?: Prepared): Prepared {
  const events = document.events;
  const n = events.length;
  const categories = fixedLanes ?? laneCategories(document);
  const laneByCategory = new Map(categories.map((category, i) => [category.id, i]));
  const startEarliest = new Float64Array(n);
  const startLatest = new Float64Array(n);
  const endEarliest = new Float64Array(n);
  const endLatest = new Float64Array(n);
  const openEnds = new Uint8Array(n);
  const laneOf = new Int32Array(n);
  const laneSizes = new Int32Array(categories.length);
  const spans = new Float64Array(4);
  // With `within`: each of its events' position there, by input index, and where each
  // of its events is here (−1 where it is not), for its time order; how many were found.
  const at = within && positionsIn(within);
  const here = within && new Int32Array(within.document.events.length).fill(-1);
  // With `within`: the lane here of each of its lanes, so an event found there needs no lookup by category.
  const laneFrom = within?.lanes.map(lane => laneByCategory.get(lane.category.id) ?? -1);
  let found = 0;
  // One pass over the event objects; everything after works on typed arrays.
  for (let i = 0; i < n; i++) {
    const event = events[i];
    const j = at?.[event.index] ?? -1;
    let lane: number;
    if (within && here && laneFrom && j >= 0 && within.document.events[j] === event && laneFrom[within.laneOf[j]] >= 0) {
      lane = laneFrom[within.laneOf[j]];
      here[j] = i;
      found++;
      startEarliest[i] = within.startEarliest[j];
      startLatest[i] = within.startLatest[j];
      endEarliest[i] = within.endEarliest[j];
      endLatest[i] = within.endLatest[j];
      openEnds[i] = within.openEnds[j];
    } else {
      eventSpans(event, zone, spans);
      startEarliest[i] = spans[0];
      startLatest[i] = spans[1];
      endEarliest[i] = spans[2];
      endLatest[i] = spans[3];
      openEnds[i] = openEndsOf(event);
      lane = laneByCategory.get(event.category)!;
    }
    laneOf[i] = lane;
    laneSizes[lane]++;
  }

  // Every event was found in `within`: its time order and its lanes' indexes can be read off it.
  const allFound = within !== undefined && found === n;
  const order = allFound && here ? subsetOrder(within.order, here, n) : argsort(startEarliest);
  const rank = new Int32Array(n);
  for (let position = 0; position < n; position++) rank[order[position]] = position;

  // Each lane's members in time order: a stable distribution of `order` by lane.
  const members = categories.map((_, lane) => new Int32Array(laneSizes[lane]));
  const filled = new Int32Array(categories.length);
  for (let position = 0; position < n; position++) {
    const event = order[position];
    const lane = laneOf[event];
    members[lane][filled[lane]++] = event;
  }
  // With `within`, a lane that holds all of its lane's events there (a category left on
  // while another is switched off) keeps its starts and index: they are by position in the
  // lane, which is the same. Only the event indices are new.
  const kept = allFound ? new Map(within.lanes.map(lane => [lane.category.id, lane])) : undefined;
  const lanes = categories.map((category, i): Lane => {
    const own = members[i];
    const color = usableColor(category.color) ?? paletteColor(i);
    const same = kept?.get(category.id);
    if (same && same.members.length === own.length) return { category, color, position: i, members: own, starts: same.starts, index: same.index };
    const starts = new Float64Array(own.length);
    const ends = new Float64Array(own.length);
    for (let k = 0; k < own.length; k++) {
      starts[k] = startEarliest[own[k]];
      ends[k] = endLatest[own[k]];
    }
    return { category, color, position: i, members: own, starts, index: new IntervalIndex(starts, ends) };
  });

  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    if (startEarliest[i] < lo) lo = startEarliest[i];
    if (endLatest[i] > hi) hi = endLatest[i];
  }
  const eras = document.eras.map(
    (era, i): EraBand => ({
      label: era.label,
      start: wall(era.start, era.start.earliest, zone),
      end: wall(era.end, era.end.latest, zone),
      color: usableColor(era.color) ?? eraColors[i % eraColors.length],
    }),
  );
  for (const era of eras) {
    lo = Math.min(lo, era.start);
    hi = Math.max(hi, era.end);
  }
  // Looked up only on selection and focus: built on first use, not on every load.
  let byId: IdIndex | undefined;
  return {
    document,
    lanes,
    laneOf,
    startEarliest,
    startLatest,
    endEarliest,
    endLatest,
    openEnds,
    order,
    rank,
    get byId() {
      return (byId ??= IdIndex.of(events.map(event => String(event.id))));
    },
    eras,
    extent: [lo, hi],
  };
}
