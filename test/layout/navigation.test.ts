import { expect } from '@open-wc/testing';
import { readDocument } from '../../src/model/read.js';
import { prepare } from '../../src/layout/prepare.js';
import { moveTarget } from '../../src/layout/navigation.js';

const prepared = prepare(
  readDocument({
    categories: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }],
    events: [
      { id: 'a2', title: 'a2', start: '2002', category: 'a' },
      { id: 'a1', title: 'a1', start: '2001', category: 'a' },
      { id: 'b1', title: 'b1', start: '2001-06', category: 'b' },
      { id: 'c9', title: 'c9', start: '2009', category: 'c' },
    ],
  }).document,
  'UTC',
);
const index = (id: string) => prepared.byId.get(id)!;
const id = (event: number | undefined) => (event === undefined ? undefined : String(prepared.document.events[event].id));
const centre = Date.UTC(2005, 0, 1);

describe('moveTarget', () => {
  it('goes to the first and last event in time', () => {
    expect(id(moveTarget('first', prepared, undefined, undefined, centre))).to.equal('a1');
    expect(id(moveTarget('last', prepared, [index('a2')], undefined, centre))).to.equal('c9');
  });

  it('steps through time across lanes with next and previous, stopping at the ends', () => {
    expect(id(moveTarget('next', prepared, [index('a1')], undefined, centre))).to.equal('b1');
    expect(id(moveTarget('next', prepared, [index('b1')], undefined, centre))).to.equal('a2');
    expect(id(moveTarget('previous', prepared, [index('a1')], undefined, centre))).to.equal('a1');
    expect(id(moveTarget('next', prepared, [index('c9')], undefined, centre))).to.equal('c9');
  });

  it('steps past all the events of a cluster', () => {
    expect(id(moveTarget('next', prepared, [index('a1'), index('b1'), index('a2')], undefined, centre))).to.equal('c9');
  });

  it('starts from the first visible event when nothing has focus', () => {
    expect(id(moveTarget('next', prepared, undefined, index('a2'), centre))).to.equal('a2');
  });

  it('moves to the event nearest in time in the neighbouring lane, skipping none', () => {
    expect(id(moveTarget('lane-down', prepared, [index('a2')], undefined, centre))).to.equal('b1');
    expect(id(moveTarget('lane-down', prepared, [index('b1')], undefined, centre))).to.equal('c9');
    expect(id(moveTarget('lane-up', prepared, [index('c9')], undefined, centre))).to.equal('b1');
    expect(id(moveTarget('lane-up', prepared, [index('a1')], undefined, centre))).to.equal('a1');
  });
});
