/** Shared test helpers: mounting the element and waiting for real frames (never sleeps). */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/element/event-timeline.js';

/** Resolves on the next animation frame. */
export const frame = (): Promise<void> => new Promise(resolve => requestAnimationFrame(() => resolve()));

/** Waits until the element has rendered everything pending (frames batch the view). */
export async function settle(element: EventTimeline): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await frame();
    await element.updateComplete;
  }
}

/**
 * Waits, frame by frame, until the view has stopped changing (an animated zoom has
 * ended): three frames in a row with the same visible range.
 */
export async function idle(element: EventTimeline, maxFrames = 240): Promise<void> {
  let last = '';
  let still = 0;
  for (let i = 0; i < maxFrames && still < 3; i++) {
    await frame();
    await element.updateComplete;
    const now = `${+element.visibleRange.start}:${+element.visibleRange.end}`;
    still = now === last ? still + 1 : 0;
    last = now;
  }
}

/** Waits frame by frame until `test` holds (at most `frames` frames), and asserts that it does. */
export async function until(test: () => boolean, frames = 300, what = 'condition reached'): Promise<void> {
  for (let i = 0; i < frames && !test(); i++) await frame();
  expect(test(), what).to.equal(true);
}

/** Waits for a DOM event of `type` on `target`. */
export const once = <T extends Event>(target: EventTarget, type: string): Promise<T> =>
  new Promise(resolve => target.addEventListener(type, event => resolve(event as T), { once: true }));

/** A small document with every kind of mark. */
export const sample = {
  title: 'Sample',
  categories: [
    { id: 'a', label: 'Alpha' },
    { id: 'b', label: 'Beta' },
  ],
  eras: [{ start: '2001', end: '2002', label: 'An era' }],
  events: [
    { id: 'p1', title: 'Point one', start: '2001-03-04', category: 'a', sources: [{ title: 'Src', url: 'https://example.org/a' }] },
    { id: 'p2', title: 'Point two', start: '2002-06-01', category: 'b' },
    { id: 'r1', title: 'Range one', start: '2001-05-01', end: '2001-09-30', category: 'a' },
    { id: 'u1', title: 'Circa', start: '2003~', category: 'b' },
    { id: 'p3', title: 'Point three', start: '2004-01-15', category: 'a' },
  ],
};

/** Mounts a timeline of `width`×`height` px with `data`, and waits until it is drawn. */
export async function mount(data: unknown = sample, { width = 900, height = 400, attributes = {} as Record<string, string> } = {}) {
  const element = await fixture<EventTimeline>(html`<event-timeline style="width:${width}px;height:${height}px" theme="light"></event-timeline>`);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.data = data;
  await settle(element);
  return element;
}

/** The drawn elements inside the shadow root matching `selector`. */
export const inside = <T extends Element = Element>(element: EventTimeline, selector: string): T[] => [
  ...element.shadowRoot!.querySelectorAll<T>(selector),
];

/** Centre of an element in page coordinates (for mouse input). */
export function centre(node: Element): { x: number; y: number } {
  const box = node.getBoundingClientRect();
  return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
}

/** A real wheel event at (x, y), sent through the browser's input pipeline. */
export const wheel = (payload: { x: number; y: number; deltaX?: number; deltaY?: number; modifier?: string }) =>
  executeServerCommand('wheel', payload);

/** A real two-finger pinch centred on (x, y). */
export const pinch = (payload: { x: number; y: number; from: number; to: number; steps?: number }) =>
  executeServerCommand('pinch', payload);

/** Visible span in ms. */
export const span = (element: EventTimeline): number => +element.visibleRange.end - +element.visibleRange.start;

/** A real double click at (x, y). */
export const dblclick = (payload: { x: number; y: number }) => executeServerCommand('dblclick', payload);
