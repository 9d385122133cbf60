/**
 * The dates a document shares (model/date-field.ts): one date per string written, a
 * plain day keyed by its digits (model/iso.ts, plainDayKey) without hashing the string.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { plainDayKey } from '../../src/model/iso.js';
import { readDocument } from '../../src/model/read.js';
import { edtfDate } from './arbitraries.js';

/** Strings shaped like "YYYY-MM-DD", digits or not, days that exist or not. */
const dayLike = fc
  .tuple(fc.stringMatching(/^[0-9]{4}$/), fc.stringMatching(/^[0-9]{2}$/), fc.stringMatching(/^[0-9x]{2}$/))
  .map(([y, m, d]) => `${y}-${m}-${d}`);
const anyDate = fc.oneof(dayLike, edtfDate, fc.string({ maxLength: 12 }));

describe('date cache', () => {
  it('gives two strings the same plain-day key only when they are the same string', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        const [ka, kb] = [plainDayKey(a), plainDayKey(b)];
        if (ka >= 0 && ka === kb) expect(a).to.equal(b);
        if (ka >= 0) expect(a).to.match(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 2000 },
    );
    expect(plainDayKey('2001-03-04')).to.equal(20010304);
    expect([plainDayKey('2001-3-04'), plainDayKey(' 2001-03-04'), plainDayKey('2001-03-0x'), plainDayKey('+2001-03-04')]).to.deep.equal([-1, -1, -1, -1]);
  });

  it('reads every date as it reads it alone, however many events share it', () => {
    fc.assert(
      fc.property(fc.array(anyDate, { minLength: 1, maxLength: 12 }), starts => {
        // Each start twice: once early, once at the end, after the cache holds it.
        const shared = readDocument({ events: [...starts, ...starts].map((start, i) => ({ id: `e${i}`, title: 'T', start })) });
        starts.forEach((start, i) => {
          const alone = readDocument({ events: [{ id: 'x', title: 'T', start }] });
          for (const index of [i, i + starts.length]) {
            const event = shared.document.events.find(e => e.index === index);
            expect(event?.start).to.deep.equal(alone.document.events[0]?.start);
            expect(shared.problems.filter(p => p.index === index).map(p => p.message)).to.deep.equal(alone.problems.map(p => p.message));
          }
        });
      }),
      { numRuns: 150 },
    );
  });
});
