/**
 * SearchTexts (src/element/search-texts.ts): each event's folded search text, kept a
 * chunk of events at a time, forgotten with its document; and the events that hold
 * every word of a search, against each event's text searched on its own.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SearchTexts } from '../../src/element/search-texts.js';
import { fold } from '../../src/layout/filter.js';
import { formatDate } from '../../src/model/format.js';
import { readDocument } from '../../src/model/read.js';
import { until } from '../helpers.js';

const texts = () => new SearchTexts(() => ({ locale: 'en-GB', timeZone: 'UTC' }), id => (id === 'a' ? 'Álpha' : ''));

describe('SearchTexts', () => {
  it('holds each event’s title, dates and category, folded, for events whose input indices have gaps', () => {
    // Events 1 and 3 have errors and are skipped: the kept ones are at input indices 0, 2 and 4.
    const { document, problems } = readDocument({
      categories: [{ id: 'a', label: 'Álpha' }],
      events: [
        { title: 'Łódź visit', start: '2001-05-03', category: 'a' },
        { title: 'no start' },
        { title: 'Range', start: '2001-05-03', end: '2001-05-07', description: 'Déjà vu' },
        42,
        { title: 'Later', start: '2023' },
      ],
    });
    expect(problems.filter(p => p.severity === 'error')).to.have.length(2);
    expect(document.events.map(event => event.index)).to.deep.equal([0, 2, 4]);
    const search = texts();
    search.clear(document.events);
    const [visit, range, later] = document.events.map(search.of);
    expect(visit.split('\n')).to.include.members(['lodz visit', '3 may 2001', 'alpha']);
    expect(range.split('\n')).to.include.members(['range', 'deja vu', '3 may 2001', '7 may 2001']);
    expect(later.split('\n')).to.include('2023');
    // Kept: asked again, the same text.
    expect(search.of(document.events[1])).to.equal(range);
  });

  it('forgets every text with its document', () => {
    const search = texts();
    const first = readDocument({ events: [{ title: 'Old title', start: '2001' }] }).document;
    search.clear(first.events);
    expect(search.of(first.events[0])).to.contain('old title');
    const next = readDocument({ events: [{ title: 'New title', start: '2002' }] }).document;
    search.clear(next.events);
    expect(search.of(next.events[0])).to.contain('new title');
    expect(search.of(next.events[0])).not.to.contain('old');
    // The old document's events have no text any more.
    expect(search.of(first.events[0])).to.equal('');
  });

  it('makes every text ahead of a search, a share at a time while idle time is left, as `of` makes them', () => {
    const events = readDocument({ events: Array.from({ length: 2500 }, (_, i) => ({ title: `Event ${i}`, start: `2001-05-${String((i % 28) + 1).padStart(2, '0')}` })) }).document.events;
    const ahead = texts();
    ahead.clear(events);
    // No idle time: one share a call (1,000 texts), then the rest.
    const calls = [ahead.make(events, () => 0), ahead.make(events, () => 0), ahead.make(events, () => 0)];
    expect(calls).to.deep.equal([false, false, true]);
    expect(ahead.make(events, () => 0)).to.equal(true);
    const later = texts();
    later.clear(events);
    expect(later.make(events, () => 50)).to.equal(true);
    expect(events.map(ahead.of)).to.deep.equal(events.map(later.of));
    expect(ahead.of(events[2499])).to.contain('event 2499').and.to.contain('8 may 2001');
    // A new document starts again from its first event.
    ahead.clear(events);
    expect(ahead.make(events, () => 0)).to.equal(false);
  });

  it('makes them in idle time when asked, once however often it is asked, and stops for another document', async () => {
    const events = readDocument({ events: Array.from({ length: 2500 }, (_, i) => ({ title: `Event ${i}`, start: '2001' })) }).document.events;
    /** Search texts for `events` that count their calls of `make`. */
    const counted = () => {
      const search = texts();
      search.clear(events);
      const make = search.make.bind(search);
      const counter = { search, calls: 0 };
      search.make = (...args) => (counter.calls++, make(...args));
      return counter;
    };
    const soon = counted();
    soon.search.makeSoon(events);
    soon.search.makeSoon(events);
    // One chain of idle callbacks, each making at least a share: done in at most three.
    await until(() => soon.calls > 0 && (soon.search as unknown as { soon?: unknown }).soon === undefined, 300, 'every text made');
    expect(soon.calls).to.be.within(1, 3);
    // Another document: the old one's chain stops at its next callback, making nothing.
    const other = counted();
    other.search.makeSoon(events);
    other.search.clear(readDocument({ events: [{ title: 'New', start: '2002' }] }).document.events);
    // Idle callbacks run in the order they were asked for: by this one, the chain's first has run.
    await new Promise<void>(resolve => requestIdleCallback(() => resolve()));
    expect(other.calls).to.equal(0);
  });

  it('finds the events that hold every word, as each event’s own text would, across chunks and in any script', () => {
    // Fragments whose folding keeps or changes lengths (marks dropped, "ß" to "ss", "İ"
    // to two code units), and short ones that would match across two fields or events.
    const fragments = ['alpha', 'Łódź', 'Straße', 'İstanbul', 'Déjà', 'ab', 'cd', 'abcd', 'May', '2001', 'x', ''];
    const text = fc.array(fc.constantFrom(...fragments), { maxLength: 3 }).map(list => list.join(' ') || 'untitled');
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: text, description: fc.option(text, { nil: undefined }), day: fc.integer({ min: 1, max: 28 }), ranged: fc.boolean(), category: fc.constantFrom('a', 'b') }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 2300 }),
        fc.array(fc.constantFrom('alpha', 'lodz', 'strasse', 'istanbul', 'deja', 'ab', 'cd', 'abcd', 'bc', 'b', 'may', '2001', 'x', 'untitled', 'alph'), { minLength: 1, maxLength: 3 }),
        (kinds, count, words) => {
          const { document } = readDocument({
            categories: [{ id: 'a', label: 'Álpha' }],
            events: Array.from({ length: count }, (_, i) => {
              const { title, description, day, ranged, category } = kinds[i % kinds.length];
              const start = `2001-05-${String(day).padStart(2, '0')}`;
              return { title, ...(description ? { description } : {}), start, ...(ranged ? { end: '2001-06-30' } : {}), category };
            }),
          });
          const search = texts();
          search.clear(document.events);
          const found = search.find(words);
          const options = { locale: 'en-GB', timeZone: 'UTC' };
          for (const event of document.events) {
            const own = fold([event.title, event.description ?? '', '', formatDate(event.start, options), ...(event.end ? [formatDate(event.end, options)] : []), event.category === 'a' ? 'Álpha' : ''].join('\n'));
            expect(search.of(event)).to.equal(own);
            expect(found(event)).to.equal(words.every(word => own.includes(word)));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('never finds a word across two fields or two events', () => {
    const { document } = readDocument({ events: [{ title: 'ab', description: 'cd', start: '2001' }, { title: 'ef', start: '2001' }] });
    const search = texts();
    search.clear(document.events);
    for (const word of ['abcd', 'cdef', 'bcd', 'dab']) expect(document.events.filter(search.find([word]))).to.have.length(0);
    expect(document.events.filter(search.find(['ab', 'cd'])).map(event => event.title)).to.deep.equal(['ab']);
    expect(document.events.filter(search.find(['ef'])).map(event => event.title)).to.deep.equal(['ef']);
  });
});
