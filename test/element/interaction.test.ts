import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import type { TimelineRangeChangeEvent } from '../../src/events/timeline-range-change.js';
import type { TimelineSelectEvent } from '../../src/events/timeline-select.js';
import { centre, dblclick, frame, idle, inside, mount, once, pinch, sample, settle, span, until, wheel } from '../helpers.js';

const plotCentre = (element: EventTimeline) => centre(inside(element, 'svg.surface')[0]);
/** The element focused inside the shadow root. */
const focused = (element: EventTimeline) => element.shadowRoot!.activeElement;
const focusedId = (element: EventTimeline) => focused(element)?.getAttribute('data-event-id');

/** Presses keys one at a time and lets the view settle after each. */
async function press(element: EventTimeline, ...keys: string[]) {
  for (const key of keys) {
    await sendKeys({ press: key });
    await settle(element);
  }
}

/** Puts keyboard focus into the timeline the way a person does: with Tab. */
async function tabInto(element: EventTimeline) {
  const before = document.createElement('button');
  before.textContent = 'before';
  element.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  // Past the Timeline / List switch to the plot.
  while (!inside(element, '.plot')[0].contains(focused(element)) && focused(element)) await sendKeys({ press: 'Tab' });
  await settle(element);
}

afterEach(async () => {
  await resetMouse();
});

describe('<event-timeline> pointer', () => {
  it('zooms in around the pointer on wheel and reports the new range', async () => {
    const element = await mount(sample, { attributes: { 'wheel-zoom': 'always' } });
    const before = span(element);
    const changes: TimelineRangeChangeEvent[] = [];
    element.addEventListener('timeline-range-change', event => changes.push(event));
    await wheel({ ...plotCentre(element), deltaY: -200 });
    await settle(element);
    expect(span(element)).to.be.lessThan(before * 0.8);
    expect(changes.length).to.be.greaterThan(0);
    const last = changes[changes.length - 1].detail;
    expect(+last.start).to.equal(+element.visibleRange.start);
    expect(+last.end).to.equal(+element.visibleRange.end);
  });

  it('zooms out on wheel down', async () => {
    const element = await mount(sample, { attributes: { 'wheel-zoom': 'always' } });
    await element.zoomTo('2002-01-01', '2002-12-31', { animate: false });
    const before = span(element);
    await wheel({ ...plotCentre(element), deltaY: 200 });
    await settle(element);
    expect(span(element)).to.be.greaterThan(before * 1.2);
  });

  it('leaves the plain wheel to the page in ctrl mode, and zooms with Ctrl', async () => {
    const element = await mount(sample, { attributes: { 'wheel-zoom': 'ctrl' } });
    const before = span(element);
    await wheel({ ...plotCentre(element), deltaY: -200 });
    await settle(element);
    expect(span(element)).to.equal(before);
    expect(inside(element, '.hint')).to.have.length(1);
    await wheel({ ...plotCentre(element), deltaY: -100, modifier: 'Control' });
    await settle(element);
    expect(span(element)).to.be.lessThan(before);
  });

  it('in auto mode scrolls a scrolling page instead of zooming', async () => {
    const element = await mount(sample);
    // Make the page taller than the window, below the timeline.
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.append(spacer);
    try {
      const before = span(element);
      await wheel({ ...plotCentre(element), deltaY: -120 });
      await settle(element);
      expect(span(element)).to.equal(before);
      expect(inside(element, '.hint')[0].textContent).to.match(/scroll to zoom/);
    } finally {
      spacer.remove();
    }
  });

  it('pans on horizontal trackpad scroll', async () => {
    const element = await mount(sample, { attributes: { 'wheel-zoom': 'always' } });
    await element.zoomTo('2002-01-01', '2002-12-31', { animate: false });
    const before = element.visibleRange;
    await wheel({ ...plotCentre(element), deltaX: 120 });
    await settle(element);
    expect(+element.visibleRange.start).to.be.greaterThan(+before.start);
    expect(span(element)).to.be.closeTo(+before.end - +before.start, 1000);
  });

  it('pans a short way by moving the drawn marks as one group, without redrawing them', async () => {
    const element = await mount(sample, { attributes: { 'wheel-zoom': 'always' } });
    await element.zoomTo('2001-06-01', '2003-06-01', { animate: false });
    await settle(element);
    const mark = inside(element, '[data-event-id="p2"] circle')[0];
    const before = { x: centre(mark).x, cx: mark.getAttribute('cx') };
    await wheel({ ...plotCentre(element), deltaX: 60 });
    await settle(element);
    const after = inside(element, '[data-event-id="p2"] circle')[0];
    expect(after).to.equal(mark);
    expect(after.getAttribute('cx')).to.equal(before.cx);
    expect(centre(after).x).to.be.closeTo(before.x - 60, 2);
    expect(inside(element, 'g.marks')[0].getAttribute('transform')).to.match(/translate\(-6\d(\.\d+)? 0\)/);
  });

  it('pans on drag', async () => {
    const element = await mount(sample);
    await element.zoomTo('2002-01-01', '2002-12-31', { animate: false });
    const before = element.visibleRange;
    const { x, y } = plotCentre(element);
    await sendMouse({ type: 'move', position: [x, y + 60] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 50, y + 60] });
    await sendMouse({ type: 'move', position: [x + 100, y + 60] });
    await sendMouse({ type: 'up' });
    await settle(element);
    // Dragging right brings earlier times into view.
    expect(+element.visibleRange.start).to.be.lessThan(+before.start);
    expect(span(element)).to.be.closeTo(+before.end - +before.start, 1000);
  });

  it('holds the pointer through a drag once it moves, and lets it go on release', async () => {
    const element = await mount(sample);
    await element.zoomTo('2002-01-01', '2002-12-31', { animate: false });
    const surface = inside(element, 'svg.surface')[0];
    let pointer = -1;
    surface.addEventListener('pointerdown', event => (pointer = (event as PointerEvent).pointerId));
    const { x, y } = plotCentre(element);
    await sendMouse({ type: 'move', position: [x, y + 60] });
    await sendMouse({ type: 'down' });
    await frame();
    // A press alone holds nothing: a click still reaches what was pressed.
    expect(pointer, 'pointerdown seen').to.not.equal(-1);
    expect(surface.hasPointerCapture(pointer), 'held on press').to.equal(false);
    await sendMouse({ type: 'move', position: [x + 40, y + 60] });
    await until(() => surface.hasPointerCapture(pointer), 60, 'the drag holds the pointer');
    await sendMouse({ type: 'up' });
    await until(() => !surface.hasPointerCapture(pointer), 60, 'the release lets it go');
  });

  it('zooms in on double-click', async () => {
    const element = await mount(sample);
    const before = span(element);
    await dblclick(plotCentre(element));
    await idle(element);
    // Twice as close, animated to the same place d3-zoom's own double-click would reach.
    expect(span(element)).to.be.closeTo(before / 2, before * 0.001);
  });

  it('zooms in on a two-finger pinch', async () => {
    const element = await mount(sample);
    const before = span(element);
    await pinch({ ...plotCentre(element), from: 60, to: 240 });
    await settle(element);
    expect(span(element)).to.be.lessThan(before * 0.6);
  });

  it('selects on click, fires timeline-select, and shows details with source links', async () => {
    const element = await mount(sample);
    const selected = once<TimelineSelectEvent>(element, 'timeline-select');
    const mark = inside(element, '[data-event-id="p1"] circle')[0];
    const { x, y } = centre(mark);
    await sendMouse({ type: 'click', position: [x, y] });
    const { detail } = await selected;
    await settle(element);
    expect(detail.id).to.equal('p1');
    expect(detail.event!.title).to.equal('Point one');
    const details = inside(element, '[part="details"]')[0];
    expect(details.querySelector('h2')!.textContent).to.equal('Point one');
    const link = details.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/a');
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.contain('noopener');
    expect(inside(element, '[data-event-id="p1"]')[0].getAttribute('part')).to.contain('selected');
  });

  it('shows a tooltip on hover', async () => {
    const element = await mount(sample);
    const { x, y } = centre(inside(element, '[data-event-id="p2"] circle')[0]);
    await sendMouse({ type: 'move', position: [x, y] });
    await settle(element);
    const tooltip = inside(element, '[part="tooltip"]')[0];
    expect(tooltip.textContent).to.contain('Point two');
  });

  it('zooms into a cluster when it is clicked', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, title: `Event number ${i}`, start: `2010-01-${String(1 + (i % 28)).padStart(2, '0')}` }));
    const element = await mount([...many, { id: 'far', title: 'Far away', start: '1990-01-01' }], { width: 600, height: 260 });
    const cluster = inside(element, '[part="cluster"]')[0];
    expect(Number(cluster.getAttribute('data-count'))).to.be.greaterThan(1);
    const before = span(element);
    const { x, y } = centre(cluster.querySelector('rect')!);
    await sendMouse({ type: 'click', position: [x, y] });
    await idle(element);
    expect(span(element)).to.be.lessThan(before / 10);
  });

  it('names a cluster of one day’s events by that day, and zooms into it to see the day', async () => {
    const sameDay = Array.from({ length: 12 }, (_, i) => ({ id: `d${i}`, title: `Same day ${i}`, start: '2010-01-05' }));
    const element = await mount([...sameDay, { id: 'far', title: 'Far away', start: '1990-01-01' }], { width: 600, height: 260, attributes: { locale: 'en-GB' } });
    // The day's events that fit no row: a badge at 5 January 2010.
    const cluster = inside(element, '[part="cluster"]').find(node => node.getAttribute('aria-label')?.includes('2010'));
    // Each is known to the day: no time of day in its name.
    expect(cluster?.getAttribute('aria-label')).to.match(/^\d+ events, 5 January 2010\. Press Enter to zoom in\.$/);
    const { x, y } = centre(cluster!.querySelector('rect')!);
    await sendMouse({ type: 'click', position: [x, y] });
    await idle(element);
    // The whole day and a margin, not the minute around its midnight.
    const { start, end } = element.visibleRange;
    expect(+start).to.be.at.most(Date.UTC(2010, 0, 5));
    expect(+end).to.be.at.least(Date.UTC(2010, 0, 6) - 1);
    expect(span(element)).to.be.below(2 * 86_400_000);
  });
});

describe('<event-timeline> keyboard', () => {
  it('is one tab stop that lands on an event', async () => {
    const element = await mount(sample);
    await tabInto(element);
    expect(focusedId(element)).to.equal('p1');
    expect(inside(element, '[tabindex="0"]').filter(node => node.closest('.plot'))).to.have.length(1);
  });

  it('moves through events in time with ← and →, Home and End', async () => {
    const element = await mount(sample);
    await tabInto(element);
    await press(element, 'ArrowRight');
    expect(focusedId(element)).to.equal('r1');
    await press(element, 'ArrowRight');
    expect(focusedId(element)).to.equal('p2');
    await press(element, 'ArrowLeft');
    expect(focusedId(element)).to.equal('r1');
    await press(element, 'End');
    expect(focusedId(element)).to.equal('p3');
    await press(element, 'Home');
    expect(focusedId(element)).to.equal('p1');
  });

  it('moves between lanes with ↑ and ↓', async () => {
    const element = await mount(sample);
    await tabInto(element);
    await press(element, 'ArrowDown');
    expect(focusedId(element)).to.equal('p2');
    await press(element, 'ArrowUp');
    expect(['p1', 'r1', 'p3']).to.include(focusedId(element));
  });

  it('follows the focused event when it is out of view', async () => {
    const element = await mount(sample);
    await element.zoomTo('2001-01-01', '2001-06-30', { animate: false });
    await tabInto(element);
    await press(element, 'End');
    expect(focusedId(element)).to.equal('p3');
    const { start, end } = element.visibleRange;
    expect(+start).to.be.lessThan(Date.UTC(2004, 0, 16));
    expect(+end).to.be.greaterThan(Date.UTC(2004, 0, 15));
  });

  it('selects with Enter and Space, and clears with Escape', async () => {
    const element = await mount(sample);
    await tabInto(element);
    await press(element, 'Enter');
    expect(inside(element, '[part="details"] h2')[0].textContent).to.equal('Point one');
    await press(element, 'Escape');
    expect(inside(element, '[part="details"]')).to.have.length(0);
    await press(element, 'ArrowRight', ' ');
    expect(inside(element, '[part="details"] h2')[0].textContent).to.equal('Range one');
  });

  it('zooms with + and -, pans with PageUp and PageDown, fits with 0', async () => {
    const element = await mount(sample);
    await tabInto(element);
    const fitted = element.visibleRange;
    const fittedSpan = span(element);
    await press(element, '+');
    expect(span(element)).to.be.closeTo(fittedSpan / 2, fittedSpan * 0.01);
    const zoomed = element.visibleRange;
    await press(element, 'PageUp');
    expect(+element.visibleRange.start).to.be.lessThan(+zoomed.start);
    await press(element, 'PageDown');
    await press(element, 'PageDown');
    expect(+element.visibleRange.start).to.be.greaterThan(+zoomed.start);
    await press(element, '-');
    expect(span(element)).to.be.closeTo(fittedSpan, fittedSpan * 0.01);
    await press(element, '+', '+', '0');
    await idle(element);
    expect(+element.visibleRange.start).to.be.closeTo(+fitted.start, 60_000);
  });

  it('zoomTo resolves with the window shown and select() opens the details', async () => {
    const element = await mount(sample);
    await element.zoomTo(new Date(Date.UTC(2001, 0, 1)), Date.UTC(2001, 11, 31));
    expect(+element.visibleRange.start).to.be.closeTo(Date.UTC(2001, 0, 1), 60_000);
    expect(+element.visibleRange.end).to.be.closeTo(Date.UTC(2001, 11, 31), 60_000);
    element.select('p2');
    await settle(element);
    expect(inside(element, '[part="details"] h2')[0].textContent).to.equal('Point two');
  });

  it('zoomTo lands on its window when the element is resized half-way', async () => {
    const element = await mount(sample);
    const zooming = element.zoomTo('2002-01-01', '2002-12-31');
    await frame();
    await frame();
    element.style.width = '600px';
    await zooming;
    await settle(element);
    expect(inside(element, 'svg.surface')[0].getBoundingClientRect().width).to.be.lessThan(700);
    expect(+element.visibleRange.start).to.equal(Date.UTC(2002, 0, 1));
    expect(+element.visibleRange.end).to.equal(Date.UTC(2003, 0, 1));
  });

  it('stops an animated zoomTo when a person zooms with the wheel', async () => {
    const element = await mount(sample);
    const zooming = element.zoomTo('2002-01-01', '2002-01-31');
    await frame();
    const { x, y } = plotCentre(element);
    await wheel({ x, y, deltaY: 200 });
    await zooming;
    await idle(element);
    // The wheel zoomed out from where the animation had got to: far wider than the target.
    expect(span(element)).to.be.greaterThan(31 * 86_400_000 * 2);
  });
});
