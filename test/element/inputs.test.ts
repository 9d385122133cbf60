import { expect, fixture, html } from '@open-wc/testing';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import type { TimelineLoadEvent } from '../../src/events/timeline-load.js';
import type { TimelineErrorEvent } from '../../src/events/timeline-error.js';
import { inside, mount, once, sample, settle } from '../helpers.js';

const datasetUrl = new URL('../../demo/data/china-belarus.json', import.meta.url).href;

/** Ids of every event drawn as a mark or held by a cluster, or listed. */
function drawnTitles(element: EventTimeline): string[] {
  return inside(element, '[part~="event"] text.label').map(node => node.textContent ?? '');
}

describe('<event-timeline> inputs', () => {
  it('draws the events given in the data property', async () => {
    const element = await mount(sample);
    expect(drawnTitles(element)).to.have.members(sample.events.map(event => event.title));
  });

  it('takes a bare array of events', async () => {
    const element = await mount([
      { title: 'One', start: '2020-01-01' },
      { title: 'Two', start: '2020-06-01' },
    ]);
    expect(drawnTitles(element)).to.have.members(['One', 'Two']);
  });

  it('names the plot after the document title', async () => {
    const element = await mount(sample);
    expect(inside(element, '.plot')[0].getAttribute('aria-label')).to.equal('Sample');
  });

  it('fetches src and fires timeline-load with the count', async () => {
    const element = await fixture<EventTimeline>(html`<event-timeline style="width:900px;height:400px"></event-timeline>`);
    const loaded = once<TimelineLoadEvent>(element, 'timeline-load');
    element.src = datasetUrl;
    const event = await loaded;
    const json = await (await fetch(datasetUrl)).json();
    expect(event.detail.count).to.equal(json.events.length);
    expect(event.detail.errors).to.deep.equal([]);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('reads an inline JSON script child', async () => {
    const element = await fixture<EventTimeline>(html`<event-timeline style="width:900px;height:400px"
      ><script type="application/json">
        [{ "title": "Inline one", "start": "1999" }, { "title": "Inline two", "start": "2001-02-03" }]
      </script></event-timeline
    >`);
    await settle(element);
    expect(element.events.map(event => event.title)).to.deep.equal(['Inline one', 'Inline two']);
  });

  it('reports invalid inline JSON in part="error"', async () => {
    const element = await fixture<EventTimeline>(html`<event-timeline
      ><script type="application/json">{ "events": [ </script></event-timeline
    >`);
    await settle(element);
    const error = inside(element, '[part="error"]')[0];
    expect(error.textContent).to.match(/not valid JSON/);
  });

  it('reports a failed fetch and keeps the events it had', async () => {
    const element = await mount(sample);
    const failed = once<TimelineErrorEvent>(element, 'timeline-error');
    element.src = '/test-server/status/404';
    const event = await failed;
    await settle(element);
    expect(event.detail.errors[0].message).to.match(/404/);
    expect(inside(element, '[part="error"]')[0].textContent).to.match(/404/);
    expect(drawnTitles(element)).to.include('Point one');
  });

  for (const [route, expected] of [
    ['status/500', /500/],
    ['html', /HTML/],
    ['truncated', /not valid JSON/],
    ['empty', /empty/],
  ] as const) {
    it(`answers a src that gives ${route} with an error and keeps the events shown`, async () => {
      const element = await mount(sample);
      const failed = once<TimelineErrorEvent>(element, 'timeline-error');
      element.src = `/test-server/${route}`;
      const { detail } = await failed;
      await settle(element);
      expect(detail.errors[0].message).to.match(expected);
      expect(inside(element, '[part="error"]')[0].textContent).to.match(expected);
      expect(drawnTitles(element)).to.include('Point one');
    });
  }

  it('reports a network error', async () => {
    const element = await mount(sample);
    const failed = once<TimelineErrorEvent>(element, 'timeline-error');
    // A port nothing listens on, on this machine.
    element.src = 'http://127.0.0.1:9/events.json';
    const { detail } = await failed;
    expect(detail.errors[0].message).to.match(/Could not fetch/);
  });

  it('lets a newer src win over an older fetch still in flight', async () => {
    const element = await fixture<EventTimeline>(html`<event-timeline style="width:900px;height:400px"></event-timeline>`);
    const titles: string[][] = [];
    element.addEventListener('timeline-load', () => titles.push(element.events.map(event => event.title)));
    element.src = '/test-server/slow?ms=400&title=old';
    await element.updateComplete;
    element.src = '/test-server/events?n=2&title=new';
    await once(element, 'timeline-load');
    // Let the slow response arrive too (fetching it ourselves waits as long), then look again.
    await fetch('/test-server/slow?ms=400&title=old');
    await settle(element);
    expect(titles).to.deep.equal([['new 0', 'new 1']]);
    expect(element.events.map(event => event.title)).to.deep.equal(['new 0', 'new 1']);
  });

  it('keeps the valid events and reports each bad one with its index and field', async () => {
    const errors = once<TimelineErrorEvent>(document.body, 'timeline-error');
    const element = await mount({
      events: [
        { id: 'ok', title: 'Fine', start: '2001' },
        { id: 'no-title', start: '2001' },
        { id: 'bad-date', title: 'Bad date', start: 'yesterday' },
        { id: 'backwards', title: 'Backwards', start: '2005', end: '2001' },
      ],
    });
    const { detail } = await errors;
    const byId = new Map(detail.errors.map(error => [error.id, error]));
    expect(byId.get('no-title')).to.include({ index: 1, field: 'title' });
    expect(byId.get('bad-date')).to.include({ index: 2, field: 'start' });
    expect(byId.get('backwards')).to.include({ index: 3, field: 'end' });
    expect(element.events.map(event => event.id)).to.deep.equal(['ok']);
    const shown = inside(element, '[part="error"]')[0].textContent!;
    expect(shown).to.match(/Event 2 \(id bad-date\)/);
  });

  it('never renders markup from data', async () => {
    const element = await mount([{ title: '<img src=x onerror="window.__pwned=1">', start: '2001', description: '<b>bold</b>' }]);
    expect(inside(element, 'img, b')).to.have.length(0);
    expect(drawnTitles(element)[0]).to.equal('<img src=x onerror="window.__pwned=1">');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('<event-timeline> reload and replacement', () => {
  it('reload() fetches src again, keeping the view window and the selection', async () => {
    const element = await fixture<EventTimeline>(html`<event-timeline style="width:900px;height:400px"></event-timeline>`);
    element.src = '/test-server/events?n=20&title=live';
    await once(element, 'timeline-load');
    await settle(element);
    await element.zoomTo('2003-01-01', '2006-12-31', { animate: false });
    element.select(5);
    const range = element.visibleRange;
    const reloaded = once<TimelineLoadEvent>(element, 'timeline-load');
    await element.reload();
    expect((await reloaded).detail.count).to.equal(20);
    await settle(element);
    expect(+element.visibleRange.start).to.equal(+range.start);
    expect(+element.visibleRange.end).to.equal(+range.end);
    expect(inside(element, '[part="details"] h2')[0].textContent).to.equal('live 5');
  });

  it('lets data set by code win over a fetch still in flight', async () => {
    const element = await fixture<EventTimeline>(html`<event-timeline style="width:900px;height:400px"></event-timeline>`);
    element.src = '/test-server/slow?ms=300&title=fetched';
    await element.updateComplete;
    element.data = [{ title: 'From code', start: '2001' }];
    await settle(element);
    await fetch('/test-server/slow?ms=300&title=fetched');
    await settle(element);
    expect(element.events.map(event => event.title)).to.deep.equal(['From code']);
  });

  it('takes new data in the middle of a zoom animation without an error, and shows the new data', async () => {
    const element = await mount(sample);
    const errors: ErrorEvent[] = [];
    const listener = (event: ErrorEvent) => errors.push(event);
    window.addEventListener('error', listener);
    const zooming = element.zoomTo('2001-01-01', '2001-03-31');
    await new Promise(resolve => requestAnimationFrame(resolve));
    element.data = [{ id: 'new', title: 'Replacement', start: '1999-06-01' }];
    await zooming;
    await settle(element);
    window.removeEventListener('error', listener);
    expect(errors).to.deep.equal([]);
    expect(inside(element, '[part~="event"]').map(node => node.getAttribute('data-event-id'))).to.deep.equal(['new']);
  });
});
