import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { allocateRows, geometry, laneBoxes, maxRows, rowHeight } from '../../src/layout/geometry.js';

describe('allocateRows', () => {
  it('gives every lane what it needs when there is room, and shares the rest in turn', () => {
    expect(allocateRows([3, 1, 0], 9)).to.deep.equal([5, 2, 2]);
  });

  it('never starves a lane that needs little for one that needs much', () => {
    expect(allocateRows([10, 2, 1], 6)).to.deep.equal([3, 2, 1]);
  });

  it('keeps one row per lane, shares no more than it has, and meets demand as far as it can', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { minLength: 1, maxLength: 10 }), fc.nat(60), (demand, extra) => {
        const total = demand.length + extra;
        const rows = allocateRows(demand, total);
        expect(rows).to.have.length(demand.length);
        rows.forEach(count => expect(count).to.be.within(1, maxRows));
        const sum = rows.reduce((a, b) => a + b, 0);
        expect(sum).to.be.at.most(Math.max(total, demand.length));
        // Either every lane has what it needs, or all rows are in use.
        const met = demand.every((need, i) => rows[i] >= Math.min(need, maxRows));
        expect(met || sum === total).to.equal(true);
      }),
    );
  });
});

describe('geometry and lane boxes', () => {
  it('stacks lanes without gaps from the top, above the axis', () => {
    const room = geometry(900, 400, 3, true);
    const boxes = laneBoxes(allocateRows([1, 1, 1], room.rows), room.headers, room.lanesTop);
    expect(boxes[0].top).to.equal(room.lanesTop);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].top).to.equal(boxes[i - 1].top + boxes[i - 1].height);
    const last = boxes[boxes.length - 1];
    expect(last.top + last.height).to.be.at.most(room.axisTop);
    expect(room.axisTop - (last.top + last.height)).to.be.below(rowHeight);
  });

  it('folds lane headers away on narrow hosts', () => {
    expect(geometry(1200, 400, 4).headers).to.equal(true);
    expect(geometry(320, 400, 4).headers).to.equal(false);
  });
});
