import { expect } from '@open-wc/testing';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import { idle, inside, mount, sample, settle, until } from '../helpers.js';

const clean = () => history.replaceState(null, '', `${location.pathname}${location.search}`);
const details = (element: EventTimeline) => inside(element, '[part="details"] h2')[0]?.textContent;

describe('<event-timeline hash> deep links', () => {
  beforeEach(clean);
  afterEach(clean);

  it('keeps the selection and the visible window in the fragment, beside the page\'s own anchor', async () => {
    history.replaceState(null, '', '#top');
    const element = await mount(sample, { attributes: { hash: '' } });
    element.select('p2');
    await settle(element);
    expect(location.hash).to.match(/^#top&.*event=p2/);
    await element.zoomTo('2002-01-01', '2002-12-31', { animate: false });
    // The URL follows the view once it rests, a few hundred ms later.
    await until(() => location.hash.includes('view=2002-01-01T00:00:00Z/2003-01-01T00:00:00Z'), 600);
  });

  it('restores the window and the selection from the URL on load', async () => {
    history.replaceState(null, '', '#view=2001-01-01T00:00:00Z/2001-12-31T00:00:00Z&event=r1');
    const element = await mount(sample, { attributes: { hash: '' } });
    expect(+element.visibleRange.start).to.equal(Date.UTC(2001, 0, 1));
    expect(+element.visibleRange.end).to.equal(Date.UTC(2001, 11, 31));
    expect(details(element)).to.equal('Range one');
  });

  it('goes back to the previous selection on Back, and follows a link that changes the fragment', async () => {
    const element = await mount(sample, { attributes: { hash: 'main' } });
    element.select('p1');
    await settle(element);
    element.select('p3');
    await settle(element);
    expect(location.hash).to.include('main.event=p3');
    const back = new Promise(resolve => window.addEventListener('popstate', resolve, { once: true }));
    history.back();
    await back;
    await idle(element);
    expect(details(element)).to.equal('Point one');
    location.hash = 'main.event=u1&main.view=2003-01-01T00:00:00Z/2004-01-01T00:00:00Z';
    await new Promise(resolve => window.addEventListener('hashchange', resolve, { once: true }));
    await idle(element);
    expect(details(element)).to.equal('Circa');
    expect(+element.visibleRange.start).to.equal(Date.UTC(2003, 0, 1));
  });

  it('leaves the URL alone without the attribute', async () => {
    const element = await mount(sample);
    element.select('p2');
    await settle(element);
    expect(location.hash).to.equal('');
  });
});
