import { expect, fixture, html } from '@open-wc/testing';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import { frame, inside, mount, sample, settle } from '../helpers.js';

const datasetUrl = new URL('../../demo/data/china-belarus.json', import.meta.url).href;
let dataset: { events: { id: string; title: string }[] };

before(async () => {
  dataset = await (await fetch(datasetUrl)).json();
});

/** Screen boxes of the drawn labels and cluster badges, with what they belong to. */
function boxes(element: EventTimeline) {
  return [
    ...inside(element, '[part~="event"] text.label').map(node => ({ node, box: node.getBoundingClientRect() })),
    ...inside(element, '[part="cluster"] rect').map(node => ({ node, box: node.getBoundingClientRect() })),
  ];
}

function overlapping(element: EventTimeline): string[] {
  const found = boxes(element);
  const clashes: string[] = [];
  for (let i = 0; i < found.length; i++) {
    for (let j = i + 1; j < found.length; j++) {
      const a = found[i].box;
      const b = found[j].box;
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
        clashes.push(`${found[i].node.textContent} × ${found[j].node.textContent}`);
      }
    }
  }
  return clashes;
}

const ids = (element: EventTimeline, selector = '[part~="event"]') => inside(element, selector).map(node => node.getAttribute('data-event-id'));

describe('<event-timeline> drawing', () => {
  it('fits the default dataset to the early 1990s through August 2023', async () => {
    const element = await mount(dataset, { width: 1200, height: 420 });
    const { start, end } = element.visibleRange;
    expect(start.getUTCFullYear()).to.be.within(1988, 1990);
    expect(+end).to.be.greaterThan(Date.UTC(2023, 7, 18));
    expect(end.getUTCFullYear()).to.be.within(2023, 2025);
  });

  it('accounts for every event as a mark or inside a cluster, with nothing overlapping', async () => {
    const element = await mount(dataset, { width: 1200, height: 420 });
    const clustered = inside(element, '[part="cluster"]').reduce((sum, node) => sum + Number(node.getAttribute('data-count')), 0);
    expect(ids(element).length + clustered).to.equal(dataset.events.length);
    expect(overlapping(element)).to.deep.equal([]);
  });

  it('shows August 2023 event by event, without the 1990s in the DOM', async () => {
    const element = await mount(dataset, { width: 1200, height: 480, attributes: { overview: 'off' } });
    await element.zoomTo('2023-08-01', '2023-08-31', { animate: false });
    await settle(element);
    const drawn = ids(element);
    expect(drawn).to.include.members(['trip-announced', 'moscow-conference', 'li-arrives-minsk', 'minsk-visit']);
    expect(inside(element, '[part="cluster"]')).to.have.length(0);
    expect(inside(element, '[data-event-id="defence-ties-1990s"]')).to.have.length(0);
    expect(overlapping(element)).to.deep.equal([]);
  });

  it('marks points, ranges and rough dates with their parts', async () => {
    const element = await mount(sample);
    const part = (id: string) => inside(element, `[data-event-id="${id}"]`)[0].getAttribute('part')!.split(' ');
    expect(part('p1')).to.deep.equal(['event', 'point']);
    expect(part('r1')).to.deep.equal(['event', 'range']);
    expect(part('u1')).to.include.members(['event', 'point', 'uncertain']);
  });

  it('draws a rough date as the whole span of its possible dates', async () => {
    const element = await mount(sample);
    const circa = inside(element, '[data-event-id="u1"] rect.fuzzy')[0].getBoundingClientRect();
    const exact = inside(element, '[data-event-id="p1"] circle')[0].getBoundingClientRect();
    // "2003~" covers a whole year: far wider than a one-day dot.
    expect(circa.width).to.be.greaterThan(exact.width * 5);
    expect(inside(element, '[data-event-id="u1"] .stripes')).to.have.length(1);
    expect(inside(element, '[data-event-id="p1"] .stripes')).to.have.length(0);
  });

  it('labels lanes, eras, the axis and the legend', async () => {
    const element = await mount(sample);
    expect(inside(element, '[part="lane-label"]').map(node => node.textContent)).to.deep.equal(['Alpha', 'Beta']);
    expect(inside(element, '[part="era"] text')[0].textContent).to.equal('An era');
    expect(inside(element, '[part="axis"] text.tick').length).to.be.greaterThan(2);
    expect(inside(element, '[part="legend"]')[0].textContent).to.contain('Alpha');
  });

  for (const orientation of ['horizontal', 'vertical']) {
    it(`rules the grid and the tick marks as one path each, drawn, at the labelled ticks (${orientation})`, async () => {
      const element = await mount(sample, { attributes: { orientation } });
      const down = orientation === 'vertical';
      // Where each line of a path crosses time: its x when upright, its y when time runs down.
      const at = (path: Element) => [...path.getAttribute('d')!.matchAll(/M(-?[\d.]+) (-?[\d.]+)/g)].map(match => Number(match[down ? 2 : 1]));
      const [grid, ...moreGrids] = inside(element, '.grid path');
      const [ticks, ...moreTicks] = inside(element, '[part="axis"] path.ticks');
      expect([moreGrids, moreTicks]).to.deep.equal([[], []]);
      const times = at(grid);
      expect(times.length).to.be.greaterThan(2);
      expect(at(ticks)).to.deep.equal(times);
      const labels = inside(element, '[part="axis"] text.tick').map(label => Number(label.getAttribute(down ? 'y' : 'x')));
      expect(labels.length).to.be.greaterThan(2);
      for (const time of labels) expect(times).to.include(time);
      for (const path of [grid, ticks]) {
        expect(getComputedStyle(path).fill).to.equal('none');
        expect(getComputedStyle(path).stroke).to.not.equal('none');
      }
    });
  }

  it('draws lane labels over the grid and eras, haloed in their band colour', async () => {
    const element = await mount(sample);
    const [grid] = inside(element, '.grid');
    const [era] = inside(element, '[part="era"]');
    const labels = inside(element, '[part="lane-label"]');
    const bands = inside(element, '.lane-band');
    labels.forEach((label, i) => {
      // Later in the SVG is drawn on top.
      expect(grid.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(era.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      const style = getComputedStyle(label);
      expect(style.paintOrder).to.match(/^stroke/);
      expect(parseFloat(style.strokeWidth)).to.be.greaterThan(1);
      expect(style.stroke).to.equal(getComputedStyle(bands[i]).fill);
    });
    // Alternate bands differ, so each halo must follow its own band.
    expect(getComputedStyle(labels[0]).stroke).to.not.equal(getComputedStyle(labels[1]).stroke);
  });

  it('redraws at the new width when its host is resized', async () => {
    const element = await mount(sample, { width: 900 });
    const before = inside(element, 'svg.surface')[0].getBoundingClientRect().width;
    const range = element.visibleRange;
    element.style.width = '500px';
    await settle(element);
    await settle(element);
    const after = inside(element, 'svg.surface')[0].getBoundingClientRect().width;
    expect(before).to.be.closeTo(900, 2);
    expect(after).to.be.closeTo(500, 2);
    // The same window, drawn narrower.
    expect(+element.visibleRange.start).to.be.closeTo(+range.start, 60_000);
    const axisLine = inside(element, '[part="axis"] line.domain')[0];
    expect(Number(axisLine.getAttribute('x2'))).to.be.closeTo(500, 2);
  });

  it('paints its first frame with data at the final size of its plot (a legend and a problems panel take room from it)', async () => {
    const element = await fixture<EventTimeline>(html`<event-timeline style="width:900px;height:400px" theme="light"></event-timeline>`);
    await settle(element);
    const axisTop = () => inside(element, '[part="axis"] line.domain')[0]?.getBoundingClientRect().top;
    element.data = { events: [...sample.events, { id: 'broken', title: 'Broken', start: 'not a date' }] };
    // A frame callback runs before the frame is painted: what it sees is the first picture.
    await frame();
    const first = axisTop();
    const plot = element.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
    await settle(element);
    await settle(element);
    expect(inside(element, '.errors')).to.have.length(1);
    expect(first).to.be.a('number');
    expect(first).to.equal(axisTop());
    expect(first!).to.be.below(plot.bottom);
  });

  it('draws data given before it is connected in its first painted frame', async () => {
    const element = document.createElement('event-timeline') as EventTimeline;
    element.style.cssText = 'display:block;width:900px;height:400px';
    element.data = sample;
    document.body.append(element);
    try {
      // A frame callback runs before the frame is painted: what it sees is the first picture.
      await frame();
      expect(inside(element, '[part~="event"]').length).to.be.greaterThan(0);
      expect(inside(element, '[part="axis"] line.domain')).to.have.length(1);
    } finally {
      element.remove();
    }
  });

  it('folds lane labels away on a narrow host and keeps the list one click away', async () => {
    const element = await mount(sample, { width: 320 });
    expect(inside(element, '[part="lane-label"]')).to.have.length(0);
    const listButton = inside<HTMLButtonElement>(element, '.switch button').find(button => button.textContent === 'List')!;
    listButton.click();
    await settle(element);
    expect(inside(element, '.list-item')).to.have.length(sample.events.length);
  });

  it('keeps two instances independent', async () => {
    const first = await mount(sample);
    const second = await mount(sample);
    const before = second.visibleRange;
    await first.zoomTo('2001-01-01', '2001-12-31', { animate: false });
    await settle(second);
    expect(+second.visibleRange.start).to.equal(+before.start);
    expect(+first.visibleRange.start).to.not.equal(+before.start);
  });

  it('follows the time-zone attribute for instants but never shifts calendar dates', async () => {
    const data = [
      { id: 'instant', title: 'Instant', start: '2023-08-16T09:30:00Z' },
      { id: 'day', title: 'Day', start: '2023-08-16' },
    ];
    const element = await fixture<EventTimeline>(html`<event-timeline style="width:900px;height:300px" time-zone="Asia/Tokyo"></event-timeline>`);
    element.data = data;
    await settle(element);
    await element.zoomTo('2023-08-16', '2023-08-16', { animate: false });
    await settle(element);
    // In Tokyo (UTC+9) 09:30Z is 18:30 on the 16th: three quarters of the day's width.
    const day = inside(element, '[data-event-id="day"] rect.core, [data-event-id="day"] rect.fuzzy')[0].getBoundingClientRect();
    const instant = inside(element, '[data-event-id="instant"] circle')[0].getBoundingClientRect();
    const x = instant.left + instant.width / 2;
    expect((x - day.left) / day.width).to.be.closeTo(18.5 / 24, 0.02);
  });
});

describe('<event-timeline> start and end', () => {
  it('opens on the start and end attributes, and moves when they change', async () => {
    const element = await mount(sample, { attributes: { start: '2002-01-01', end: '2002-12-31' } });
    // Attributes set after the data: the view follows them.
    expect(+element.visibleRange.start).to.be.closeTo(Date.UTC(2002, 0, 1), 60_000);
    element.setAttribute('start', '2001');
    element.setAttribute('end', '2001');
    await settle(element);
    expect(+element.visibleRange.start).to.be.closeTo(Date.UTC(2001, 0, 1), 60_000);
    expect(+element.visibleRange.end).to.be.closeTo(Date.UTC(2002, 0, 1), 60_000);
  });
});
