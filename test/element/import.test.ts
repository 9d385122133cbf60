import { expect } from '@open-wc/testing';
import type { TimelineErrorEvent } from '../../src/events/timeline-error.js';
import { inside, mount, once, settle } from '../helpers.js';
import { timelineJS, visData } from '../model/import/fixtures.js';

const drawn = (element: HTMLElement & { shadowRoot: ShadowRoot | null }) =>
  inside(element as never, '[part~="event"]').map(node => node.getAttribute('aria-label') ?? '');

describe('<event-timeline> reading other formats', () => {
  it('draws a TimelineJS3 document with its events, dates and groups, and says what it left out', async () => {
    const warned = once<TimelineErrorEvent>(document.body, 'timeline-error');
    // Tall enough for three lane headers under the problems panel in either browser's fonts.
    const element = await mount(timelineJS, { height: 460, attributes: { locale: 'en-GB' } });
    const { detail } = await warned;
    expect(element.events.map(event => event.title)).to.deep.equal(['Ides of March', 'Augustus reigns', 'Vesuvius erupts', 'No headline, only text']);
    expect(inside(element, '[part="lane-label"]').map(node => node.textContent?.trim())).to.include.members(['Politics', 'Nature']);
    expect(detail.errors.every(problem => problem.severity === 'warning')).to.equal(true);
    expect(detail.errors.map(problem => problem.field)).to.include('background');
    await element.zoomTo('-0045', '-0043');
    await settle(element);
    expect(drawn(element).find(name => name.startsWith('Ides of March'))).to.include('15 March 44 BC');
  });

  it('draws vis-timeline items with their groups, and background items as eras', async () => {
    const element = await mount(visData);
    expect(element.events.map(event => event.title)).to.deep.equal(['Kick-off', 'Build', 'Move', 'Launch']);
    expect(inside(element, '[part="lane-label"]').map(node => node.textContent?.trim())).to.include.members(['Work', 'Home']);
    expect(inside(element, '[part="era"]')).to.have.length(1);
  });

  it('reads the same data again when format changes', async () => {
    // Items with both a title and a content read as vis data unless told otherwise.
    const element = await mount([{ title: 'Ours', content: 'Theirs', start: '2001-01-01' }], { attributes: { format: 'event-timeline' } });
    expect(element.events.map(event => event.title)).to.deep.equal(['Ours']);
    element.format = 'vis';
    await settle(element);
    expect(element.events.map(event => event.title)).to.deep.equal(['Theirs']);
  });
});
