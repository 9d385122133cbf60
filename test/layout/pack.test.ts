import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { packLane, type PackItem, type PackOptions, type Packing } from '../../src/layout/pack.js';

/** Items on whole pixels, sorted by x0 then index as the caller sorts them; some marks narrower than their labels. */
const rawItem = fc.tuple(fc.integer({ min: -500, max: 1500 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 120 }), fc.boolean());
const items = fc
  .oneof(fc.array(rawItem, { maxLength: 15 }), fc.array(rawItem, { minLength: 40, maxLength: 150 }))
  .map(raw =>
    raw
      .map(([x0, mark, label, withMark], index): PackItem => (withMark ? { index, x0, x1: x0 + mark + label, markEnd: x0 + mark } : { index, x0, x1: x0 + mark + label }))
      .sort((a, b) => a.x0 - b.x0 || a.index - b.index),
  );
const options = fc.record({ rows: fc.integer({ min: 1, max: 5 }), gap: fc.integer({ min: 0, max: 10 }), clusterWidth: fc.integer({ min: 0, max: 40 }) });

/** Everything drawn in each row, left to right. */
function rowsOf({ placed, clusters }: Packing, rows: number) {
  const byRow = Array.from({ length: rows }, () => [] as { x0: number; x1: number; what: string }[]);
  for (const item of placed) byRow[item.row].push({ ...item, what: `item ${item.index}` });
  for (const cluster of clusters) byRow[cluster.row].push({ ...cluster, what: `cluster ${cluster.indices}` });
  return byRow.map(row => row.sort((a, b) => a.x0 - b.x0));
}

describe('packLane', () => {
  it('puts items in the first row they clear by the gap', () => {
    const { placed, clusters } = packLane(
      [
        { index: 7, x0: 0, x1: 50 },
        { index: 8, x0: 55, x1: 80 },
        { index: 9, x0: 60, x1: 90 },
        { index: 10, x0: 100, x1: 120 },
      ],
      { rows: 2, gap: 8 },
    );
    expect(placed).to.deep.equal([
      { index: 7, row: 0, x0: 0, x1: 50 },
      { index: 8, row: 1, x0: 55, x1: 80 },
      { index: 9, row: 0, x0: 60, x1: 90 },
      { index: 10, row: 0, x0: 100, x1: 120 },
    ]);
    expect(clusters).to.deep.equal([]);
  });

  it('clusters what fits no row with the last row’s last item, and merges what follows', () => {
    const { placed, clusters } = packLane(
      [
        { index: 0, x0: 0, x1: 100 },
        { index: 1, x0: 10, x1: 100, markEnd: 20 },
        { index: 2, x0: 30, x1: 100, markEnd: 40 },
        { index: 3, x0: 35, x1: 90, markEnd: 45 },
        { index: 4, x0: 200, x1: 250 },
      ],
      { rows: 2, gap: 8, clusterWidth: 24 },
    );
    expect(placed).to.deep.equal([
      { index: 0, row: 0, x0: 0, x1: 100 },
      { index: 4, row: 0, x0: 200, x1: 250 },
    ]);
    // Item 1 is evicted from row 1; the cluster covers the marks (to 45), not the hidden labels.
    expect(clusters).to.deep.equal([{ row: 1, x0: 10, x1: 45, indices: [1, 2, 3] }]);
  });

  it('gives a cluster at least its minimum width', () => {
    const { clusters } = packLane(
      [
        { index: 0, x0: 0, x1: 4 },
        { index: 1, x0: 2, x1: 6 },
      ],
      { rows: 1, gap: 2, clusterWidth: 28 },
    );
    expect(clusters).to.deep.equal([{ row: 0, x0: 0, x1: 28, indices: [0, 1] }]);
  });

  it('never overlaps within a row, and accounts for every index exactly once', () => {
    fc.assert(
      fc.property(items, options, (input, { rows, gap, clusterWidth }) => {
        const packing = packLane(input, { rows, gap, clusterWidth });
        for (const row of rowsOf(packing, rows)) {
          for (let i = 1; i < row.length; i++) expect(row[i].x0, `${row[i - 1].what} then ${row[i].what}`).to.be.at.least(row[i - 1].x1 + gap);
        }
        const seen = [...packing.placed.map(item => item.index), ...packing.clusters.flatMap(cluster => cluster.indices)];
        expect(seen.sort((a, b) => a - b)).to.deep.equal(input.map(item => item.index).sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });

  it('places items at their own extent and makes clusters that cover their members’ marks', () => {
    fc.assert(
      fc.property(items, options, (input, packOptions) => {
        const byIndex = new Map(input.map(item => [item.index, item]));
        const { placed, clusters } = packLane(input, packOptions);
        for (const item of placed) {
          const source = byIndex.get(item.index)!;
          expect([item.x0, item.x1]).to.deep.equal([source.x0, source.x1]);
          expect(item.row).to.be.within(0, packOptions.rows - 1);
        }
        for (const cluster of clusters) {
          expect(cluster.row).to.equal(packOptions.rows - 1);
          expect(cluster.indices.length).to.be.at.least(2);
          expect(cluster.x1 - cluster.x0).to.be.at.least(packOptions.clusterWidth);
          for (const index of cluster.indices) {
            const { x0, x1, markEnd = x1 } = byIndex.get(index)!;
            expect(cluster.x0).to.be.at.most(x0);
            expect(cluster.x1).to.be.at.least(markEnd);
          }
        }
      }),
    );
  });

  it('only clusters when an item fits no row', () => {
    fc.assert(
      fc.property(items, options, (input, packOptions) => {
        // With as many rows as items, everything has a row of its own at worst.
        const { clusters } = packLane(input, { ...packOptions, rows: Math.max(1, input.length) });
        expect(clusters).to.deep.equal([]);
      }),
    );
  });

  it('is deterministic and moves with a shift of every x, changing nothing else', () => {
    fc.assert(
      fc.property(items, options, fc.integer({ min: -100_000, max: 100_000 }), (input, packOptions, shift) => {
        const packing = packLane(input, packOptions);
        expect(packLane(input, packOptions)).to.deep.equal(packing);
        const moved = input.map(({ index, x0, x1, markEnd }) => ({ index, x0: x0 + shift, x1: x1 + shift, ...(markEnd === undefined ? {} : { markEnd: markEnd + shift }) }));
        const shifted = packLane(moved, packOptions);
        expect(shifted.placed).to.deep.equal(packing.placed.map(item => ({ ...item, x0: item.x0 + shift, x1: item.x1 + shift })));
        expect(shifted.clusters).to.deep.equal(packing.clusters.map(cluster => ({ ...cluster, x0: cluster.x0 + shift, x1: cluster.x1 + shift })));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses unsorted items, items ending before they start and invalid options', () => {
    const options: PackOptions = { rows: 2, gap: 4 };
    expect(() => packLane([{ index: 0, x0: 5, x1: 6 }, { index: 1, x0: 4, x1: 6 }], options)).to.throw(RangeError, 'items not sorted by x0');
    expect(() => packLane([{ index: 3, x0: 5, x1: 4 }], options)).to.throw(RangeError, 'invalid item 3');
    expect(() => packLane([], { rows: 0, gap: 4 })).to.throw(RangeError, 'invalid rows: 0');
    expect(() => packLane([], { rows: 1, gap: -1 })).to.throw(RangeError, 'invalid gap: -1');
    expect(packLane([], options)).to.deep.equal({ placed: [], clusters: [] });
  });
});
