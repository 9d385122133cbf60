import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PerEvent } from '../../src/element/per-event.js';

describe('PerEvent', () => {
  it('keeps what was stored at each index until cleared, like a Map keyed by index', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.array(fc.oneof(fc.record({ set: fc.nat(299), value: fc.string() }), fc.record({ clear: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }) })), { maxLength: 60 }),
        (size, operations) => {
          const cache = new PerEvent<string>();
          cache.clear(size);
          const model = new Map<number, string>();
          for (const operation of operations) {
            if ('set' in operation) {
              cache.set(operation.set, operation.value);
              model.set(operation.set, operation.value);
            } else {
              cache.clear(operation.clear);
              model.clear();
            }
            for (let index = 0; index < 300; index++) expect(cache.get(index)).to.equal(model.get(index));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('holds nothing before the first value', () => {
    const cache = new PerEvent<number>();
    expect(cache.get(0)).to.equal(undefined);
    cache.clear(10);
    expect(cache.get(3)).to.equal(undefined);
  });
});
