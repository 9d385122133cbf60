/**
 * The dates a document shares (model/date-cache.ts): one date per string written, a
 * plain day keyed by its digits (model/iso.ts, plainDayKey) without hashing the string.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { cacheKey } from '../../src/model/date-cache.js';
import { plainDayKey } from '../../src/model/iso.js';
import { readDocument } from '../../src/model/read.js';
import { edtfDate } from './arbitraries.js';

/** Strings shaped like "YYYY-MM-DD", digits or not, days that exist or not. */
const dayLike = fc
  .tuple(fc.stringMatching(/^[0-9]{4}$/), fc.stringMatching(/^[0-9]{2}$/), fc.stringMatching(/^[0-9x]{2}$/))
  .map(([y, m, d]) => `${y}-${m}-${d}`);
const anyDate = fc.oneof(
  dayLike,
  fc.tuple(dayLike, fc.constantFrom('~', '?', '%', 'x', '~~', '')).map(([day, q]) => day + q),
  edtfDate,
  fc.string({ maxLength: 12 }),
);

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

  it('keys two strings alike only when they are the same string', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        const [ka, kb] = [cacheKey(a), cacheKey(b)];
        if (ka !== undefined && ka === kb) expect(a).to.equal(b);
      }),
      { numRuns: 3000, examples: [['1993-05-17', '1993-05-17~'], ['1993-05-17~', '1993-05-17?'], ['1993-05-17%', '1993-05-17']] },
    );
    // Days and qualified days by number, so never hashed.
    expect(['2001-03-04', '2001-03-04~', '2001-03-04?', '2001-03-04%'].map(cacheKey)).to.deep.equal([20010304, 120010304, 220010304, 320010304]);
    expect(['2001-03-04x', '2001-3-04~', '2001-03-04T10:00Z'].map(cacheKey)).to.deep.equal(['2001-03-04x', '2001-3-04~', undefined]);
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

  it("shares an interval's ends with the same dates written alone, and keeps no interval whole", () => {
    const { document } = readDocument({
      events: ['1993-05-17', '1993-05-17/1993-06-02', '1993-06-02', '1993-05-17/1993-06-02', '199X/200X', '199X'].map((start, i) => ({ id: `e${i}`, title: 'T', start })),
    });
    const [day, interval, end, again, decades, decade] = [0, 1, 2, 3, 4, 5].map(i => document.events.find(event => event.index === i)!.start);
    expect(interval.interval?.start).to.equal(day);
    expect(interval.interval?.end).to.equal(end);
    expect(again.interval?.start).to.equal(day);
    expect(decades.interval?.start).to.equal(decade);
    // Read again from its kept ends: equal, not the same object.
    expect(again).to.deep.equal(interval);
    expect(again).not.to.equal(interval);
  });
});
