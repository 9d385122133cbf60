import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import { centre, idle, inside, mount, sample, settle, span } from '../helpers.js';

const brush = (element: EventTimeline) => inside(element, '.brush-window')[0];
const strip = (element: EventTimeline) => inside(element, '.overview-surface')[0];
const start = (element: EventTimeline) => +element.visibleRange.start;

/** ms per px of the strip: the visible span over the brush's width. */
const msPerPx = (element: EventTimeline): number => span(element) / brush(element).getBoundingClientRect().width;

afterEach(() => resetMouse());

describe('<event-timeline> overview strip', () => {
  it('shows the whole extent with a brush over the visible window, following every zoom', async () => {
    const element = await mount(sample);
    expect(inside(element, '[part="overview"]')).to.have.length(1);
    const full = strip(element).getBoundingClientRect().width;
    const fitted = span(element);
    // Fitted: the window is (nearly) the whole strip.
    expect(brush(element).getBoundingClientRect().width).to.be.closeTo(full, full * 0.02);
    await element.zoomTo('2002-01-01', '2002-12-31', { animate: false });
    await settle(element);
    const width = brush(element).getBoundingClientRect().width;
    expect(width / full).to.be.closeTo(span(element) / fitted, 0.01);
    expect(inside(element, '.brush')[0].getAttribute('aria-valuetext')).to.match(/Showing .*2002/);
  });

  it('pans the main view when the brush is dragged, and zooms it when an edge is dragged', async () => {
    const element = await mount(sample);
    await element.zoomTo('2002-01-01', '2002-12-31', { animate: false });
    await settle(element);
    const before = start(element);
    const perPx = msPerPx(element);
    const { x, y } = centre(brush(element));
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 40, y] });
    await sendMouse({ type: 'up' });
    await settle(element);
    expect(start(element) - before).to.be.closeTo(40 * perPx, 2 * perPx);
    const wide = span(element);
    const box = brush(element).getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.right - 1), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.right + 60), y] });
    await sendMouse({ type: 'up' });
    await settle(element);
    expect(span(element) - wide).to.be.closeTo(60 * (wide / box.width), 4 * (wide / box.width));
  });

  it('moves the window to where the strip is clicked', async () => {
    // Narrower than the test page's viewport, so the strip's right end can be clicked.
    const element = await mount(sample, { width: 700 });
    await element.zoomTo('2001-01-01', '2001-06-30', { animate: false });
    await settle(element);
    const box = strip(element).getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.right - 30), Math.round(box.top + 20)] });
    await settle(element);
    const brushBox = brush(element).getBoundingClientRect();
    expect(brushBox.left + brushBox.width / 2).to.be.closeTo(box.right - 30, 30);
  });

  it('is a slider operated by keyboard', async () => {
    const element = await mount(sample);
    await element.zoomTo('2002-01-01', '2002-12-31', { animate: false });
    await settle(element);
    const slider = inside<SVGGElement>(element, '.brush[role="slider"]')[0];
    slider.focus();
    const before = start(element);
    const width = span(element);
    await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    expect(start(element) - before).to.be.closeTo(width * 0.25, width * 0.01);
    await sendKeys({ press: '+' });
    await idle(element);
    expect(span(element)).to.be.closeTo(width / 2, width * 0.01);
    await sendKeys({ press: 'Home' });
    await settle(element);
    expect(brush(element).getBoundingClientRect().left).to.be.closeTo(strip(element).getBoundingClientRect().left, 2);
  });

  it('stays out of short hosts unless asked for, and out when turned off', async () => {
    const short = await mount(sample, { height: 200 });
    expect(inside(short, '[part="overview"]')).to.have.length(0);
    short.overview = 'on';
    await settle(short);
    expect(inside(short, '[part="overview"]')).to.have.length(1);
    const tall = await mount(sample, { attributes: { overview: 'off' } });
    expect(inside(tall, '[part="overview"]')).to.have.length(0);
  });
});
