/**
 * A static index over closed intervals [start, end]: which intervals overlap a window,
 * in start order, in O(log n + k). It is an implicit augmented interval tree (Heng
 * Li's cgranges): the intervals sorted by start *are* the tree, read in order. The node
 * at position i has level = the number of trailing 1 bits of i; its children sit
 * 2^(level−1) either side; each node keeps the greatest end in its subtree, so a
 * subtree that ends before the window is skipped whole. Long ranges only raise the
 * maxima on their path: they never make a query scan.
 *
 * Also the time order of the intervals (by start, then input order), for keyboard
 * navigation: `order`, `nearest`, `next`, `prev`.
 */
import { argsort } from './argsort.js';

/** Subtrees this small (2^(level+1) − 1 nodes) are scanned in a line: cheaper than descending. */
const linearLevel = 3;
/** Entries (position, level, flag) the traversal stack holds: about two per level of a tree of up to 2^31 nodes. */
const stackSize = 64;
/** Initial result buffer; it doubles when a query returns more. */
const initialResults = 256;
/** `next`, `prev`, `nearest` when there is no such interval. */
const none = -1;

/** The first position in ascending `values` whose value is > `t` (or >= `t` when `strict` is false). */
function bisect(values: Float64Array, t: number, strict: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strict ? values[mid] <= t : values[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An immutable index over n closed intervals; interval i is [starts[i], ends[i]]. */
export class IntervalIndex {
  /** Interval indices in ascending start order (ties in input order). */
  readonly order: Int32Array;
  /** How many intervals there are. */
  readonly size: number;
  /** Starts, ends and subtree maxima, by position in `order`. */
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private readonly maxEnd: Float64Array;
  /** All ends ascending, for `count`; sorted on its first call, as few callers count. */
  private sortedEnds?: Float64Array;
  /** Position in `order` of each interval index. */
  private readonly rank: Int32Array;
  /** Level of the root; −1 when empty. */
  private readonly rootLevel: number;
  private readonly stack = new Int32Array(stackSize * 3);
  private results = new Int32Array(initialResults);

  /**
   * Indexes intervals [starts[i], ends[i]]. Throws a RangeError when the lengths differ
   * or an interval has a missing bound or ends before it starts. Sorting is skipped
   * when the starts already ascend (as prepare.ts gives them).
   */
  constructor(starts: ArrayLike<number>, ends: ArrayLike<number>) {
    const n = starts.length;
    if (ends.length !== n) throw new RangeError(`invalid interval ends: ${ends.length} ends for ${n} starts`);
    for (let i = 0; i < n; i++) {
      if (!(ends[i] >= starts[i])) throw new RangeError(`invalid interval ${i}: [${starts[i]}, ${ends[i]}]`);
    }
    this.size = n;
    this.order = argsort(starts);
    // Plain loops: typed-array `from` with a map function is several times slower here.
    this.starts = new Float64Array(n);
    this.ends = new Float64Array(n);
    this.rank = new Int32Array(n);
    for (let position = 0; position < n; position++) {
      const index = this.order[position];
      this.starts[position] = starts[index];
      this.ends[position] = ends[index];
      this.rank[index] = position;
    }
    this.maxEnd = new Float64Array(n);
    this.rootLevel = this.augment();
  }

  /** Fills `maxEnd` bottom-up, level by level (cgranges' index_core); returns the root's level. */
  private augment(): number {
    const { ends, maxEnd, size: n } = this;
    if (n === 0) return -1;
    // `last` is the maximum of the subtree holding the last position: it stands in for
    // right children past the end of the array, which exist only in the implicit tree.
    let lastPosition = 0;
    let last = 0;
    for (let i = 0; i < n; i += 2) {
      lastPosition = i;
      last = maxEnd[i] = ends[i];
    }
    let level = 1;
    for (; 1 << level <= n; level++) {
      const half = 1 << (level - 1);
      for (let i = 2 * half - 1; i < n; i += 4 * half) {
        const right = i + half < n ? maxEnd[i + half] : last;
        maxEnd[i] = Math.max(ends[i], maxEnd[i - half], right);
      }
      lastPosition = (lastPosition >> level) & 1 ? lastPosition - half : lastPosition + half;
      if (lastPosition < n && maxEnd[lastPosition] > last) last = maxEnd[lastPosition];
    }
    return level - 1;
  }

  /**
   * Indices of the intervals that overlap [lo, hi] (share at least one point with it),
   * in ascending start order. Empty when lo > hi.
   */
  query(lo: number, hi: number): Int32Array {
    const { starts, ends, maxEnd, order, stack, size: n } = this;
    if (!(lo <= hi) || n === 0) return new Int32Array(0);
    let found = 0;
    const report = (position: number) => {
      if (found === this.results.length) {
        const grown = new Int32Array(found * 2);
        grown.set(this.results);
        this.results = grown;
      }
      this.results[found++] = order[position];
    };
    // The stack holds (position, level, left subtree done) triples: an in-order walk.
    let top = 0;
    const push = (position: number, level: number, leftDone: number) => {
      stack[top++] = position;
      stack[top++] = level;
      stack[top++] = leftDone;
    };
    push((1 << this.rootLevel) - 1, this.rootLevel, 0);
    while (top > 0) {
      const leftDone = stack[--top];
      const level = stack[--top];
      const x = stack[--top];
      if (level <= linearLevel) {
        const first = (x >> level) << level;
        const end = Math.min(n, first + (1 << (level + 1)) - 1);
        for (let i = first; i < end && starts[i] <= hi; i++) if (ends[i] >= lo) report(i);
      } else if (!leftDone) {
        const left = x - (1 << (level - 1));
        push(x, level, 1);
        // A left child past the end is virtual: its own left part may still be real.
        if (left >= n || maxEnd[left] >= lo) push(left, level - 1, 0);
      } else if (x < n && starts[x] <= hi) {
        if (ends[x] >= lo) report(x);
        const right = x + (1 << (level - 1));
        if (right >= n || maxEnd[right] >= lo) push(right, level - 1, 0);
      }
    }
    return this.results.slice(0, found);
  }

  /** How many intervals overlap [lo, hi], in O(log n): those starting by `hi` less those ending before `lo`. */
  count(lo: number, hi: number): number {
    if (!(lo <= hi)) return 0;
    this.sortedEnds ??= new Float64Array(this.ends).sort();
    return bisect(this.starts, hi, true) - bisect(this.sortedEnds, lo, false);
  }

  /** The interval whose start is nearest `t` (the earlier one on a tie), or −1 when there is none. */
  nearest(t: number): number {
    const n = this.size;
    if (n === 0 || Number.isNaN(t)) return none;
    const after = bisect(this.starts, t, false);
    if (after === 0) return this.order[0];
    if (after === n) return this.order[n - 1];
    const before = after - 1;
    return t - this.starts[before] <= this.starts[after] - t ? this.order[before] : this.order[after];
  }

  /** The interval after interval `index` in start order, or −1 after the last. */
  next(index: number): number {
    const position = this.positionOf(index) + 1;
    return position < this.size ? this.order[position] : none;
  }

  /** The interval before interval `index` in start order, or −1 before the first. */
  prev(index: number): number {
    const position = this.positionOf(index) - 1;
    return position >= 0 ? this.order[position] : none;
  }

  /** Position of interval `index` in `order`; throws a RangeError for an index that is not one. */
  positionOf(index: number): number {
    if (!Number.isInteger(index) || index < 0 || index >= this.size) throw new RangeError(`invalid interval index: ${index}`);
    return this.rank[index];
  }
}
