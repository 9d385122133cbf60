/**
 * What the current view shows: for each lane, the events in the visible window
 * (found through the lane's interval index, never by scanning all events) placed in
 * rows without overlap, and clusters where they are too dense to label. A pure
 * function of the prepared data, the scale and the geometry.
 */
import type { ScaleTime } from 'd3-scale';
import { type Prepared, openEnd, openStart } from './prepare.js';
import { type Geometry, type LaneBox, allocateRows, clusterWidth, itemGap, laneBoxes, maxRows, pointSize, rowHeight } from './geometry.js';
import { packLane, type PackItem } from './pack.js';

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
  /** The events it holds, in time order. */
  readonly events: readonly number[];
  /** Wall-clock extent of its events. */
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

function place(prepared: Prepared, event: number, scale: ScaleTime<number, number>, width: number, labelWidth: number): Placement {
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
  scale: ScaleTime<number, number>,
  geometry: Geometry,
  labelWidth: (event: number) => number,
): ViewLayout {
  const { width } = geometry;
  const lo = +scale.invert(-overscan);
  const hi = +scale.invert(width + overscan);
  const { startEarliest, startLatest, endEarliest, endLatest, openEnds } = prepared;

  // Pass 1: place each lane's visible events and pack them as if rows were plenty,
  // to learn how many rows each lane needs at this zoom.
  const lanes = prepared.lanes.map(lane => {
    const found = lane.index.query(lo, hi);
    const placements = new Map<number, Placement>();
    const items: PackItem[] = [];
    for (let k = 0; k < found.length; k++) {
      const event = lane.members[found[k]];
      const placement = place(prepared, event, scale, width, labelWidth(event));
      placements.set(event, placement);
      items.push({ index: event, x0: placement.from, x1: placement.to, markEnd: placement.right });
    }
    items.sort((a, b) => a.x0 - b.x0 || a.index - b.index);
    const packed = packLane(items, { rows: maxRows, gap: itemGap, clusterWidth });
    const used = Math.max(0, ...packed.placed.map(item => item.row + 1), ...packed.clusters.map(cluster => cluster.row + 1));
    return { items, placements, packed, used };
  });

  // Pass 2: share the rows out, and pack again where a lane got fewer than it needed.
  const rows = allocateRows(
    lanes.map(lane => lane.used),
    geometry.rows,
  );
  const boxes = laneBoxes(rows, geometry.headers, geometry.lanesTop);
  const marks: MarkLayout[] = [];
  const clusters: ClusterLayout[] = [];
  lanes.forEach(({ items, placements, packed: generous, used }, laneIndex) => {
    const box = boxes[laneIndex];
    const packed = used <= box.rows ? generous : packLane(items, { rows: box.rows, gap: itemGap, clusterWidth });
    const rowY = (row: number) => box.firstRow + row * rowHeight;
    for (const placed of packed.placed) {
      const event = placed.index;
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
    for (const cluster of packed.clusters) {
      let start = Infinity;
      let end = -Infinity;
      let first = Infinity;
      let last = -Infinity;
      for (const event of cluster.indices) {
        start = Math.min(start, startEarliest[event]);
        end = Math.max(end, endLatest[event]);
        const { left } = placements.get(event)!;
        first = Math.min(first, left);
        last = Math.max(last, left);
      }
      // A compact badge over where its events begin (on screen), inside the packed extent.
      const x0 = Math.min(Math.max(first, cluster.x0, 0), cluster.x1 - clusterWidth);
      const x1 = Math.max(x0 + clusterWidth, Math.min(last + pointSize, cluster.x1));
      const events = [...cluster.indices].sort((a, b) => prepared.rank[a] - prepared.rank[b]);
      clusters.push({ lane: laneIndex, row: cluster.row, y: rowY(cluster.row), x0, x1, events, start, end });
    }
  });
  return { marks, clusters, lanes: boxes };
}
