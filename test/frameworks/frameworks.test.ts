/**
 * The framework examples in demo/frameworks/, mounted as their users would: data goes
 * in as a property, `timeline-select` comes out to the framework's state.
 */
import { expect } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/element/event-timeline.js';
// @ts-expect-error plain JS examples, without types
import { mountReactExample } from '../../demo/frameworks/react-example.js';
// @ts-expect-error plain JS examples, without types
import { mountVueExample } from '../../demo/frameworks/vue-example.js';
import { centre, sample, settle, until } from '../helpers.js';

/** Clicks the mark of event `id` inside `element` (offset: where its document sits in this page). */
async function clickMark(element: EventTimeline, id: string, offset = { x: 0, y: 0 }) {
  const mark = element.shadowRoot!.querySelector(`[data-event-id="${id}"] .label`)!;
  const { x, y } = centre(mark);
  await sendMouse({ type: 'click', position: [x + offset.x, y + offset.y] });
  await resetMouse();
}

// Each clicks another event: two clicks in one place in quick succession would be a double click.
const examples = [
  ['React 19', mountReactExample, (root: { unmount(): void }) => root.unmount(), { id: 'p2', title: 'Point two' }],
  ['Vue 3', mountVueExample, (app: { unmount(): void }) => app.unmount(), { id: 'p3', title: 'Point three' }],
] as const;

describe('framework examples', () => {
  for (const [name, mountExample, unmount, pick] of examples) {
    it(`${name}: passes the data in as a property and hears timeline-select`, async () => {
      const container = document.createElement('div');
      container.style.width = '760px';
      document.body.append(container);
      const handle = mountExample(container, structuredClone(sample));
      try {
        await until(() => Boolean(container.querySelector('event-timeline')), 300, 'element rendered');
        const element = container.querySelector<EventTimeline>('event-timeline')!;
        await until(() => element.events.length === sample.events.length, 300, 'data in');
        await settle(element);
        expect(container.querySelector('.selected')!.textContent).to.equal('Nothing selected');
        await clickMark(element, pick.id);
        await until(() => container.querySelector('.selected')!.textContent === `Selected: ${pick.title}`, 300, 'selection out');
      } finally {
        unmount(handle as never);
        container.remove();
      }
    });
  }

  it('plain HTML: one script and one tag, timeline-select heard by a page script', async () => {
    const frameElement = document.createElement('iframe');
    frameElement.style.cssText = 'position:fixed;left:0;top:0;width:760px;height:520px;border:0';
    frameElement.src = '/demo/frameworks/plain.html';
    document.body.append(frameElement);
    try {
      await new Promise(resolve => frameElement.addEventListener('load', resolve, { once: true }));
      const page = frameElement.contentDocument!;
      const element = page.querySelector('event-timeline') as EventTimeline;
      await until(() => element.events?.length > 0 && Boolean(element.shadowRoot?.querySelector('[data-event-id="minsk-visit"]')) || Boolean(element.shadowRoot?.querySelector('[part~="event"]')));
      const id = element.shadowRoot!.querySelector('[part~="event"]')!.getAttribute('data-event-id')!;
      const title = element.events.find(event => String(event.id) === id)!.title;
      await clickMark(element, id);
      await until(() => page.getElementById('selected')!.textContent === `Selected: ${title}`);
    } finally {
      frameElement.remove();
    }
  });
});
