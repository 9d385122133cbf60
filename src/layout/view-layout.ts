/**
 * What the current view shows: for each lane, the events in the visible window
 * (found through the lane's interval index, never by scanning all events) placed in
 * rows without overlap, and clusters where they are too dense to label. A pure
 * function of the prepared data, the scale and the geometry.
 */
import type { TimeScale } from '../time/scale.js';
import { bisector as d3Bisector } from 'd3-array';
import { type Lane, type Prepared, openEnd, openStart } from './prepare.js';
import { type Geometry, type LaneBox, allocateRows, clusterWidth, itemGap, laneBoxes, maxRows, pointSize, rowHeight } from './geometry.js';
import { packLane, type PackItem } from './pack.js';

const bisector = d3Bisector((t: number) => t);

/** How far beyond the view (px) events are still laid out, so labels slide in smoothly. */
const overscan = 400;
/** A mark narrower than this (px) is drawn as a point. */
export const minimumBar = 3;
/** Length of the dotted tail that stands for an open or unknown end (px). */
export const tailLength = 28;

export interface MarkLayout {
  readonly event: number;
  readonly lane: number;
  readonly row: number;
  /** Centre of the row's mark, px from the top. */
  readonly y: number;
  /** The event's extent in px: earliest start to latest end. */
  readonly x0: number;
  readonly x1: number;
  /** The certain core in px (latest start to earliest end); empty when there is none. */
  readonly core0: number;
  readonly core1: number;
  /** Where the label starts (kept on screen for ranges that start before the view). */
  readonly labelX: number;
  /** True when the mark is drawn as a dot: its extent is narrower than `minimumBar`. */
  readonly dot: boolean;
  /** For an open or unknown start or end, where its dotted tail begins or ends (px). */
  readonly tailFrom?: number;
  readonly tailTo?: number;
}

export interface ClusterLayout {
  readonly lane: number;
  readonly row: number;
  readonly y: number;
  readonly x0: number;
  readonly x1: number;
  /** The events it holds, in time order (a view into a lane's members where it can be). */
  readonly events: Int32Array;
  /** Wall-clock times of its first and last event's start. */
  readonly start: number;
  readonly end: number;
}

export interface ViewLayout {
  readonly marks: readonly MarkLayout[];
  readonly clusters: readonly ClusterLayout[];
  /** Where each lane sits at this zoom (busy lanes get more rows). */
  readonly lanes: readonly LaneBox[];
}

/** Keeps px values in a range SVG renders reliably (zoomed far in, times map far off-screen). */
const clampX = (x: number, width: number): number => Math.max(-overscan * 2, Math.min(width + overscan * 2, x));

/** Above this many events in view, a lane shows time buckets of them rather than each one. */
export const denseLimit = 300;
/** Bucket width in px (about a cluster badge and a gap). */
const bucketWidth = 36;
/** A bucket holding at most this many events shows them one by one. */
const bucketExpand = 2;

/** A lane's candidates: single events (positions in `members`) and groups of events. */
export interface Candidates {
  readonly singles: ArrayLike<number>;
  /** Groups of event indices, each a view into the lane's members (so in time order). */
  readonly groups: readonly Int32Array[];
}

/**
 * A dense lane's candidates: events already running at the window's start stay single;
 * the rest are bucketed by start into buckets a power-of-two number of ms wide and
 * aligned to the epoch, so that panning never moves a bucket's edges. A few binary
 * searches a bucket: the work does not grow with the number of events.
 */
function buckets(lane: Lane, lo: number, hi: number, msPerPx: number): Candidates {
  const singles: number[] = [];
  for (const position of lane.index.query(lo, lo)) if (lane.starts[position] < lo) singles.push(position);
  return startBuckets(lane.starts, lane.members, lo, hi, msPerPx * bucketWidth, singles);
}

/**
 * The events starting in [lo, hi], bucketed by start: `starts` ascending, `members`
 * the events in the same order. A bucket is a power-of-two number of ms wide (at least
 * `span` ms) and aligned to the epoch; one holding more than `bucketExpand` events is
 * a group (a view into `members`), the others' positions join `singles`.
 */
export function startBuckets(starts: Float64Array, members: Int32Array, lo: number, hi: number, span: number, singles: number[] = []): Candidates {
  const size = 2 ** Math.ceil(Math.log2(Math.max(1, span)));
  const groups: Int32Array[] = [];
  let p = bisector.left(starts, lo);
  const end = bisector.right(starts, hi);
  while (p < end) {
    const next = Math.min(end, bisector.left(starts, (Math.floor(starts[p] / size) + 1) * size, p));
    if (next - p <= bucketExpand) for (let q = p; q < next; q++) singles.push(q);
    else groups.push(members.subarray(p, next));
    p = next;
  }
  return { singles, groups };
}

/** Largest cluster whose events are put back in exact time order each frame. */
const sortLimit = 2000;

/** The events of a cluster's members: events (≥ 0) and groups (−1 − g), as one array. */
export function gather(members: readonly number[], groups: readonly Int32Array[], rank: Int32Array): Int32Array {
  if (members.length === 1 && members[0] < 0) return groups[-1 - members[0]];
  let total = 0;
  for (const member of members) total += member < 0 ? groups[-1 - member].length : 1;
  const events = new Int32Array(total);
  let at = 0;
  for (const member of members) {
    if (member < 0) {
      events.set(groups[-1 - member], at);
      at += groups[-1 - member].length;
    } else events[at++] = member;
  }
  return total <= sortLimit && !inOrder(events, rank) ? events.sort((a, b) => rank[a] - rank[b]) : events;
}

/** Whether `events` are in time order already (members gathered left to right mostly are). */
function inOrder(events: Int32Array, rank: Int32Array): boolean {
  for (let i = 1; i < events.length; i++) if (rank[events[i - 1]] > rank[events[i]]) return false;
  return true;
}

/** Where one event's mark and label sit in px, before packing. */
interface Placement {
  readonly x0: number;
  readonly x1: number;
  readonly labelX: number;
  readonly dot: boolean;
  /** The mark's own extent, tails included (the cluster badge covers these). */
  readonly left: number;
  readonly right: number;
  /** The extent of mark and label together (what packing keeps apart). */
  readonly from: number;
  readonly to: number;
}

function place(prepared: Prepared, event: number, scale: TimeScale, width: number, labelWidth: number): Placement {
  const x0 = clampX(scale(prepared.startEarliest[event]), width);
  const x1 = clampX(scale(prepared.endLatest[event]), width);
  const dot = x1 - x0 < minimumBar;
  const open = prepared.openEnds[event];
  const left = (dot ? (x0 + x1) / 2 - pointSize / 2 : x0) - (open & openStart ? tailLength : 0);
  const right = (dot ? (x0 + x1) / 2 + pointSize / 2 : x1) + (open & openEnd ? tailLength : 0);
  // A range that starts before the view keeps its label on screen; near the right edge
  // a label runs leftwards so it is not cut off.
  let labelX = dot ? left : Math.max(x0, Math.min(0, x1 - pointSize));
  labelX = Math.min(labelX, Math.max(0, width - labelWidth));
  return { x0, x1, labelX, dot, left, right, from: Math.min(left, labelX), to: Math.max(right, labelX + labelWidth) };
}

export function layoutView(
  prepared: Prepared,
  scale: TimeScale,
  geometry: Geometry,
  labelWidth: (event: number) => number,
): ViewLayout {
  const { width } = geometry;
  const lo = +scale.invert(-overscan);
  const hi = +scale.invert(width + overscan);
  const { startEarliest, startLatest, endEarliest, openEnds } = prepared;

  // Pass 1: the candidates of each lane (its events, or where they are too many to
  // show one by one, time buckets of them), packed as if rows were plenty, to learn
  // how many rows each lane needs at this zoom.
  const msPerPx = (hi - lo) / (width + 2 * overscan);
  const lanes = prepared.lanes.map(lane => {
    const candidates = lane.index.count(lo, hi) > denseLimit ? buckets(lane, lo, hi, msPerPx) : { singles: lane.index.query(lo, hi), groups: [] };
    const placements = new Map<number, Placement>();
    const items: PackItem[] = [];
    for (let k = 0; k < candidates.singles.length; k++) {
      const event = lane.members[candidates.singles[k]];
      const placement = place(prepared, event, scale, width, labelWidth(event));
      placements.set(event, placement);
      items.push({ index: event, x0: placement.from, x1: placement.to, markEnd: placement.right });
    }
    candidates.groups.forEach((group, g) => {
      const x = clampX(scale(startEarliest[group[0]]), width);
      items.push({ index: -1 - g, x0: x, x1: x + clusterWidth, markEnd: x + clusterWidth });
    });
    items.sort((a, b) => a.x0 - b.x0 || a.index - b.index);
    const packed = packLane(items, { rows: maxRows, gap: itemGap, clusterWidth });
    const used = Math.max(0, ...packed.placed.map(item => item.row + 1), ...packed.clusters.map(cluster => cluster.row + 1));
    return { items, placements, groups: candidates.groups, packed, used };
  });

  // Pass 2: share the rows out, and pack again where a lane got fewer than it needed.
  const rows = allocateRows(
    lanes.map(lane => lane.used),
    geometry.rows,
  );
  const boxes = laneBoxes(rows, geometry.headers, geometry.lanesTop);
  const marks: MarkLayout[] = [];
  const clusters: ClusterLayout[] = [];
  lanes.forEach(({ items, placements, groups, packed: generous, used }, laneIndex) => {
    const box = boxes[laneIndex];
    const packed = used <= box.rows ? generous : packLane(items, { rows: box.rows, gap: itemGap, clusterWidth });
    const rowY = (row: number) => box.firstRow + row * rowHeight;
    const cluster = (row: number, x0: number, x1: number, members: readonly number[]) => {
      const events = gather(members, groups, prepared.rank);
      const start = startEarliest[events[0]];
      const end = startEarliest[events[events.length - 1]];
      clusters.push({ lane: laneIndex, row, y: rowY(row), x0, x1, events, start, end });
    };
    for (const placed of packed.placed) {
      const event = placed.index;
      if (event < 0) {
        cluster(placed.row, placed.x0, placed.x1, [event]);
        continue;
      }
      const { x0, x1, labelX, dot, left, right } = placements.get(event)!;
      marks.push({
        event,
        lane: laneIndex,
        row: placed.row,
        y: rowY(placed.row),
        x0,
        x1,
        core0: clampX(scale(startLatest[event]), width),
        core1: clampX(scale(endEarliest[event]), width),
        labelX,
        dot,
        tailFrom: openEnds[event] & openStart ? left : undefined,
        tailTo: openEnds[event] & openEnd ? right : undefined,
      });
    }
    for (const merged of packed.clusters) {
      let first = Infinity;
      let last = -Infinity;
      for (const index of merged.indices) {
        const left = index < 0 ? clampX(scale(startEarliest[groups[-1 - index][0]]), width) : placements.get(index)!.left;
        first = Math.min(first, left);
        last = Math.max(last, left);
      }
      // A compact badge over where its events begin (on screen), inside the packed extent.
      const x0 = Math.min(Math.max(first, merged.x0, 0), merged.x1 - clusterWidth);
      const x1 = Math.max(x0 + clusterWidth, Math.min(last + pointSize, merged.x1));
      cluster(merged.row, x0, x1, merged.indices);
    }
  });
  return { marks, clusters, lanes: boxes };
}
