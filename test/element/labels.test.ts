/**
 * Labels (src/element/labels.ts): each event's title cut to the limit, with its width,
 * the same as cutting it afresh; kept by input index across filtered subsets.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Labels } from '../../src/element/labels.js';
import { TextMeasure, fitText } from '../../src/element/measure.js';
import { readDocument } from '../../src/model/read.js';

/** A measure in a fixed font, counting the labels it is asked to measure. */
function counted(): { measure: TextMeasure; count: () => number } {
  const measure = new TextMeasure();
  measure.setFont('12px sans-serif');
  let calls = 0;
  const width = measure.width.bind(measure);
  measure.width = (text: string) => (calls++, width(text));
  return { measure, count: () => calls };
}

const documentOf = (titles: string[]) => readDocument({ events: titles.map((title, i) => ({ title, start: `${2000 + (i % 20)}-01-01` })) }).document;

describe('Labels', () => {
  it('gives each event its title cut to the limit and that text’s width, whichever subset asks', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 60 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 20, max: 300 }), fc.array(fc.boolean()), (titles, limit, keep) => {
        const { events } = documentOf(titles);
        const { measure } = counted();
        const labels = new Labels(measure);
        labels.reset(events, limit);
        const subset = events.filter((_, i) => keep[i] ?? true);
        for (const event of [...subset, ...events]) {
          const text = fitText(measure, event.title, limit);
          expect(labels.text(event)).to.equal(text);
          expect(labels.width(event)).to.equal(measure.width(text));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('measures an event it was not reset with (an index past the end) rather than giving no width', () => {
    const { events } = documentOf(['Alpha', 'Beta', 'Gamma', 'A title far too long for the limit of this timeline']);
    const { measure } = counted();
    const labels = new Labels(measure);
    labels.reset(events.slice(0, 1), 80);
    for (const event of events.slice(1)) {
      const text = fitText(measure, event.title, 80);
      expect(labels.width(event)).to.equal(measure.width(text));
      expect(labels.text(event)).to.equal(text);
    }
  });

  it('measures each label once, for the whole document and its subsets alike, until reset', () => {
    const { events } = documentOf(['Alpha', 'Beta', 'A title far too long for the limit of this timeline', 'Delta']);
    const { measure, count } = counted();
    const labels = new Labels(measure);
    labels.reset(events, 80);
    for (const event of events) labels.width(event);
    const first = count();
    expect(first).to.be.greaterThan(0);
    // A search's subset: the same events, nothing measured again.
    for (const event of [events[1], events[2]]) labels.text(event);
    expect(count()).to.equal(first);
    expect(labels.text(events[2]).endsWith('…')).to.equal(true);
    labels.reset(undefined, 400);
    expect(labels.text(events[2])).to.equal(events[2].title);
    expect(count()).to.be.greaterThan(first);
  });
});
