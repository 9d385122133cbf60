/**
 * The warm-up is skipped when it cannot help: here the page's first element gets its
 * data in the task that connects it (a file of its own, since a page warms up once).
 */
import { expect } from '@open-wc/testing';
import '../../src/event-timeline.js';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import { warmUp } from '../../src/element/warm-up.js';
import { inside, sample, settle } from '../helpers.js';

describe('warm-up, skipped', () => {
  it('runs no stage for an element whose data comes with it', async () => {
    const element = document.createElement('event-timeline') as EventTimeline;
    element.style.cssText = 'display:block;width:900px;height:400px';
    document.body.append(element);
    element.data = sample;
    // The element asked first; this call only finds the page's warm-up, and how many stages it ran.
    const ran = await warmUp({ format: () => ({ locale: undefined, zone: 'UTC' }), measure: () => () => 0, drawDense: () => undefined, done: () => false, surface: () => undefined, present: () => Promise.resolve() });
    expect(ran).to.equal(0);
    await settle(element);
    expect(inside(element, '[part~=event]')).to.have.length(sample.events.length);
    element.remove();
  });
});
