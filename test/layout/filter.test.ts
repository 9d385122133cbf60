/**
 * filterDocument (src/layout/filter.ts): the events a filter lets through, against a
 * plain reference, for any mix of search words, categories switched off and a
 * predicate, in both modes.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { filterDocument, findInTexts, fold } from '../../src/layout/filter.js';
import { readDocument } from '../../src/model/read.js';
import type { TimelineEvent } from '../../src/model/types.js';

const words = ['alpha', 'beta', 'Łódź', 'gamma'];

describe('filterDocument', () => {
  it('lets through the events of the categories left on that hold every word and pass the predicate', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: fc.subarray(words).map(list => list.join(' ') || 'none'), category: fc.constantFrom('a', 'b', 'c', undefined) }), { maxLength: 40 }),
        fc.subarray(words, { maxLength: 2 }),
        fc.subarray(['a', 'b', 'c', '']),
        fc.option(fc.integer({ min: 2, max: 4 }), { nil: undefined }),
        fc.constantFrom('hide' as const, 'dim' as const),
        (list, search, hidden, modulo, mode) => {
          const { document } = readDocument({ events: list.map(({ title, category }, i) => ({ title, start: `${2000 + i}`, ...(category ? { category } : {}) })) });
          const predicate = modulo === undefined ? undefined : (event: TimelineEvent) => event.index % modulo !== 0;
          const result = filterDocument(document, { search: search.join(' ').toLowerCase(), hidden: new Set(hidden), predicate, mode }, findInTexts(event => fold(event.title)));
          const shown = document.events.filter(event => !hidden.includes(event.category));
          const matches = (event: TimelineEvent) => search.every(word => fold(event.title).includes(fold(word))) && (!predicate || predicate(event));
          if (mode === 'dim') {
            expect(result.document.events).to.deep.equal(shown);
            expect([...(result.dimmed ?? [])]).to.deep.equal(shown.filter(event => !matches(event)));
          } else {
            expect(result.document.events).to.deep.equal(shown.filter(matches));
            // Every event let through: the document itself (its preparation is kept).
            if (result.matching === document.events.length) expect(result.document).to.equal(document);
          }
          expect(result.matching).to.equal(shown.filter(matches).length);
          for (const id of hidden) expect(result.lanes.map(lane => lane.id)).to.not.include(id);
        },
      ),
      { numRuns: 200 },
    );
  });
});
