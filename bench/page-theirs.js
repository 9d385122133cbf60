// Page adapter for vis-timeline 8.5.4 (standalone UMD build, styles included). Runs in the browser.
import { toVis } from './dataset.js';
import { boxOf } from './page-box.js';

/** The standalone UMD build: defines `window.vis` and injects its CSS. */
const BUNDLE = '/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';

/** Options: fill the 1200 × 500 host (otherwise vis grows with its stacked items). */
const OPTIONS = { width: '100%', height: '100%' };

/** Loads a classic script and resolves when it has run. */
const loadScript = src =>
  new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`cannot load ${src}`));
    document.head.append(script);
  });

/**
 * @param {HTMLElement} host the 1200 × 500 container vis-timeline draws into
 * @returns {Promise<import('./page-adapter.js').Adapter>}
 */
export async function createAdapter(host) {
  await loadScript(BUNDLE);
  let timeline;
  return {
    prepare: toVis,
    async load({ items, groups }) {
      timeline = new window.vis.Timeline(host, items, groups, OPTIONS);
    },
    async zoomTo(start, end) {
      timeline.setWindow(start, end, { animation: false });
    },
    nodeCount: () => host.querySelectorAll('*').length,
    range: () => {
      const { start, end } = timeline.getWindow();
      return [+start, +end];
    },
    plotBox: () => boxOf(host.querySelector('.vis-panel.vis-center')),
  };
}
