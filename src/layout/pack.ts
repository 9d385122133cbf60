/**
 * Row packing within one lane: items (a mark and its label) go, left to right, into
 * the first row where they clear the previous item by `gap` px (greedy first fit).
 * An item that fits no row joins a cluster in the last row, drawn as a badge with a
 * count: the item is merged with what it runs into there, the cluster already open
 * or the item last placed (which is evicted into the new cluster).
 *
 * Because the sweep goes left to right and each row fills from the left, the only
 * thing an overflowing item can run into in the last row is that row's last entry, so
 * clustering never reaches back. Every decision compares differences of positions, so
 * shifting all x by the same amount shifts the result and changes nothing else
 * (exactly, for positions and shifts that are whole pixels): panning never reshuffles.
 */

/** One item to pack: its mark and label span [x0, x1] px. */
export interface PackItem {
  /** The caller's id for the item (an event index). */
  readonly index: number;
  /** Left edge of the mark. */
  readonly x0: number;
  /** Right edge of the mark or its label, whichever is further right. */
  readonly x1: number;
  /** Right edge of the mark alone (default `x1`): a cluster covers marks, not the labels it hides. */
  readonly markEnd?: number;
}

/** Options of `packLane`. */
export interface PackOptions {
  /** Rows in the lane, at least 1. */
  readonly rows: number;
  /** Least space between two things in a row, px. */
  readonly gap: number;
  /** Narrowest cluster, px: room for its badge and count (default `defaultClusterWidth`). */
  readonly clusterWidth?: number;
}

/** An item drawn on its own. */
export interface PlacedItem {
  readonly index: number;
  readonly row: number;
  readonly x0: number;
  readonly x1: number;
}

/** Items drawn as one badge: its extent covers its members' marks and is at least `clusterWidth` wide. */
export interface Cluster {
  readonly row: number;
  readonly x0: number;
  readonly x1: number;
  /** Member indices, in input order. */
  readonly indices: readonly number[];
}

/** What `packLane` returns: every input index is in exactly one of the two. */
export interface Packing {
  readonly placed: readonly PlacedItem[];
  readonly clusters: readonly Cluster[];
}

/** Default narrowest cluster, px: a badge with a two-digit count. */
export const defaultClusterWidth = 24;

interface OpenCluster {
  row: number;
  x0: number;
  x1: number;
  indices: number[];
}

function checkOptions({ rows, gap, clusterWidth = defaultClusterWidth }: PackOptions): Required<PackOptions> {
  if (!(Number.isInteger(rows) && rows >= 1)) throw new RangeError(`invalid rows: ${rows}`);
  if (!(gap >= 0 && gap < Infinity)) throw new RangeError(`invalid gap: ${gap}`);
  if (!(clusterWidth >= 0 && clusterWidth < Infinity)) throw new RangeError(`invalid clusterWidth: ${clusterWidth}`);
  return { rows, gap, clusterWidth };
}

function checkItem(item: PackItem, previous: PackItem | undefined): void {
  const { index, x0, x1, markEnd = x1 } = item;
  if (!(Number.isFinite(x0) && x1 >= x0 && x1 < Infinity && markEnd >= x0 && markEnd <= x1)) {
    throw new RangeError(`invalid item ${index}: [${x0}, ${x1}], mark to ${markEnd}`);
  }
  if (previous && x0 < previous.x0) throw new RangeError(`items not sorted by x0: ${index} at ${x0} after ${previous.index} at ${previous.x0}`);
}

/**
 * Packs items sorted by x0 into `rows` rows: nothing in a row comes within `gap` px of
 * anything else in it, and each index is placed once or clustered once. Deterministic.
 * Throws a RangeError for unsorted items, an item with x1 < x0, or invalid options.
 */
export function packLane(items: readonly PackItem[], options: PackOptions): Packing {
  const { rows, gap, clusterWidth } = checkOptions(options);
  const lastRow = rows - 1;
  /** Right edge of each row's last entry. */
  const rowEnd = new Float64Array(rows).fill(-Infinity);
  /** Placed items by slot; a slot empties when its item is evicted into a cluster. */
  const placed: (PlacedItem | undefined)[] = [];
  const clusters: OpenCluster[] = [];
  /** The last row's last entry: a placed item (its slot and mark's end), or an open cluster. */
  let tail: { slot: number; markEnd: number } | undefined;
  let tailCluster: OpenCluster | undefined;

  items.forEach((item, i) => {
    checkItem(item, items[i - 1]);
    const { index, x0, x1, markEnd = x1 } = item;
    let row = 0;
    while (row < rows && x0 < rowEnd[row] + gap) row++;
    if (row < rows) {
      placed.push({ index, row, x0, x1 });
      rowEnd[row] = x1;
      if (row === lastRow) [tail, tailCluster] = [{ slot: placed.length - 1, markEnd }, undefined];
      return;
    }
    // It fits no row, so it runs into the last row's last entry: join or make a cluster there.
    if (!tailCluster) {
      // The last row is not empty (else the item would fit it), and its last entry is placed.
      const { slot, markEnd: evictedEnd } = tail!;
      const evicted = placed[slot]!;
      placed[slot] = undefined;
      tailCluster = { row: lastRow, x0: evicted.x0, x1: Math.max(evicted.x0 + clusterWidth, evictedEnd), indices: [evicted.index] };
      clusters.push(tailCluster);
      tail = undefined;
    }
    tailCluster.indices.push(index);
    tailCluster.x1 = Math.max(tailCluster.x1, markEnd);
    rowEnd[lastRow] = tailCluster.x1;
  });
  return { placed: placed.filter(item => item !== undefined), clusters };
}
