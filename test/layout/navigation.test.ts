import { expect } from '@open-wc/testing';
import { readDocument } from '../../src/model/read.js';
import { prepare } from '../../src/layout/prepare.js';
import { moveTarget } from '../../src/layout/navigation.js';

/** `input` read and prepared in UTC, with its events found and named by id. */
function preparedWithIds(input: unknown) {
  const prepared = prepare(readDocument(input).document, 'UTC');
  const index = (id: string) => prepared.byId.get(id)!;
  const id = (event: number | undefined) => (event === undefined ? undefined : String(prepared.document.events[event].id));
  return { prepared, index, id };
}

const { prepared, index, id } = preparedWithIds({
  categories: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }],
  events: [
    { id: 'a2', title: 'a2', start: '2002', category: 'a' },
    { id: 'a1', title: 'a1', start: '2001', category: 'a' },
    { id: 'b1', title: 'b1', start: '2001-06', category: 'b' },
    { id: 'c9', title: 'c9', start: '2009', category: 'c' },
  ],
});
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
    // At the top lane, focus stays where it is.
    expect(moveTarget('lane-up', prepared, [index('a1')], undefined, centre)).to.equal(undefined);
    expect(moveTarget('lane-down', prepared, [index('c9')], undefined, centre)).to.equal(undefined);
  });

  it('aims a cluster’s ↑ and ↓ at the middle of its events, not at its first', () => {
    // A cluster in lane a of 1990 and 2010: its middle, 2000, is nearest b-middle, not b-early.
    const { prepared: spread, index: at, id: named } = preparedWithIds({
      categories: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }],
      events: [
        { id: 'early', title: 'early', start: '1990', category: 'a' },
        { id: 'late', title: 'late', start: '2010', category: 'a' },
        { id: 'b-early', title: 'b-early', start: '1991', category: 'b' },
        { id: 'b-middle', title: 'b-middle', start: '2000', category: 'b' },
        { id: 'b-late', title: 'b-late', start: '2012', category: 'b' },
      ],
    });
    expect(named(moveTarget('lane-down', spread, [at('early'), at('late')], undefined, centre))).to.equal('b-middle');
    // One event aims at its own start.
    expect(named(moveTarget('lane-down', spread, [at('early')], undefined, centre))).to.equal('b-early');
    // Up from a cluster of 1991 and 2012: its middle, mid-2001, is nearer 2010 than 1990.
    expect(named(moveTarget('lane-up', spread, [at('b-early'), at('b-late')], undefined, centre))).to.equal('late');
  });
});
