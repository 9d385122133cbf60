/**
 * The built bundle in a blank page: only the module script and the tag, as a new user
 * would write it. (npm test builds dist/ first.)
 */
import { expect } from '@open-wc/testing';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import type { TimelineLoadEvent } from '../../src/events/timeline-load.js';

const bundleUrl = new URL('../../dist/event-timeline.js', import.meta.url).href;
const datasetUrl = new URL('../../demo/data/china-belarus.json', import.meta.url).href;

describe('dist/event-timeline.js in a blank page', () => {
  it('defines <event-timeline>, draws every event of the dataset and fires timeline-load', async () => {
    const host = document.createElement('div');
    host.innerHTML = `<event-timeline src="${datasetUrl}" style="width: 1200px; height: 460px"></event-timeline>`;
    const element = host.firstElementChild as EventTimeline;
    const loaded = new Promise<TimelineLoadEvent>(resolve => element.addEventListener('timeline-load', event => resolve(event as TimelineLoadEvent), { once: true }));
    document.body.append(host);
    await import(bundleUrl);
    expect(customElements.get('event-timeline')).to.be.a('function');
    const { detail } = await loaded;
    const json = await (await fetch(datasetUrl)).json();
    expect(detail.count).to.equal(json.events.length);
    await element.updateComplete;
    await new Promise(resolve => requestAnimationFrame(resolve));
    await element.updateComplete;
    // Every event is drawn, on its own or counted in a cluster.
    const root = element.shadowRoot!;
    const clustered = [...root.querySelectorAll('[part="cluster"]')].reduce((sum, node) => sum + Number(node.getAttribute('data-count')), 0);
    expect(root.querySelectorAll('[part~="event"]').length + clustered).to.equal(json.events.length);
    host.remove();
  });
});
