import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readDocument } from '../../src/model/read.js';
import { eventSpans, prepare } from '../../src/layout/prepare.js';
import { layoutView } from '../../src/layout/view-layout.js';
import { geometry } from '../../src/layout/geometry.js';
import { fitDomain, timeScale } from '../../src/time/view.js';

const day = 86_400_000;
const read = (events: unknown[]) => readDocument({ events }).document;
/** Labels 7 px a character, as a stand-in for measured text. */
const width = (title: string) => title.length * 7;

describe('eventSpans', () => {
  const spans = (start: string, end?: string) => Array.from(eventSpans(read([{ title: 'x', start, end }]).events[0], 'UTC'));

  it('gives a day known exactly no fuzzy part', () => {
    expect(spans('2023-08-16')).to.deep.equal([Date.UTC(2023, 7, 16), Date.UTC(2023, 7, 16), Date.UTC(2023, 7, 17) - 1, Date.UTC(2023, 7, 17) - 1]);
  });

  it('makes all of a rough date possibility: no certain core', () => {
    const [s0, s1, e0, e1] = spans('1993~');
    expect([s0, e1]).to.deep.equal([Date.UTC(1993, 0, 1), Date.UTC(1994, 0, 1) - 1]);
    expect(s1).to.equal(e1);
    expect(e0).to.equal(s0);
  });

  it('gives a range of years fuzzy ends and a certain middle', () => {
    const [s0, s1, e0, e1] = spans('2020', '2023');
    expect(s0).to.equal(Date.UTC(2020, 0, 1));
    expect(s1).to.equal(Date.UTC(2021, 0, 1) - 1);
    expect(e0).to.equal(Date.UTC(2023, 0, 1));
    expect(e1).to.equal(Date.UTC(2024, 0, 1) - 1);
  });

  it('shows instants in the zone and never shifts calendar dates', () => {
    const tokyo = (start: string) => eventSpans(read([{ title: 'x', start }]).events[0], 'Asia/Tokyo')[0];
    expect(tokyo('2023-08-16T00:00:00Z')).to.equal(Date.UTC(2023, 7, 16, 9));
    expect(tokyo('2023-08-16')).to.equal(Date.UTC(2023, 7, 16));
  });

  it('keeps s0 ≤ s1, e0 ≤ e1 and s0 ≤ e1 for any accepted pair of years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2500 }), fc.integer({ min: 0, max: 50 }), fc.constantFrom('', '~', '?'), (year, length, mark) => {
        const [s0, s1, e0, e1] = spans(`${String(year).padStart(4, '0')}${mark}`, String(year + length).padStart(4, '0'));
        expect(s0 <= s1 && e0 <= e1 && s0 <= e1 && s1 <= e1 && s0 <= e0).to.equal(true);
      }),
    );
  });
});

describe('layoutView', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: i, title: `Event ${i}`, start: new Date(Date.UTC(2000, 0, 1) + (i % 97) * 3 * day).toISOString().slice(0, 10), category: ['a', 'b', 'c'][i % 3] }));

  it('accounts for every event in view exactly once, as a mark or in a cluster, without overlaps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 320, max: 2000 }), fc.integer({ min: 180, max: 900 }), (n, w, h) => {
        const prepared = prepare(read(many(n)), 'UTC');
        const scale = timeScale(fitDomain(prepared.extent), w);
        const room = geometry(w, h, prepared.lanes.length);
        const layout = layoutView(prepared, scale, room, i => width(prepared.document.events[i].title));
        const seen = [...layout.marks.map(m => m.event), ...layout.clusters.flatMap(c => Array.from(c.events))];
        expect(new Set(seen).size).to.equal(seen.length);
        expect(seen.length).to.equal(n);
        // Within a lane and row, labelled marks never overlap one another.
        const rows = new Map<string, [number, number][]>();
        for (const mark of layout.marks) {
          const key = `${mark.lane}:${mark.row}`;
          const title = prepared.document.events[mark.event].title;
          const extent: [number, number] = [Math.min(mark.x0, mark.labelX), Math.max(mark.x1, mark.labelX + width(title))];
          rows.set(key, [...(rows.get(key) ?? []), extent]);
        }
        for (const extents of rows.values()) {
          extents.sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < extents.length; i++) expect(extents[i][0]).to.be.at.least(extents[i - 1][1]);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('buckets a dense lane: every event still counted once, in a bounded number of clusters', () => {
    const n = 20_000;
    const events = Array.from({ length: n }, (_, i) => ({ id: i, title: `E${i}`, start: new Date(Date.UTC(1990, 0, 1) + i * 4 * 3_600_000).toISOString().slice(0, 16) + 'Z' }));
    const prepared = prepare(read(events), 'UTC');
    const scale = timeScale(fitDomain(prepared.extent), 1200);
    const layout = layoutView(prepared, scale, geometry(1200, 500, 1), () => 30);
    const counted = layout.marks.length + layout.clusters.reduce((sum, c) => sum + c.events.length, 0);
    expect(counted).to.equal(n);
    expect(layout.clusters.length + layout.marks.length).to.be.below(200);
    const all = new Set<number>();
    for (const cluster of layout.clusters) for (const event of cluster.events) all.add(event);
    for (const mark of layout.marks) all.add(mark.event);
    expect(all.size).to.equal(n);
    // Panning by whole buckets keeps bucket edges: the same clusters, shifted.
    for (const cluster of layout.clusters) expect(cluster.start).to.be.at.most(cluster.end);
  });

  it('lays out only what the window shows', () => {
    const prepared = prepare(read(many(300)), 'UTC');
    const scale = timeScale([Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 20)], 1200);
    const layout = layoutView(prepared, scale, geometry(1200, 600, 3), () => 40);
    const inView = [...layout.marks.map(m => m.event), ...layout.clusters.flatMap(c => Array.from(c.events))];
    expect(inView.length).to.be.within(1, 40);
    for (const event of inView) expect(prepared.startEarliest[event]).to.be.below(Date.UTC(2000, 1, 15));
  });
});
