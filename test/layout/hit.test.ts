import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { hitItem } from '../../src/layout/hit.js';
import type { ClusterLayout, MarkLayout, ViewLayout } from '../../src/layout/view-layout.js';

const mark = (event: number, x0: number, x1: number, y: number, dot = x1 - x0 < 4): MarkLayout => ({ event, lane: 0, row: 0, y, x0, x1, core0: x0, core1: x1, labelX: dot ? (x0 + x1) / 2 + 8 : x0, dot });
const cluster = (x0: number, y: number): ClusterLayout => ({ lane: 0, row: 0, y, x0, x1: x0 + 10, events: Int32Array.of(7, 8, 9), start: 0, end: 1 });
const layout = (marks: MarkLayout[], clusters: ClusterLayout[] = []): ViewLayout => ({ marks, clusters, lanes: [] });
const labelWidth = () => 40;

describe('hitItem', () => {
  it('finds a dot, a bar, a label and a cluster, and nothing between them', () => {
    const view = layout([mark(0, 100, 100, 50), mark(1, 200, 300, 50)], [cluster(400, 50)]);
    expect(hitItem(view, 101, 52, labelWidth)).to.deep.equal({ mark: view.marks[0] });
    expect(hitItem(view, 250, 47, labelWidth)).to.deep.equal({ mark: view.marks[1] });
    // The label under the dot, from labelX.
    expect(hitItem(view, 130, 64, labelWidth)).to.deep.equal({ mark: view.marks[0] });
    expect(hitItem(view, 415, 50, labelWidth)).to.deep.equal({ cluster: view.clusters[0] });
    expect(hitItem(view, 160, 50, labelWidth)).to.equal(undefined);
    expect(hitItem(view, 250, 90, labelWidth)).to.equal(undefined);
  });

  it('prefers the item drawn last (on top)', () => {
    const view = layout([mark(0, 100, 200, 50), mark(1, 150, 250, 50)]);
    expect(hitItem(view, 170, 50, labelWidth)).to.deep.equal({ mark: view.marks[1] });
  });

  it('hits every mark at its centre, and only marks whose box holds the point', () => {
    const marks = fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 8 })), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(marks, raw => {
        const view = layout(raw.map(([x0, width, row], i) => mark(i, x0, x0 + width, 20 + row * 28)));
        for (const m of view.marks) {
          const x = (m.x0 + m.x1) / 2;
          const hit = hitItem(view, x, m.y, labelWidth);
          expect(hit && 'mark' in hit, `mark ${m.event}`).to.equal(true);
          const found = (hit as { mark: MarkLayout }).mark;
          expect(found.y).to.equal(m.y);
          expect(x).to.be.within(Math.min(found.x0, found.labelX) - 8, Math.max(found.x1, found.labelX + 40) + 8);
        }
      }),
    );
  });
});
