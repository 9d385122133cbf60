import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readDocument } from '../../src/model/read.js';
import type { ReadResult } from '../../src/model/types.js';
import { edtfDate } from './arbitraries.js';

/** Event-like objects: the right fields, with values anywhere from fine to absurd. */
const eventLike = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null)),
    title: fc.oneof(fc.string(), fc.string({ minLength: 990, maxLength: 1100 }), fc.integer()),
    start: fc.oneof(edtfDate, fc.string(), fc.integer({ min: -300000, max: 300000 }), fc.double()),
    end: fc.oneof(edtfDate, fc.string(), fc.constant(null)),
    displayDate: fc.string(),
    description: fc.oneof(fc.string(), fc.jsonValue()),
    category: fc.oneof(fc.constantFrom('a', 'b', ''), fc.string(), fc.integer()),
    sources: fc.oneof(fc.array(fc.record({ title: fc.string(), url: fc.oneof(fc.webUrl(), fc.string()) }, { requiredKeys: [] })), fc.jsonValue()),
    url: fc.oneof(fc.webUrl(), fc.string()),
    colour: fc.string(),
  },
  { requiredKeys: [] },
);

const documentLike = fc.record(
  {
    title: fc.oneof(fc.string(), fc.jsonValue()),
    categories: fc.oneof(fc.array(fc.record({ id: fc.oneof(fc.constantFrom('a', 'b'), fc.string()), label: fc.string(), color: fc.string() }, { requiredKeys: [] })), fc.jsonValue()),
    eras: fc.oneof(fc.array(fc.record({ start: edtfDate, end: edtfDate, label: fc.string() }, { requiredKeys: [] })), fc.jsonValue()),
    events: fc.oneof(fc.array(fc.oneof({ arbitrary: eventLike, weight: 5 }, { arbitrary: fc.jsonValue(), weight: 1 }), { maxLength: 12 }), fc.jsonValue()),
  },
  { requiredKeys: [] },
);

/** What must hold for every read, whatever the input. */
function checkInvariants({ document, problems }: ReadResult): void {
  const kept = new Set(document.events.map(e => e.index));
  const failed = new Set(problems.filter(p => p.severity === 'error' && p.index !== undefined).map(p => p.index));
  for (const index of kept) expect(failed.has(index), `event ${index} kept despite an error`).to.equal(false);
  expect(new Set(document.events.map(e => String(e.id))).size, 'ids are unique').to.equal(document.events.length);
  const categories = new Set(['', ...document.categories.map(c => c.id)]);
  for (const event of document.events) {
    expect(event.earliest).to.be.at.most(event.latest);
    expect(event.title.trim()).not.to.equal('');
    expect(event.title.length).to.be.at.most(1000);
    expect(categories.has(event.category), `category ${event.category} is listed`).to.equal(true);
    for (const source of event.sources) expect(source.title !== undefined || /^https?:/i.test(source.url ?? '')).to.equal(true);
  }
  for (const problem of problems) {
    expect(problem.message).to.be.a('string').and.not.equal('');
    if (problem.value !== undefined) expect(problem.value.length).to.be.at.most(60);
  }
}

describe('readDocument properties', () => {
  it('never throws on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), input => checkInvariants(readDocument(input))), { numRuns: 300 });
  });

  it('never throws on any JavaScript value', () => {
    fc.assert(fc.property(fc.anything(), input => checkInvariants(readDocument(input))), { numRuns: 300 });
  });

  it('never throws on documents with arbitrary strings, and keeps only sound events', () => {
    fc.assert(fc.property(documentLike, input => checkInvariants(readDocument(input))), { numRuns: 200 });
  });

  it('skips exactly the events with errors', () => {
    fc.assert(
      fc.property(fc.array(eventLike, { maxLength: 10 }), events => {
        const { document, problems } = readDocument(events);
        const failed = new Set(problems.filter(p => p.severity === 'error').map(p => p.index));
        const kept = document.events.map(e => e.index);
        expect([...kept, ...failed].sort((a, b) => Number(a) - Number(b))).to.deep.equal(events.map((_, i) => i));
      }),
      { numRuns: 200 },
    );
  });

  it('derives the same ids on every read', () => {
    fc.assert(
      fc.property(fc.array(eventLike, { maxLength: 10 }), events => {
        const ids = (): (string | number)[] => readDocument(structuredClone(events)).document.events.map(e => e.id);
        expect(ids()).to.deep.equal(ids());
      }),
      { numRuns: 100 },
    );
  });
});
