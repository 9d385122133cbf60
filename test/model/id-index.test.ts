import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { IdIndex } from '../../src/model/id-index.js';
import { fnv1a } from '../../src/model/ids.js';

/** Ids from a small alphabet, so that they repeat, with the empty string and long ones among them. */
const id = fc.oneof(fc.string({ unit: fc.constantFrom('a', 'b', 'é', '1', '😀'), maxLength: 4 }), fc.string({ maxLength: 40 }));

/** One operation on an index, and on the Map it is checked against. */
const operation = fc.oneof(
  fc.record({ op: fc.constant('add' as const), id, value: fc.integer({ min: -1, max: 1_000_000 }) }),
  fc.record({ op: fc.constant('get' as const), id }),
  fc.record({ op: fc.constant('has' as const), id }),
);

describe('IdIndex', () => {
  it('answers as a Map that keeps each id’s first value, through any sequence of adds and looks', () => {
    fc.assert(
      fc.property(fc.nat({ max: 40 }), fc.array(operation, { maxLength: 300 }), (expected, operations) => {
        const index = new IdIndex(expected);
        const reference = new Map<string, number>();
        for (const step of operations) {
          if (step.op === 'add') {
            expect(index.add(step.id, step.value)).to.equal(reference.get(step.id));
            if (!reference.has(step.id)) reference.set(step.id, step.value);
          } else if (step.op === 'get') {
            expect(index.get(step.id)).to.equal(reference.get(step.id));
          } else {
            expect(index.has(step.id)).to.equal(reference.has(step.id));
          }
          expect(index.size).to.equal(reference.size);
        }
        for (const [key, value] of reference) expect(index.get(key)).to.equal(value);
      }),
      { numRuns: 200 },
    );
  });

  it('finds every id of a large list by its place, ids whose hashes share their low bits included', () => {
    // Ids whose hashes agree in their low 10 bits all start probing from one slot.
    const clashing: string[] = [];
    const slot = fnv1a('e0') & 1023;
    for (let i = 0; clashing.length < 40; i++) if ((fnv1a(`x${i}`) & 1023) === slot) clashing.push(`x${i}`);
    const ids = [...Array.from({ length: 5000 }, (_, i) => `e${i}`), ...clashing, 'e17'];
    const index = IdIndex.of(ids);
    expect(index.size).to.equal(5000 + clashing.length);
    ids.slice(0, -1).forEach((key, i) => expect(index.get(key)).to.equal(i));
    // A later duplicate keeps the first place.
    expect(index.get('e17')).to.equal(17);
    expect(index.has('e5000')).to.equal(false);
    expect(index.get('')).to.equal(undefined);
  });
});
