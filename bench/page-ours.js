// Page adapter for our <event-timeline> (dist/event-timeline.js). Runs in the browser.
import { boxOf } from './page-box.js';

/** The self-contained bundle, served from the repository root (`?bundle=` another build of it, for bench/compare.js). */
const BUNDLE = new URLSearchParams(location.search).get('bundle') ?? '/dist/event-timeline.js';

/**
 * @param {HTMLElement} host the 1200 × 500 host; <event-timeline> replaces it (keeping its class and style)
 * @returns {Promise<import('./page-adapter.js').Adapter>}
 */
export async function createAdapter(host) {
  await import(BUNDLE);
  await customElements.whenDefined('event-timeline');
  const element = document.createElement('event-timeline');
  element.className = host.className;
  element.style.cssText = host.style.cssText;
  host.replaceWith(element);
  await element.updateComplete;
  const root = () => element.shadowRoot;
  return {
    prepare: doc => doc,
    async load(doc) {
      element.data = doc;
      // Until no update is pending: one that asks for another (the plot laid out once
      // measured) resolves updateComplete with false.
      while (!(await element.updateComplete));
    },
    zoomTo: (start, end) => element.zoomTo(start, end, { animate: false }),
    async search(text) {
      element.search = text;
      while (!(await element.updateComplete));
    },
    nodeCount: () => root().querySelectorAll('*').length,
    read: () => ({ events: element.events.length, problems: element.errors.length }),
    range: () => [+element.visibleRange.start, +element.visibleRange.end],
    plotBox: () => boxOf(root().querySelector('svg.surface') ?? root().querySelector('.plot')),
  };
}
