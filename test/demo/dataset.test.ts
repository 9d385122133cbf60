import { expect } from '@open-wc/testing';
import { readDocument } from '../../src/model/read.js';
import type { TimelineEvent } from '../../src/model/types.js';

const datasetUrl = new URL('../../demo/data/china-belarus.json', import.meta.url).href;

describe('the default China–Belarus dataset', () => {
  let events: readonly TimelineEvent[];
  const byId = (id: string) => events.find(event => event.id === id)!;

  before(async () => {
    const { document, problems } = readDocument(await (await fetch(datasetUrl)).json());
    expect(problems, JSON.stringify(problems, null, 1)).to.deep.equal([]);
    events = document.events;
  });

  it('has at least 14 events, each with a source', () => {
    expect(events.length).to.be.at.least(14);
    for (const event of events) expect(event.sources.length, event.title).to.be.greaterThan(0);
  });

  it('dates the Minsk arrival and the Polonez parade to the day', () => {
    const arrival = byId('li-arrives-minsk');
    expect(arrival.start.precision).to.equal('day');
    expect(arrival.earliest).to.equal(Date.UTC(2023, 7, 16));
    const parade = byId('polonez-parade');
    expect(parade.start.precision).to.equal('day');
    expect(parade.earliest).to.equal(Date.UTC(2015, 4, 9));
  });

  it('puts the SCO meeting inside late April 2023', () => {
    const sco = byId('sco-new-delhi-2023');
    expect(sco.earliest).to.be.at.least(Date.UTC(2023, 3, 20));
    expect(sco.latest).to.be.below(Date.UTC(2023, 4, 1));
  });

  it('keeps "the early 1990s" a rough span, not a day', () => {
    const ties = byId('defence-ties-1990s');
    expect(ties.uncertain).to.equal(true);
    expect(ties.start.approximate || ties.start.uncertain).to.equal(true);
    expect(ties.latest - ties.earliest).to.be.greaterThan(2 * 365 * 86_400_000);
    expect(ties.displayDate).to.equal('early 1990s');
  });

  it('keeps 2020–2023 a range', () => {
    const russia = byId('russia-ties-2020-2023');
    expect(russia.kind).to.equal('range');
    expect(russia.earliest).to.equal(Date.UTC(2020, 0, 1));
    expect(russia.latest).to.equal(Date.UTC(2024, 0, 1) - 1);
  });
});
