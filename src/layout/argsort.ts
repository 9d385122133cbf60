/**
 * The permutation that sorts numbers: indices by ascending value, ties in index order.
 * Every document is sorted when it is prepared, so this is on the path of every load.
 * Two ways, by size, neither calling a comparator (a `sort` with one is several times
 * slower than either):
 *
 * - below `radixThreshold`, `searchOrder`: the engine's own sort of a copy of the values
 *   (native code, which needs no warming up), then each index put in place by a binary
 *   search in that copy. A first sort in a page is what a load pays, and JavaScript's
 *   own loops run slowly until the engine has optimized them: in Node 20, a first sort
 *   of 10,000 values took 2.3–2.6 ms this way against 9.8–10.1 by the radix sort (1.7
 *   once warm), 50,000 values 16–17 against 24; 1,000 values 0.7 against 1.5–1.7 by a
 *   comparator;
 * - from it on, `radixOrder`, an LSD radix sort on the bits of the doubles: linear, where
 *   the binary searches are not (100,000 values: 30–41 ms cold either way, but 12 against
 *   30 once warm, as when a filter or a new time zone prepares the document again).
 */

/** From this many values on, the radix sort (see above). */
export const radixThreshold = 65_536;
/** Bits sorted per pass: 11, so the counters (2,048) stay in cache; 3 passes a 32-bit word. */
const digitBits = 11;
const digitMask = (1 << digitBits) - 1;
/** The passes, least significant first: [word, shift]. */
const passes = [0, digitBits, 2 * digitBits] as const;
const signBit = 0x80000000;
/** Whether this platform stores a double's high word second (every browser does). */
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The 64-bit key of each value as two unsigned words whose order is the values' order:
 * positive doubles get the sign bit set, negative ones have every bit flipped.
 */
function sortableWords(values: ArrayLike<number>): [Uint32Array, Uint32Array] {
  const n = values.length;
  const doubles = new Float64Array(n);
  // `+ 0` turns −0 into +0, so the two zeros tie as they do for `<`.
  for (let i = 0; i < n; i++) doubles[i] = values[i] + 0;
  const words = new Uint32Array(doubles.buffer);
  const [highAt, lowAt] = littleEndian ? [1, 0] : [0, 1];
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + highAt];
    const l = words[2 * i + lowAt];
    const negative = (h & signBit) !== 0;
    high[i] = negative ? ~h >>> 0 : (h | signBit) >>> 0;
    low[i] = negative ? ~l >>> 0 : l;
  }
  return [high, low];
}

/** 0, 1, …, n − 1 (a loop: `Int32Array.from` with a map function is slow for large n). */
function identity(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/** Indices by ascending value, ties by index, through a native sort of the values (see above). Exported for tests. */
export function searchOrder(values: ArrayLike<number>): Int32Array {
  const n = values.length;
  // The typed array's own sort is numeric, with −0 before +0; the search below finds
  // the first value not less than each one, so the two zeros tie, as they do for `<`.
  const sorted = Float64Array.from(values).sort();
  // taken[p]: how many indices have been placed in the run of equal values starting at p.
  const taken = new Int32Array(n);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const value = values[i];
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    // Indices come in ascending order, so equal values keep it.
    order[lo + taken[lo]++] = i;
  }
  return order;
}

/** Indices by ascending value, ties by index, by six counting passes (see above). Exported for tests and the warm-up. */
export function radixOrder(values: ArrayLike<number>): Int32Array {
  const n = values.length;
  const [high, low] = sortableWords(values);
  let order: Int32Array = identity(n);
  let spare: Int32Array = new Int32Array(n);
  const counts = new Int32Array(1 << digitBits);
  // Least significant digit first; each pass is stable, so ties keep index order.
  for (const words of [low, high]) {
    for (const shift of passes) {
      if (!countingPass(words, shift, order, spare, counts)) continue;
      [order, spare] = [spare, order];
    }
  }
  return order;
}

/**
 * One stable counting pass on the digit of `words` at `shift`: `order` distributed into
 * `spare`. False (and nothing moved) when every value has the same digit there, as the
 * high bits of nearby dates do. A function of its own, called six times a sort: V8
 * optimizes it after its first calls, where one function holding every pass ran its
 * loops unoptimized for longer (a first sort of 100,000 values in Node 20: 61–77 →
 * 36 ms; later sorts the same, ~13 ms).
 */
function countingPass(words: Uint32Array, shift: number, order: Int32Array, spare: Int32Array, counts: Int32Array): boolean {
  const n = order.length;
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[(words[i] >>> shift) & digitMask]++;
  if (counts[(words[0] >>> shift) & digitMask] === n) return false;
  let total = 0;
  for (let digit = 0; digit < counts.length; digit++) {
    const count = counts[digit];
    counts[digit] = total;
    total += count;
  }
  for (let i = 0; i < n; i++) {
    const index = order[i];
    spare[counts[(words[index] >>> shift) & digitMask]++] = index;
  }
  return true;
}

/**
 * Indices 0…n−1 ordered by ascending `values[i]`, ties by index. The values must not be
 * NaN. Returns the identity without sorting when the values already ascend.
 */
export function argsort(values: ArrayLike<number>): Int32Array {
  const n = values.length;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = values[i - 1] <= values[i];
  if (sorted) return identity(n);
  return n >= radixThreshold ? radixOrder(values) : searchOrder(values);
}
