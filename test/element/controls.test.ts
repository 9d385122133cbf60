import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TimelineFilterChangeEvent } from '../../src/events/timeline-filter-change.js';
import { centre, idle, inside, mount, once, sample, settle, span, until } from '../helpers.js';

const button = (element: Parameters<typeof inside>[0], label: string) => inside<HTMLButtonElement>(element, `[part="controls"] button[aria-label="${label}"]`)[0];
const drawnIds = (element: Parameters<typeof inside>[0]) => inside(element, '[part~="event"]').map(node => node.getAttribute('data-event-id'));

describe('<event-timeline> controls', () => {
  it('zooms in, out and fits from its toolbar buttons', async () => {
    const element = await mount(sample);
    const fitted = span(element);
    button(element, 'Zoom in').click();
    await idle(element);
    expect(span(element)).to.be.closeTo(fitted / 2, fitted * 0.01);
    button(element, 'Zoom out').click();
    button(element, 'Zoom out').click();
    await idle(element);
    expect(span(element)).to.be.closeTo(fitted * 2, fitted * 0.01);
    button(element, 'Fit all events').click();
    await idle(element);
    expect(span(element)).to.be.closeTo(fitted, fitted * 0.001);
  });

  it('reaches its buttons by keyboard, and hides them all with controls="none"', async () => {
    const element = await mount(sample);
    button(element, 'Zoom in').focus();
    const fitted = span(element);
    await sendKeys({ press: 'Enter' });
    await idle(element);
    expect(span(element)).to.be.lessThan(fitted);
    element.controls = 'none';
    await settle(element);
    expect(inside(element, '[part="controls"]')).to.have.length(0);
    element.controls = 'search';
    await settle(element);
    expect(inside(element, '[part="controls"] button')).to.have.length(0);
    expect(inside(element, '[part="search"]')).to.have.length(1);
  });
});

describe('<event-timeline> search and filters', () => {
  it('shows only the events that match the search, keeping the view, and fires timeline-filter-change', async () => {
    const element = await mount(sample);
    const view = [+element.visibleRange.start, +element.visibleRange.end];
    const changed = once<TimelineFilterChangeEvent>(element, 'timeline-filter-change');
    element.search = 'point';
    const { detail } = await changed;
    await settle(element);
    expect(detail).to.deep.include({ search: 'point', shown: 3, total: 5 });
    expect(drawnIds(element)).to.have.members(['p1', 'p2', 'p3']);
    expect([+element.visibleRange.start, +element.visibleRange.end]).to.deep.equal(view);
    expect(element.events).to.have.length(5);
    expect(inside(element, '.matches')[0].textContent).to.equal('3 of 5 events');
  });

  it('matches every word, in any case and without accents, in titles, descriptions, dates and categories', async () => {
    const element = await mount([
      { id: 'a', title: 'Visit to Łódź', start: '2001-05-01', category: 'Trips' },
      { id: 'b', title: 'Meeting', description: 'Talks in Minsk', start: '2002-05-01' },
      { id: 'c', title: 'Other', start: '2003-05-01', category: 'Trips' },
      { id: 'd', title: 'Range', start: '2004-03-03', end: '2004-03-09' },
    ]);
    const find = async (text: string) => {
      element.search = text;
      await settle(element);
      return drawnIds(element);
    };
    expect(await find('LODZ')).to.deep.equal(['a']);
    expect(await find('minsk talks')).to.deep.equal(['b']);
    expect(await find('trips')).to.have.members(['a', 'c']);
    expect(await find('2002')).to.deep.equal(['b']);
    // A range by the dates of both its ends.
    expect(await find('9 march 2004')).to.deep.equal(['d']);
    expect(await find('3 MARCH')).to.deep.equal(['d']);
    expect(await find('nothing like this')).to.deep.equal([]);
    expect(await find('')).to.have.members(['a', 'b', 'c', 'd']);
  });

  it('takes typing in the search box', async () => {
    const element = await mount(sample);
    const box = inside<HTMLInputElement>(element, '[part="search"]')[0];
    box.focus();
    // Typing waits a moment before it filters: a slow machine may filter on the way
    // ("cir"), so what counts is the change that has it all.
    const typed = new Promise<void>(resolve =>
      element.addEventListener('timeline-filter-change', event => {
        if ((event as TimelineFilterChangeEvent).detail.search === 'circa') resolve();
      }),
    );
    await sendKeys({ type: 'circa' });
    await typed;
    await settle(element);
    expect(element.search).to.equal('circa');
    expect(drawnIds(element)).to.deep.equal(['u1']);
  });

  it('toggles a category from the legend, and the list view follows', async () => {
    const element = await mount(sample);
    const toggle = inside<HTMLButtonElement>(element, '[part="legend"] button').find(node => node.textContent?.includes('Beta'))!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const changed = once<TimelineFilterChangeEvent>(element, 'timeline-filter-change');
    toggle.click();
    const { detail } = await changed;
    await settle(element);
    expect(detail.hiddenCategories).to.deep.equal(['b']);
    expect(drawnIds(element)).to.have.members(['p1', 'r1', 'p3']);
    expect(inside(element, '[part="legend"] button').find(node => node.textContent?.includes('Beta'))!.getAttribute('aria-pressed')).to.equal('false');
    element.view = 'list';
    await settle(element);
    expect(inside(element, '.list-item')).to.have.length(3);
  });

  it('dims what does not match with filter-mode="dim", drawn and listed, keeping it reachable', async () => {
    const element = await mount(sample, { attributes: { 'filter-mode': 'dim' } });
    const changed = once<TimelineFilterChangeEvent>(element, 'timeline-filter-change');
    element.search = 'point';
    const { detail } = await changed;
    await settle(element);
    expect(detail).to.deep.include({ shown: 3, total: 5 });
    expect(drawnIds(element)).to.have.members(['p1', 'p2', 'p3', 'r1', 'u1']);
    const dimmed = inside(element, '[part~="dimmed"]').map(node => node.getAttribute('data-event-id'));
    expect(dimmed).to.have.members(['r1', 'u1']);
    expect(getComputedStyle(inside(element, '[data-event-id="r1"]')[0]).opacity).to.equal('0.28');
    element.view = 'list';
    await settle(element);
    expect(inside(element, '.list-item.dimmed').map(node => node.getAttribute('data-event-id'))).to.have.members(['r1', 'u1']);
  });

  it('prepares the whole document once: a search cleared, or dimming, reuses it; new data does not', async () => {
    const preparedOf = (element: object) => (element as { prepared?: object }).prepared;
    const element = await mount(sample);
    const whole = preparedOf(element);
    element.search = 'point';
    await settle(element);
    expect(drawnIds(element)).to.have.members(['p1', 'p2', 'p3']);
    expect(preparedOf(element)).not.to.equal(whole);
    element.search = '';
    await settle(element);
    expect(drawnIds(element)).to.have.length(5);
    expect(preparedOf(element)).to.equal(whole);
    element.filterMode = 'dim';
    element.search = 'point';
    await settle(element);
    expect(preparedOf(element)).to.equal(whole);
    expect(inside(element, '[part~="dimmed"]').map(node => node.getAttribute('data-event-id'))).to.have.members(['r1', 'u1']);
    element.data = structuredClone(element.data);
    await settle(element);
    expect(preparedOf(element)).not.to.equal(whole);
    expect(inside(element, '[part~="dimmed"]')).to.have.length(2);
    // Another locale: the same preparation, names made again.
    const reused = preparedOf(element);
    const name = () => inside(element, '[data-event-id="p1"]')[0].getAttribute('aria-label');
    expect(name()).to.contain('March');
    element.locale = 'fr';
    await settle(element);
    expect(preparedOf(element)).to.equal(reused);
    expect(name()).to.contain('mars');
  });

  it('makes the search texts in idle time once the search box has focus, before any search', async () => {
    const element = await mount(sample);
    const made = () => (element as unknown as { searchTexts: { made?: { count: number } } }).searchTexts.made?.count ?? 0;
    expect(made()).to.equal(0);
    inside<HTMLInputElement>(element, '[part="search"]')[0].focus();
    await until(() => made() === 5, 300, 'every text made');
    element.search = 'point one';
    await settle(element);
    expect(drawnIds(element)).to.deep.equal(['p1']);
  });

  it('starts making them when the pointer comes over the search box, before it is clicked', async () => {
    const element = await mount(sample);
    const made = () => (element as unknown as { searchTexts: { made?: { count: number } } }).searchTexts.made?.count ?? 0;
    expect(made()).to.equal(0);
    const { x, y } = centre(inside(element, '[part="search"]')[0]);
    await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
    await until(() => made() === 5, 300, 'every text made');
    expect(element.shadowRoot!.activeElement).to.equal(null);
    await resetMouse();
  });

  it('applies a filter function, and reports one that throws while showing its events', async () => {
    const element = await mount(sample);
    element.filter = event => event.kind === 'range';
    await settle(element);
    expect(drawnIds(element)).to.deep.equal(['r1']);
    const warned = once<CustomEvent>(element, 'timeline-error');
    element.filter = () => {
      throw new Error('oops');
    };
    const { detail } = await warned;
    await settle(element);
    expect(detail.errors[0].message).to.match(/filter function threw .* oops/);
    expect(drawnIds(element)).to.have.length(5);
  });
});

describe('<event-timeline> export', () => {
  it('gives the view as a standalone SVG with its colours and fonts inlined', async () => {
    const element = await mount(sample);
    const text = element.toSVG();
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    expect(svg.localName).to.equal('svg');
    expect(svg.getAttribute('width')).to.equal('900');
    expect(svg.querySelector('title')?.textContent).to.equal('Sample');
    expect([...svg.querySelectorAll('text')].map(node => node.textContent)).to.include('Point one');
    // No stylesheet and no custom property: every colour is a resolved value.
    expect(text).not.to.include('var(');
    expect(svg.querySelector('style')).to.equal(null);
    const dot = [...svg.querySelectorAll('[style]')].find(node => /fill:rgb\(66, 105, 208\)/.test(node.getAttribute('style')!));
    expect(dot, 'a mark in its lane colour').to.not.equal(undefined);
  });

  it('keeps the lane labels\' halo under their letters', async () => {
    const element = await mount(sample);
    const svg = new DOMParser().parseFromString(element.toSVG(), 'image/svg+xml').documentElement;
    const label = [...svg.querySelectorAll('text')].find(node => node.textContent === 'Alpha')!;
    const style = label.getAttribute('style')!;
    // A 4 px stroke painted over the fill would hide the text.
    expect(style).to.match(/stroke-width:\s*4px/);
    expect(style).to.match(/paint-order:\s*stroke/);
    expect(style).to.match(/stroke-linejoin:\s*round/);
  });

  it('gives a PNG at twice the size by default', async () => {
    const element = await mount(sample);
    const blob = await element.toPNG();
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    const box = inside(element, 'svg.surface')[0].getBoundingClientRect();
    expect(bitmap.width).to.equal(Math.round(box.width) * 2);
  });
});
