// The leak check's page side: mounts a timeline, feeds it events, zooms, and removes
// it, `rounds` times; and alternates zoom and pan steps on one timeline. Runs in the
// browser (loaded by bench/leaks.html).
import { generateDocument } from './dataset.js';

const frame = () => new Promise(resolve => requestAnimationFrame(resolve));

/** Listeners added to window and document while the rounds run (removals subtract). */
function countListeners() {
  const live = { window: 0, document: 0 };
  for (const [target, name] of [
    [window, 'window'],
    [document, 'document'],
  ]) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    target.addEventListener = (...args) => (live[name]++, add(...args));
    target.removeEventListener = (...args) => (live[name]--, remove(...args));
  }
  return live;
}

window.leaks = {
  /** Mount, feed `size` events, zoom twice, remove; `rounds` times. */
  async mountCycles(rounds, size) {
    await import('/dist/event-timeline.js');
    const doc = generateDocument(size, 1990);
    const live = countListeners();
    const stage = document.getElementById('stage');
    for (let i = 0; i < rounds; i++) {
      const element = document.createElement('event-timeline');
      element.style.cssText = 'display:block;width:1200px;height:500px';
      stage.append(element);
      element.data = doc;
      await element.updateComplete;
      await element.zoomTo('2001-01-01', '2003-01-01', { animate: false });
      await element.zoomTo('2002-03-01', '2002-04-01', { animate: false });
      element.remove();
      if (i % 50 === 0) await frame();
    }
    await frame();
    return { listeners: live };
  },

  /** Mounts one timeline with `size` events for `zoomPanSteps`. */
  async mountOne(size) {
    await import('/dist/event-timeline.js');
    window.addEventListener('error', event => this.errors.push(event.message));
    this.element = document.createElement('event-timeline');
    this.element.style.cssText = 'display:block;width:1200px;height:500px';
    document.getElementById('stage').append(this.element);
    this.element.data = generateDocument(size, 1990);
    await this.element.updateComplete;
  },

  errors: [],
  start: Date.UTC(2000, 0, 1),
  span: 400 * 86_400_000,

  /** `steps` alternating zoom and pan steps on the mounted timeline; returns errors seen so far. */
  async zoomPanSteps(steps) {
    for (let i = 0; i < steps; i++) {
      if (i % 2) this.start += this.span * 0.1;
      else this.span *= i % 4 ? 1.25 : 0.8;
      await this.element.zoomTo(this.start, this.start + this.span, { animate: false });
    }
    return { errors: this.errors };
  },
};
