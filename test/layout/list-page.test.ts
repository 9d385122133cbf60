import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { pageAt, pageHolding, turnPage } from '../../src/layout/list-page.js';
import { argsort } from '../../src/layout/argsort.js';

describe('list pages', () => {
  it('open at the first event starting at or after the view, kept full', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 200 }), fc.integer({ min: -10, max: 1010 }), fc.integer({ min: 1, max: 60 }), (starts, from, size) => {
        const startEarliest = Float64Array.from(starts);
        const order = argsort(startEarliest);
        const first = pageAt({ order, startEarliest }, from, size);
        const total = starts.length;
        if (total <= size) {
          expect(first).to.equal(0);
          return;
        }
        const firstAfter = [...order].findIndex(index => startEarliest[index] >= from);
        const expected = Math.min(firstAfter < 0 ? total : firstAfter, total - size);
        expect(first).to.equal(expected);
        expect(first + size).to.be.at.most(total);
      }),
    );
  });

  it('turn within the events, and hold any event asked for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 300 }), fc.nat(), fc.nat(), (total, size, a, b) => {
        const first = a % total;
        const position = b % total;
        const holding = pageHolding(first, position, total, size);
        expect(position).to.be.within(holding, holding + size - 1);
        expect(holding).to.be.within(0, total - 1);
        for (const direction of [-1, 1] as const) {
          const next = turnPage(first, direction, total, size);
          expect(next).to.be.within(0, total - 1);
          if (direction > 0) expect(next === first + size || (next === first && first + size >= total)).to.equal(true);
          else expect(next).to.equal(Math.max(0, first - size));
        }
      }),
    );
  });
});
