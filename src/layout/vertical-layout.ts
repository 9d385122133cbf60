/**
 * The vertical layout (`orientation="vertical"`, time running down the page, as in a
 * news article's sidebar): an axis on the left and one or two columns of marks, each
 * with its label to the right on one line. Marks and labels are packed along time as
 * in the horizontal layout (the same `packLane`), a label taking `lineHeight` px of
 * time; what fits no column merges into a counted cluster. Categories show as colours.
 * A pure function of the prepared data, the scale (time → y) and the geometry; its
 * result has the horizontal layout's shape, with time along y: `x0`/`x1` are the
 * mark's top and bottom, `y` its column's x.
 */
import type { TimeScale } from '../time/scale.js';
import { packLane, type PackItem } from './pack.js';
import { openEnd, openStart, type Prepared } from './prepare.js';
import { denseLimit, gather, startBuckets, tailLength, minimumBar, type ClusterLayout, type MarkLayout, type ViewLayout } from './view-layout.js';

/** Room a label takes along time, px. */
export const lineHeight = 16;
/** Width of the axis strip on the left, px. */
export const verticalAxisWidth = 72;
/** A second column when each can still hold this much label. */
const minColumnWidth = 190;
/** How much of a range's length (px) its column is kept free for. */
const rangeHold = 24;
/** How far beyond the view (px) marks are still laid out. */
const overscan = 120;

export interface VerticalGeometry {
  readonly width: number;
  readonly height: number;
  readonly columns: number;
  readonly columnWidth: number;
}

export function verticalGeometry(width: number, height: number): VerticalGeometry {
  const room = Math.max(0, width - verticalAxisWidth - 8);
  const columns = room >= 2 * minColumnWidth ? 2 : 1;
  return { width, height, columns, columnWidth: room / columns };
}

/** The x of column `column`'s marks. */
export const columnX = (geometry: VerticalGeometry, column: number): number => verticalAxisWidth + 22 + column * geometry.columnWidth;

/** Every event's earliest start in time order (`prepared.order`), made once per preparation. */
const startsInOrder = new WeakMap<Prepared, Float64Array>();

function orderedStarts(prepared: Prepared): Float64Array {
  let starts = startsInOrder.get(prepared);
  if (!starts) {
    const { order, startEarliest } = prepared;
    starts = new Float64Array(order.length);
    for (let i = 0; i < order.length; i++) starts[i] = startEarliest[order[i]];
    startsInOrder.set(prepared, starts);
  }
  return starts;
}

/**
 * The events to pack: each one in view, or, when the view holds more than `denseLimit`
 * (100,000 events fitted hold all of them), as the horizontal layout's dense lanes do:
 * those already running at the window's start one by one, the rest bucketed by start a
 * line of time apart, a bucket of more than a few being one group. The work then grows
 * with the buckets, not with the events.
 */
function candidates(prepared: Prepared, lo: number, hi: number, msPerPx: number): { singles: number[]; groups: readonly Int32Array[] } {
  let count = 0;
  for (const lane of prepared.lanes) count += lane.index.count(lo, hi);
  const singles: number[] = [];
  if (count <= denseLimit) {
    for (const lane of prepared.lanes) {
      const found = lane.index.query(lo, hi);
      for (let k = 0; k < found.length; k++) singles.push(lane.members[found[k]]);
    }
    return { singles, groups: [] };
  }
  for (const lane of prepared.lanes) {
    for (const position of lane.index.query(lo, lo)) if (lane.starts[position] < lo) singles.push(lane.members[position]);
  }
  const { order } = prepared;
  const bucketed = startBuckets(orderedStarts(prepared), order, lo, hi, msPerPx * lineHeight);
  for (let k = 0; k < bucketed.singles.length; k++) singles.push(order[bucketed.singles[k]]);
  return { singles, groups: bucketed.groups };
}

export function layoutVertical(prepared: Prepared, scale: TimeScale, geometry: VerticalGeometry): ViewLayout {
  const lo = scale.invert(-overscan);
  const hi = scale.invert(geometry.height + overscan);
  const { startEarliest, startLatest, endEarliest, endLatest, openEnds, laneOf, rank } = prepared;
  const { singles: visible, groups } = candidates(prepared, lo, hi, (hi - lo) / (geometry.height + 2 * overscan));
  visible.sort((a, b) => rank[a] - rank[b]);
  const clampY = (y: number) => Math.max(-overscan, Math.min(geometry.height + overscan, y));
  /** Each visible event's top and bottom, px. */
  const spans = new Map<number, readonly [number, number]>();
  // In time order, so in order of their tops too: what packLane wants.
  const items: PackItem[] = visible.map(event => {
    const top = clampY(scale(startEarliest[event]));
    const bottom = Math.max(top, clampY(scale(endLatest[event])));
    spans.set(event, [top, bottom]);
    // A long bar keeps its column to itself only for its first `rangeHold` px: later
    // events' dots may sit on its faded rest rather than all turning into clusters.
    const held = Math.min(bottom + (openEnds[event] & openEnd ? tailLength : 0), top + rangeHold);
    // A dot's label is centred on the dot, up to `minimumBar / 2` px below its top: the
    // item reaches a line below that centre, so labels in a column stay a line apart.
    // (Its top stays `top - lineHeight / 2`, keeping the items sorted as packLane wants.)
    const label = bottom - top < minimumBar ? (top + bottom) / 2 : top;
    return { index: event, x0: top - lineHeight / 2, x1: Math.max(label + lineHeight / 2, held + 2), markEnd: Math.max(top - lineHeight / 2, held) };
  });
  if (groups.length > 0) {
    // A group is a badge a line high where its first event starts.
    groups.forEach((group, g) => {
      const top = clampY(scale(startEarliest[group[0]]));
      items.push({ index: -1 - g, x0: top - lineHeight / 2, x1: top + lineHeight / 2 });
    });
    items.sort((a, b) => a.x0 - b.x0 || a.index - b.index);
  }
  const packed = packLane(items, { rows: geometry.columns, gap: 1, clusterWidth: lineHeight });
  const cluster = (row: number, x0: number, x1: number, members: readonly number[]): ClusterLayout => {
    const events = gather(members, groups, rank);
    return {
      lane: laneOf[events[0]],
      row,
      y: columnX(geometry, row),
      x0,
      x1: Math.max(x1, x0 + lineHeight),
      events,
      start: startEarliest[events[0]],
      end: startEarliest[events[events.length - 1]],
    };
  };
  const clusters: ClusterLayout[] = packed.clusters.map(merged => cluster(merged.row, merged.x0, merged.x1, merged.indices));
  const marks: MarkLayout[] = [];
  for (const { index: event, row, x0, x1 } of packed.placed) {
    if (event < 0) {
      clusters.push(cluster(row, x0, x1, [event]));
      continue;
    }
    const [top, bottom] = spans.get(event)!;
    const dot = bottom - top < minimumBar;
    marks.push({
      event,
      lane: laneOf[event],
      row,
      y: columnX(geometry, row),
      x0: top,
      x1: bottom,
      core0: clampY(scale(startLatest[event])),
      core1: clampY(scale(endEarliest[event])),
      labelX: dot ? (top + bottom) / 2 : top,
      dot,
      tailFrom: openEnds[event] & openStart ? top - tailLength : undefined,
      tailTo: openEnds[event] & openEnd ? bottom + tailLength : undefined,
    });
  }
  return { marks, clusters, lanes: [] };
}
