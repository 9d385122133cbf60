import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readDocument } from '../../src/model/read.js';
import { toJSON } from '../../src/model/serialize.js';
import type { TimelineDocument, TimelineEvent } from '../../src/model/types.js';
import { edtfDate } from './arbitraries.js';

/** Reads `input`, writes it, passes it through JSON text as a file would, and reads it again. */
function roundTrip(input: unknown): [TimelineDocument, TimelineDocument] {
  const first = readDocument(input).document;
  const second = readDocument(JSON.parse(JSON.stringify(toJSON(first))));
  // Warnings may recur (undeclared categories); an error would mean something did not survive.
  expect(second.problems.filter(p => p.severity === 'error')).to.deep.equal([]);
  return [first, second.document];
}

/** Events without their position: skipped events shift positions on the second read. */
const placeless = (events: readonly TimelineEvent[]): Omit<TimelineEvent, 'index'>[] => events.map(({ index: _, ...event }) => event);

describe('toJSON', () => {
  it('writes the input format, dates as written', () => {
    const { document } = readDocument({
      title: 'T',
      categories: [{ id: 'a', label: 'A', color: 'red' }],
      eras: [{ start: '1939', end: '1945~', label: 'WW2' }],
      events: [
        { id: 1, title: 'x', start: '1990~/1993', category: 'a', sources: [{ title: 'Book' }] },
        { title: 'y', start: -43, end: '0050', displayDate: 'then', description: 'd', url: 'https://a.org', category: 'auto' },
      ],
    });
    expect(toJSON(document)).to.deep.equal({
      title: 'T',
      categories: [{ id: 'a', label: 'A', color: 'red' }],
      eras: [{ start: 1939, end: '1945~', label: 'WW2' }],
      events: [
        { id: 1, title: 'x', start: '1990~/1993', category: 'a', sources: [{ title: 'Book' }] },
        { id: document.events[1].id, title: 'y', start: -43, end: '0050', displayDate: 'then', description: 'd', url: 'https://a.org', category: 'auto' },
      ],
    });
  });

  it('writes years read from numbers as numbers, so "-43" stays a year and not a century', () => {
    const [first, second] = roundTrip([{ title: 'a', start: -43 }, { title: 'b', start: 12345 }, { title: 'c', start: '-43' }]);
    expect(second.events.map(e => e.start.precision)).to.deep.equal(['year', 'year', 'century']);
    expect(placeless(second.events)).to.deep.equal(placeless(first.events));
  });

  it('gives back the same events, categories and eras when read again', () => {
    const event = fc.record(
      {
        id: fc.oneof(fc.string(), fc.integer()),
        title: fc.string({ minLength: 1 }),
        start: fc.oneof(edtfDate, fc.integer({ min: -300000, max: 300000 })),
        end: edtfDate,
        displayDate: fc.string(),
        description: fc.string(),
        category: fc.constantFrom('a', 'b', 'c', ''),
        sources: fc.array(fc.record({ title: fc.string(), url: fc.oneof(fc.webUrl(), fc.string()) }, { requiredKeys: [] })),
        url: fc.webUrl(),
      },
      { requiredKeys: ['title', 'start'] },
    );
    const document = fc.record({
      title: fc.string(),
      categories: fc.constant([{ id: 'a', label: 'A', color: '#123456' }]),
      eras: fc.array(fc.record({ start: edtfDate, end: edtfDate, label: fc.string({ minLength: 1 }) }), { maxLength: 3 }),
      events: fc.array(event, { maxLength: 15 }),
    });
    fc.assert(
      fc.property(document, input => {
        const [first, second] = roundTrip(input);
        expect(placeless(second.events)).to.deep.equal(placeless(first.events));
        expect(second.categories).to.deep.equal(first.categories);
        expect(second.eras).to.deep.equal(first.eras);
        expect(second.title).to.equal(first.title);
      }),
      { numRuns: 150 },
    );
  });
});
