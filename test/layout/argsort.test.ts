import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { argsort, radixOrder, radixThreshold, searchOrder } from '../../src/layout/argsort.js';

/** The order a comparator sort gives: by value, ties by index. */
const oracle = (values: readonly number[]) => values.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);

describe('argsort', () => {
  it('orders indices by value, ties by index', () => {
    expect(Array.from(argsort([3, 1, 2, 1]))).to.deep.equal([1, 3, 2, 0]);
    expect(Array.from(argsort([]))).to.deep.equal([]);
  });

  const value = fc.oneof(
    fc.integer({ min: -20, max: 20 }),
    fc.double({ noNaN: true }),
    fc.constantFrom(0, -0, Infinity, -Infinity, -8.64e15, 8.64e15, Number.MIN_VALUE, -Number.MIN_VALUE),
  );

  // Both ways on the same inputs: argsort picks one by size, and the radix sort's
  // threshold is too large for fast-check to reach often.
  for (const [name, order] of [['native sort and search', searchOrder], ['radix sort', radixOrder]] as const) {
    it(`matches a comparator sort by the ${name}, with negatives, zeros, infinities and ties`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.array(value, { maxLength: 100 }), fc.array(value, { minLength: 1024, maxLength: 6000 })), values => {
          expect(Array.from(order(values))).to.deep.equal(oracle(values));
        }),
        { numRuns: 60 },
      );
    });
  }

  it('sorts a large input, ties and both zeros included, as a comparator does', () => {
    const values = Array.from({ length: radixThreshold + 10 }, (_, i) => (i % 3 === 0 ? -0 : ((i * 7919) % 4001) - 2000));
    expect(Array.from(argsort(values))).to.deep.equal(oracle(values));
  });

  it('returns the identity for values already in order', () => {
    const values = Float64Array.from({ length: 10_000 }, (_, i) => Math.floor(i / 3));
    expect(Array.from(argsort(values))).to.deep.equal(Array.from(values.keys()));
  });
});
