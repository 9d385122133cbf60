import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import { centre, idle, inside, mount, sample, settle, span, wheel } from '../helpers.js';

const markY = (element: EventTimeline, id: string) => centre(inside(element, `[data-event-id="${id}"] .label`)[0]).y;
const start = (element: EventTimeline) => +element.visibleRange.start;
const surface = (element: EventTimeline) => inside(element, 'svg.surface')[0];

describe('<event-timeline> vertical orientation', () => {
  afterEach(() => resetMouse());

  it('runs time down the page on a narrow host, and stays horizontal when told to', async () => {
    const element = await mount(sample, { width: 380, height: 600 });
    expect(surface(element).classList.contains('vertical')).to.equal(true);
    await element.zoomTo('2001-01-01', '2002-12-31', { animate: false });
    await settle(element);
    expect(markY(element, 'p1')).to.be.lessThan(markY(element, 'r1'));
    expect(markY(element, 'r1')).to.be.lessThan(markY(element, 'p2'));
    expect(inside(element, '[part="overview"]')).to.have.length(0);
    const wide = await mount(sample, { width: 380, height: 600, attributes: { orientation: 'horizontal' } });
    expect(surface(wide).classList.contains('vertical')).to.equal(false);
    const tall = await mount(sample, { attributes: { orientation: 'vertical' } });
    expect(surface(tall).classList.contains('vertical')).to.equal(true);
  });

  it('moves in time with the wheel and zooms with Ctrl + wheel and the controls', async () => {
    const element = await mount(sample, { width: 380, height: 600 });
    await element.zoomTo('2002-01-01', '2002-12-31', { animate: false });
    await settle(element);
    const before = start(element);
    const width = span(element);
    const { x, y } = centre(surface(element));
    await wheel({ x, y, deltaY: 120 });
    await settle(element);
    expect(start(element)).to.be.greaterThan(before);
    expect(span(element)).to.be.closeTo(width, width * 0.001);
    await wheel({ x, y, deltaY: -200, modifier: 'Control' });
    await settle(element);
    expect(span(element)).to.be.lessThan(width);
    const narrower = span(element);
    inside<HTMLButtonElement>(element, '[part="controls"] button[aria-label="Zoom out"]')[0].click();
    await idle(element);
    expect(span(element)).to.be.closeTo(narrower * 2, narrower * 0.01);
  });

  it('moves in time when dragged, and a click still selects', async () => {
    const element = await mount(sample, { width: 380, height: 600 });
    await element.zoomTo('2001-06-01', '2002-12-31', { animate: false });
    await settle(element);
    const before = start(element);
    const { x, y } = centre(surface(element));
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x, y - 80] });
    await sendMouse({ type: 'up' });
    await settle(element);
    // Dragging up brings later times into view.
    expect(start(element)).to.be.greaterThan(before);
    const label = inside(element, '[data-event-id="p2"] .label')[0];
    const point = centre(label);
    await sendMouse({ type: 'click', position: [point.x, point.y] });
    await settle(element);
    expect(inside(element, '[part="details"] h2')[0]?.textContent).to.equal('Point two');
  });

  it('moves to the next event with ↓ and back with ↑', async () => {
    const element = await mount(sample, { width: 380, height: 600 });
    await element.zoomTo('2001-01-01', '2001-12-31', { animate: false });
    await settle(element);
    inside<HTMLElement>(element, '[data-event-id="p1"]')[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(element);
    expect(element.shadowRoot!.activeElement?.getAttribute('data-event-id')).to.equal('r1');
    await sendKeys({ press: 'ArrowUp' });
    await settle(element);
    expect(element.shadowRoot!.activeElement?.getAttribute('data-event-id')).to.equal('p1');
  });
});
