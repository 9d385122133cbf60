/**
 * prepare (src/layout/prepare.ts) of a filtered document from the whole one's
 * preparation: the same result as preparing it afresh, for any subset.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readDocument } from '../../src/model/read.js';
import { prepare, type Prepared } from '../../src/layout/prepare.js';
import { laneCategories } from '../../src/layout/prepare.js';

const dates = fc.oneof(
  fc.integer({ min: 0, max: 400 }).map(day => new Date(Date.UTC(2001, 0, 1) + day * 86_400_000).toISOString().slice(0, 10)),
  fc.constantFrom('2001', '2001-05', '2001~', '200X', '2001-03-04T10:00:00Z', '2002-06-01T23:30:00+03:00'),
);
const specs = fc.array(
  fc.record({ start: dates, kind: fc.constantFrom('point', 'range', 'open', 'unknown'), category: fc.constantFrom('a', 'b', 'c', undefined), keep: fc.boolean() }),
  { minLength: 1, maxLength: 80 },
);

/** Windows to query the lanes' indexes over: the whole of 2001, a day in it, and everything. */
const windows = [
  [Date.UTC(2001, 0, 1), Date.UTC(2002, 0, 1)],
  [Date.UTC(2001, 2, 4), Date.UTC(2001, 2, 5)],
  [-Infinity, Infinity],
];

/** What a preparation holds, as plain values to compare; each lane's index by what it finds. */
const plain = (prepared: Prepared) => ({
  lanes: prepared.lanes.map(lane => ({
    id: lane.category.id,
    color: lane.color,
    members: [...lane.members],
    starts: [...lane.starts],
    found: windows.map(([lo, hi]) => [[...lane.index.query(lo, hi)], lane.index.count(lo, hi)]),
  })),
  arrays: [prepared.laneOf, prepared.startEarliest, prepared.startLatest, prepared.endEarliest, prepared.endLatest, prepared.openEnds, prepared.order, prepared.rank].map(array => [...array]),
  extent: prepared.extent,
});

describe('prepare within the whole document', () => {
  it('gives a subset what preparing it afresh gives, with its spans and order read from the whole', () => {
    fc.assert(
      // Either events kept one by one (a search) or a category switched off.
      fc.property(specs, fc.constantFrom('UTC', 'Europe/Minsk', 'America/New_York'), fc.constantFrom(undefined, 'a', 'b', ''), (list, zone, hidden) => {
        const { document } = readDocument({
          categories: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }],
          events: list.map(({ start, kind, category }, i) => ({
            title: `E${i}`,
            start: kind === 'open' ? `${start}/..` : kind === 'unknown' ? `${start}/` : start,
            ...(kind === 'range' ? { end: '2003-02-01' } : {}),
            ...(category ? { category } : {}),
          })),
        });
        const whole = prepare(document, zone);
        const kept = document.events.filter((event, i) => (hidden === undefined ? list[document.events[i].index]?.keep : event.category !== hidden));
        const subset = { ...document, events: kept };
        const lanes = laneCategories(document);
        expect(plain(prepare(subset, zone, lanes, whole))).to.deep.equal(plain(prepare(subset, zone, lanes)));
      }),
      { numRuns: 150 },
    );
  });

  it("keeps the index of a lane that holds all of the whole's events in it", () => {
    const { document } = readDocument({
      events: [
        { title: 'A', start: '2001-01-01', category: 'a' },
        { title: 'B', start: '2000-01-01', category: 'b' },
        { title: 'C', start: '2002-01-01', category: 'a' },
        { title: 'D', start: '2003-01-01', category: 'b' },
      ],
    });
    const whole = prepare(document, 'UTC');
    // B switched off: lane a holds all its events, lane b only D.
    const subset = { ...document, events: document.events.filter(event => event.title !== 'B') };
    const [a, b] = prepare(subset, 'UTC', laneCategories(document), whole).lanes;
    expect(a.index).to.equal(whole.lanes[0].index);
    expect([...a.members]).to.deep.equal([0, 1]);
    expect(b.index).not.to.equal(whole.lanes[1].index);
    expect([...b.members]).to.deep.equal([2]);
  });

  it('reads the spans from the whole, not from the dates again', () => {
    const { document } = readDocument({ events: [{ title: 'A', start: '2001-01-01' }, { title: 'B', start: '2000-01-01' }, { title: 'C', start: '2002-01-01' }] });
    const whole = prepare(document, 'UTC');
    // A whole whose spans are a millisecond later than the dates say: the subset's follow it.
    const later = { ...whole, startEarliest: whole.startEarliest.map(ms => ms + 1) };
    const subset = { ...document, events: [document.events[0], document.events[2]] };
    expect([...prepare(subset, 'UTC', undefined, later).startEarliest]).to.deep.equal([whole.startEarliest[0] + 1, whole.startEarliest[2] + 1]);
  });

  it('prepares events it does not hold as usual', () => {
    const { document } = readDocument({ events: [{ title: 'A', start: '2001-01-01' }, { title: 'B', start: '2000-01-01' }] });
    const other = readDocument({ events: [{ title: 'C', start: '1999-01-01' }, { title: 'D', start: '1998-06-01' }] }).document;
    const whole = prepare(document, 'UTC');
    expect(plain(prepare(other, 'UTC', undefined, whole))).to.deep.equal(plain(prepare(other, 'UTC')));
  });
});
