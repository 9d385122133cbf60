import { expect } from '@open-wc/testing';
import { seriousViolations } from '../axe.js';
import { inside, mount, settle } from '../helpers.js';
import type { EventTimeline } from '../../src/element/event-timeline.js';

/** `n` one-day events, one a day from 1 January 2001, titled by their place. */
const days = (n: number) => ({
  events: Array.from({ length: n }, (_, i) => ({ id: `e${i}`, title: `Day ${i + 1}`, start: new Date(Date.UTC(2001, 0, 1 + i)).toISOString().slice(0, 10) })),
});

const listed = (element: EventTimeline) => inside(element, '.list-item').map(item => item.getAttribute('data-event-id'));
const range = (element: EventTimeline) => inside(element, '.list-range')[0]?.textContent?.trim();
const pager = (element: EventTimeline, name: string) => inside<HTMLButtonElement>(element, '.list-pages button').find(button => button.textContent === name)!;

describe('<event-timeline> list view of many events', () => {
  it('lists a page at a time and pages through every event, focus on the first of each page', async () => {
    const element = await mount(days(600), { attributes: { locale: 'en-US' } });
    element.view = 'list';
    await settle(element);
    expect(listed(element)).to.have.length(250);
    expect(listed(element)[0]).to.equal('e0');
    expect(range(element)).to.equal('Events 1–250 of 600');
    expect(pager(element, 'Earlier events').disabled).to.equal(true);
    pager(element, 'Later events').click();
    await settle(element);
    expect(range(element)).to.equal('Events 251–500 of 600');
    expect(listed(element)[0]).to.equal('e250');
    expect(element.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Day 251');
    pager(element, 'Later events').click();
    await settle(element);
    expect(range(element)).to.equal('Events 501–600 of 600');
    expect(listed(element)).to.have.length(100);
    expect(pager(element, 'Later events').disabled).to.equal(true);
    pager(element, 'Earlier events').click();
    await settle(element);
    expect(listed(element)[0]).to.equal('e250');
    // The page keeps the shadow DOM small.
    expect(element.shadowRoot!.querySelectorAll('*').length).to.be.below(3000);
    expect(await seriousViolations(element)).to.deep.equal([]);
  });

  it('opens where the timeline is: at the first event the view begins with', async () => {
    const element = await mount(days(600));
    await element.zoomTo('2001-07-01', '2001-08-01', { animate: false });
    element.view = 'list';
    await settle(element);
    // 1 July 2001 is day 182 (e181).
    expect(listed(element)[0]).to.equal('e181');
    element.view = 'timeline';
    await element.zoomTo('2002-08-01', '2002-09-01', { animate: false });
    element.view = 'list';
    await settle(element);
    // Near the end the page is kept full: the last 250 events.
    expect(listed(element)[0]).to.equal('e350');
    expect(listed(element)).to.have.length(250);
  });

  it('turns to the page of an event selected elsewhere', async () => {
    const element = await mount(days(600));
    element.view = 'list';
    await settle(element);
    expect(listed(element)).not.to.include('e420');
    element.select('e420');
    await settle(element);
    expect(listed(element)).to.include('e420');
    expect(inside(element, '.list-item.selected').map(item => item.getAttribute('data-event-id'))).to.deep.equal(['e420']);
  });

  it('lists a short document whole, without a pager, wherever the timeline was', async () => {
    const element = await mount(days(40));
    await element.zoomTo('2001-02-01', '2001-02-05', { animate: false });
    element.view = 'list';
    await settle(element);
    expect(listed(element)).to.have.length(40);
    expect(inside(element, '.list-pages')).to.have.length(0);
  });
});
