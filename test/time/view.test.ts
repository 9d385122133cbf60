import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { clusterZoom, minSpan } from '../../src/time/view.js';

describe('clusterZoom', () => {
  it('zooms to a small cluster with a margin', () => {
    expect(clusterZoom(100_000, 200_000, [0, 10_000_000], 0.15)).to.deep.equal([85_000, 215_000]);
  });

  it('closes in at least twice on a cluster as wide as the view, around its visible part', () => {
    expect(clusterZoom(-1000, 3_000_000, [0, 1_000_000], 0.15)).to.deep.equal([250_000, 750_000]);
  });

  it('always zooms in at least twice, and keeps part of the cluster in view', () => {
    const time = fc.integer({ min: -1e12, max: 1e12 });
    fc.assert(
      fc.property(time, fc.integer({ min: 0, max: 1e11 }), time, fc.integer({ min: 4 * minSpan, max: 1e11 }), (start, length, viewStart, viewSpan) => {
        const view = [viewStart, viewStart + viewSpan] as const;
        // A cluster drawn in the view overlaps it.
        const end = start + length;
        fc.pre(end >= view[0] && start <= view[1]);
        const [t0, t1] = clusterZoom(start, end, view, 0.15);
        expect(t1 - t0).to.be.at.most(viewSpan / 2 + 1e-3);
        expect(t1 - t0).to.be.at.least(minSpan - 1e-3);
        expect(Math.min(t1, end + length * 0.15 + minSpan) >= Math.max(t0, start - length * 0.15 - minSpan)).to.equal(true);
      }),
    );
  });
});
