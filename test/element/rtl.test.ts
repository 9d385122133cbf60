import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import { centre, inside, mount, sample, settle } from '../helpers.js';

/** Mounts the timeline inside a right-to-left block. */
async function mountRtl(): Promise<EventTimeline> {
  document.documentElement.dir = 'rtl';
  const element = await mount(sample);
  return element;
}

const x = (element: EventTimeline, id: string) => centre(inside(element, `[data-event-id="${id}"] .label`)[0]).x;

describe('<event-timeline> right to left', () => {
  afterEach(async () => {
    document.documentElement.removeAttribute('dir');
    document.documentElement.removeAttribute('lang');
    document.body.removeAttribute('dir');
    document.body.removeAttribute('lang');
    await resetMouse();
  });

  it('runs time leftwards, with readable labels', async () => {
    const element = await mountRtl();
    // p1 (2001) is right of p3 (2004).
    expect(x(element, 'p1')).to.be.greaterThan(x(element, 'p3'));
    const label = inside(element, '[data-event-id="p1"] .label')[0];
    // Flipped back in place: its transform undoes the plot's mirror.
    expect(getComputedStyle(label).transform).to.match(/matrix\(-1, 0, 0, 1/);
    const axis = inside(element, '[part="axis"] text').map(node => centre(node).x);
    expect(axis[0]).to.be.greaterThan(axis[axis.length - 1]);
  });

  it('follows the page when it switches direction and language after the timeline is drawn', async () => {
    document.documentElement.lang = 'en';
    const element = await mount(sample);
    await element.zoomTo('2001-01-01', '2001-12-31', { animate: false });
    await settle(element);
    expect(x(element, 'p1')).to.be.lessThan(x(element, 'r1'));
    const months = () => inside(element, '[part="axis"] text.tick').map(node => node.textContent);
    expect(months()).to.include('Oct');
    document.documentElement.dir = 'rtl';
    document.documentElement.lang = 'de';
    await settle(element);
    expect(x(element, 'p1')).to.be.greaterThan(x(element, 'r1'));
    expect(months().some(month => month?.startsWith('Okt'))).to.equal(true);
    expect(inside(element, '[data-event-id="p1"]')[0].getAttribute('aria-label')).to.contain('2001').and.to.contain('März');
    document.documentElement.removeAttribute('dir');
    document.documentElement.lang = 'en';
    await settle(element);
    expect(x(element, 'p1')).to.be.lessThan(x(element, 'r1'));
    expect(months()).to.include('Oct');
  });

  it('follows a wrapper that switches direction and language, and not an element beside it', async () => {
    const element = await mount(sample);
    const wrapper = element.parentElement!;
    await element.zoomTo('2001-01-01', '2001-12-31', { animate: false });
    await settle(element);
    const months = () => inside(element, '[part="axis"] text.tick').map(node => node.textContent);
    /**
     * Sets `dir` and `lang` on `target` and resolves once the timeline's observer has
     * seen them, with whether the timeline then asked to render: observers are told in
     * the order they were made, and this one is made after the timeline's.
     */
    const switchOn = (target: HTMLElement, dir: string | null, lang: string | null) =>
      new Promise<boolean>(resolve => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(element.isUpdatePending);
        });
        observer.observe(target, { attributes: true });
        for (const [name, value] of [['dir', dir], ['lang', lang]] as const) {
          if (value === null) target.removeAttribute(name);
          else target.setAttribute(name, value);
        }
      });
    const beside = document.createElement('p');
    wrapper.parentElement!.append(beside);
    expect(await switchOn(beside, 'rtl', 'de')).to.equal(false);
    await settle(element);
    expect(x(element, 'p1')).to.be.lessThan(x(element, 'r1'));
    expect(await switchOn(wrapper, 'rtl', 'de')).to.equal(true);
    await settle(element);
    expect(x(element, 'p1')).to.be.greaterThan(x(element, 'r1'));
    expect(months().some(month => month?.startsWith('Okt'))).to.equal(true);
    expect(await switchOn(wrapper, null, null)).to.equal(true);
    await settle(element);
    expect(x(element, 'p1')).to.be.lessThan(x(element, 'r1'));
    expect(months()).to.include('Oct');
    beside.remove();
  });

  it("follows the page's language from inside another component's shadow root", async () => {
    const outer = document.createElement('div');
    document.body.append(outer);
    const element = document.createElement('event-timeline') as EventTimeline;
    element.style.cssText = 'display:block;width:900px;height:400px';
    outer.attachShadow({ mode: 'open' }).append(element);
    element.data = sample;
    await settle(element);
    await element.zoomTo('2001-01-01', '2001-12-31', { animate: false });
    await settle(element);
    const months = () => inside(element, '[part="axis"] text.tick').map(node => node.textContent);
    expect(months()).to.include('Oct');
    document.body.lang = 'de';
    document.body.dir = 'rtl';
    await settle(element);
    expect(months().some(month => month?.startsWith('Okt'))).to.equal(true);
    expect(x(element, 'p1')).to.be.greaterThan(x(element, 'r1'));
    document.body.removeAttribute('lang');
    document.body.removeAttribute('dir');
    await settle(element);
    expect(months()).to.include('Oct');
    outer.remove();
  });

  it('mirrors the arrow keys: ← goes to the later event', async () => {
    const element = await mountRtl();
    element.shadowRoot!.querySelector<HTMLElement>('[data-event-id="p1"]')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(element);
    expect(element.shadowRoot!.activeElement?.getAttribute('data-event-id')).to.equal('r1');
  });

  it('pans with the pointer as drawn: dragging left brings earlier times in from the right', async () => {
    const element = await mountRtl();
    await element.zoomTo('2002-01-01', '2002-12-31', { animate: false });
    await settle(element);
    const before = +element.visibleRange.start;
    const { x: cx, y } = centre(inside(element, 'svg.surface')[0]);
    await sendMouse({ type: 'move', position: [cx, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [cx - 100, y] });
    await sendMouse({ type: 'up' });
    await settle(element);
    expect(+element.visibleRange.start).to.be.lessThan(before);
  });
});
