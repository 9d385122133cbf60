import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { IntervalIndex } from '../../src/layout/interval-index.js';

type Interval = [number, number];

/** Indices by start, then input order: the order every answer is given in. */
const byStart = (intervals: readonly Interval[]) => intervals.map((_, i) => i).sort((a, b) => intervals[a][0] - intervals[b][0] || a - b);

/** What `query` must return, found by looking at every interval. */
const overlapping = (intervals: readonly Interval[], lo: number, hi: number) =>
  lo > hi ? [] : byStart(intervals).filter(i => intervals[i][0] <= hi && intervals[i][1] >= lo);

const indexOf = (intervals: readonly Interval[]) =>
  new IntervalIndex(
    intervals.map(([start]) => start),
    intervals.map(([, end]) => end),
  );

/** Intervals on a small grid, so starts and ends repeat, with short, long and empty spans. */
const interval = fc
  .tuple(fc.integer({ min: -60, max: 60 }), fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 200 })))
  .map(([start, length]): Interval => [start, start + length]);
const window = fc.tuple(fc.integer({ min: -80, max: 80 }), fc.integer({ min: -5, max: 60 })).map(([lo, length]) => [lo, lo + length] as const);

describe('IntervalIndex', () => {
  it('finds overlapping intervals, inclusive at both ends, in start order', () => {
    const index = indexOf([
      [10, 20],
      [0, 5],
      [5, 9],
      [21, 30],
      [0, 100],
    ]);
    expect(Array.from(index.query(5, 10))).to.deep.equal([1, 4, 2, 0]);
    expect(Array.from(index.query(20, 21))).to.deep.equal([4, 0, 3]);
    expect(Array.from(index.query(101, 200))).to.deep.equal([]);
    expect(Array.from(index.query(10, 5))).to.deep.equal([]);
    expect(index.count(5, 10)).to.equal(4);
    expect(Array.from(index.order)).to.deep.equal([1, 4, 2, 0, 3]);
  });

  it('agrees with a brute-force search, with duplicates and long ranges', () => {
    fc.assert(
      // Small arrays, and large ones: the tree only prunes above 15-node subtrees, which it scans.
      fc.property(fc.oneof(fc.array(interval, { maxLength: 20 }), fc.array(interval, { minLength: 50, maxLength: 400 })), fc.array(window, { minLength: 1, maxLength: 20 }), (intervals, windows) => {
        const index = indexOf(intervals);
        expect(Array.from(index.order)).to.deep.equal(byStart(intervals));
        // Windows that touch interval ends exactly probe the inclusive bounds.
        const touching = intervals.slice(0, 10).flatMap(([start, end]) => [[end, end + 3], [start - 3, start], [end, end]] as const);
        for (const [lo, hi] of [...windows, ...touching]) {
          const expected = overlapping(intervals, lo, hi);
          expect(Array.from(index.query(lo, hi)), `[${lo}, ${hi}]`).to.deep.equal(expected);
          expect(index.count(lo, hi)).to.equal(expected.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with a brute-force search on 100,000 unsorted intervals, some spanning nearly everything', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const intervals: Interval[] = Array.from({ length: 100_000 }, (_, i) => {
      const start = Math.floor(random() * 1e9);
      return [start, start + (i % 1000 === 0 ? 1e9 : Math.floor(random() * 1e5))];
    });
    const index = indexOf(intervals);
    for (const lo of [0, 123_456_789, 5e8, 999_999_000]) {
      const expected = overlapping(intervals, lo, lo + 2e6);
      expect(expected.length).to.be.greaterThan(100);
      expect(Array.from(index.query(lo, lo + 2e6))).to.deep.equal(expected);
    }
  });

  it('steps through the intervals in time order with next and prev', () => {
    fc.assert(
      fc.property(fc.array(interval, { minLength: 1, maxLength: 100 }), intervals => {
        const index = indexOf(intervals);
        const expected = byStart(intervals);
        const forward = [expected[0]];
        while (forward.length <= intervals.length && index.next(forward[forward.length - 1]) !== -1) forward.push(index.next(forward[forward.length - 1]));
        expect(forward).to.deep.equal(expected);
        const backward = [expected[expected.length - 1]];
        while (backward.length <= intervals.length && index.prev(backward[backward.length - 1]) !== -1) backward.push(index.prev(backward[backward.length - 1]));
        expect(backward).to.deep.equal([...expected].reverse());
      }),
    );
  });

  it('finds the interval starting nearest a time, the earlier on a tie', () => {
    const index = indexOf([
      [10, 10],
      [20, 25],
      [0, 30],
    ]);
    expect(index.nearest(-5)).to.equal(2);
    expect(index.nearest(4)).to.equal(2);
    expect(index.nearest(5)).to.equal(2);
    expect(index.nearest(6)).to.equal(0);
    expect(index.nearest(16)).to.equal(1);
    expect(index.nearest(1e9)).to.equal(1);
    fc.assert(
      fc.property(fc.array(interval, { minLength: 1, maxLength: 50 }), fc.integer({ min: -100, max: 100 }), (intervals, t) => {
        const found = indexOf(intervals).nearest(t);
        const best = Math.min(...intervals.map(([start]) => Math.abs(start - t)));
        expect(Math.abs(intervals[found][0] - t)).to.equal(best);
      }),
    );
  });

  it('answers nothing when empty', () => {
    const index = indexOf([]);
    expect(index.size).to.equal(0);
    expect(Array.from(index.query(-Infinity, Infinity))).to.deep.equal([]);
    expect(index.count(0, 1)).to.equal(0);
    expect(index.nearest(0)).to.equal(-1);
  });

  it('refuses intervals that end before they start, missing bounds and unknown indices', () => {
    expect(() => new IntervalIndex([0, 5], [1, 4])).to.throw(RangeError, 'invalid interval 1: [5, 4]');
    expect(() => new IntervalIndex([Number.NaN], [1])).to.throw(RangeError, 'invalid interval 0');
    expect(() => new IntervalIndex([0, 1], [1])).to.throw(RangeError, 'invalid interval ends');
    expect(() => indexOf([[0, 1]]).next(1)).to.throw(RangeError, 'invalid interval index: 1');
  });
});
