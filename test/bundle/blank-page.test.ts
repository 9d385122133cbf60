/**
 * The built bundle in a blank page: only the module script and the tag, as a new user
 * would write it. (npm test builds dist/ first.)
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendMouse, resetMouse } from '@web/test-runner-commands';
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

  it('takes 100,000 events, and wheel, double-click and drag work with the shadow DOM under 3,000 nodes', async () => {
    await import(bundleUrl);
    const element = document.createElement('event-timeline') as EventTimeline;
    element.style.cssText = 'display:block;width:1200px;height:500px';
    const loaded = new Promise(resolve => element.addEventListener('timeline-load', resolve, { once: true }));
    element.src = '/test-server/events?n=100000';
    document.body.append(element);
    await loaded;
    const frame = () => new Promise(resolve => requestAnimationFrame(resolve));
    /** Frames until the view stops changing (an animation ended). */
    const still = async () => {
      let last = '';
      for (let same = 0, i = 0; same < 3 && i < 240; i++) {
        await frame();
        await element.updateComplete;
        const now = `${+element.visibleRange.start}`;
        same = now === last ? same + 1 : 0;
        last = now;
      }
    };
    const span = () => +element.visibleRange.end - +element.visibleRange.start;
    const nodes = () => element.shadowRoot!.querySelectorAll('*').length;
    await still();
    expect(element.events).to.have.length(100000);
    const box = element.shadowRoot!.querySelector('svg.surface')!.getBoundingClientRect();
    const x = Math.round(box.left + box.width / 2);
    const y = Math.round(box.top + box.height / 2);
    let most = nodes();
    for (let i = 0; i < 10; i++) {
      const before = span();
      await executeServerCommand('wheel', { x, y, deltaY: -100 });
      await still();
      expect(span()).to.be.lessThan(before);
      most = Math.max(most, nodes());
    }
    const before = span();
    await executeServerCommand('dblclick', { x, y });
    await still();
    expect(span()).to.be.closeTo(before / 2, before * 0.001);
    const start = +element.visibleRange.start;
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 120, y] });
    await sendMouse({ type: 'up' });
    await resetMouse();
    await still();
    expect(+element.visibleRange.start).to.be.lessThan(start);
    most = Math.max(most, nodes());
    expect(most).to.be.below(3000);
    element.remove();
  });

  it('offers import, controls, search, legend toggles, the overview, deep links and export, as a new user finds them', async () => {
    await import(bundleUrl);
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    const element = document.createElement('event-timeline') as EventTimeline;
    element.style.cssText = 'display:block;width:760px;height:460px';
    element.setAttribute('hash', '');
    const loaded = new Promise(resolve => element.addEventListener('timeline-load', resolve, { once: true }));
    // A TimelineJS3 document, recognised by its shape.
    element.data = {
      title: { text: { headline: 'Imported' } },
      events: [
        { start_date: { year: 2001, month: 3 }, text: { headline: 'First <b>one</b>' }, group: 'A', unique_id: 'one' },
        { start_date: { year: 2002 }, text: { headline: 'Second' }, group: 'B', unique_id: 'two' },
      ],
    };
    document.body.append(element);
    await loaded;
    const frame = () => new Promise(resolve => requestAnimationFrame(resolve));
    const settled = async () => {
      for (let i = 0; i < 3; i++) {
        await frame();
        await element.updateComplete;
      }
    };
    await settled();
    const root = element.shadowRoot!;
    const drawn = () => [...root.querySelectorAll('[part~="event"]')].map(node => node.getAttribute('data-event-id'));
    expect(element.events.map(event => event.title)).to.deep.equal(['First one', 'Second']);
    expect(root.querySelectorAll('[part="overview"]')).to.have.length(1);
    // Controls: zoom in halves the window.
    const span = () => +element.visibleRange.end - +element.visibleRange.start;
    const before = span();
    root.querySelector<HTMLButtonElement>('[part="controls"] button[aria-label="Zoom in"]')!.click();
    for (let i = 0; i < 60 && span() > before * 0.51; i++) await frame();
    expect(span()).to.be.closeTo(before / 2, before * 0.01);
    root.querySelector<HTMLButtonElement>('[part="controls"] button[aria-label="Fit all events"]')!.click();
    for (let i = 0; i < 60 && Math.abs(span() - before) > before * 0.001; i++) await frame();
    // Search, then a category off in the legend.
    element.search = 'second';
    await settled();
    expect(drawn()).to.deep.equal(['two']);
    element.search = '';
    await settled();
    [...root.querySelectorAll<HTMLButtonElement>('[part="legend"] button')].find(button => button.textContent?.includes('B'))!.click();
    await settled();
    expect(drawn()).to.deep.equal(['one']);
    // Deep link of a selection, and the view as SVG.
    element.select('one');
    await settled();
    expect(location.hash).to.include('event=one');
    expect(element.toSVG()).to.match(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*First one/);
    // Time running down the page, and right to left.
    element.setAttribute('orientation', 'vertical');
    await settled();
    expect(root.querySelectorAll('svg.surface.vertical [part~="event"]').length).to.be.greaterThan(0);
    element.setAttribute('orientation', 'horizontal');
    element.setAttribute('dir', 'rtl');
    element.style.width = '700px';
    await settled();
    await settled();
    expect(root.querySelector('.base')!.classList.contains('rtl')).to.equal(true);
    element.remove();
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });

  it('asks V8 to compile it as it loads: the compile hint is its first line (see rollup.config.js)', async () => {
    const text = await (await fetch('/test-server/built-bundle')).text();
    expect(text.split('\n', 1)[0]).to.equal('//# allFunctionsCalledOnLoad');
  });
});
