// The bench page's driver side: picks the adapter named by ?lib=, and exposes the
// same `window.bench` API for every library. Runs in the browser.
import { generateDocument } from './dataset.js';
import { writeDates } from './dates.js';
import { boxOf } from './page-box.js';

/** The page adapters by name: each module exports `createAdapter(host)`. */
const ADAPTERS = {
  ours: () => import('./page-ours.js'),
  theirs: () => import('./page-theirs.js'),
  floor: () => import('./page-floor.js'),
};

/** Frames to wait for after an action so that its rendering (and paint) is done. */
const SETTLE_FRAMES = 2;

/** Resolves after `count` animation frames. */
async function frames(count) {
  for (let i = 0; i < count; i++) await new Promise(resolve => requestAnimationFrame(resolve));
}

const settle = () => frames(SETTLE_FRAMES);

async function main() {
  const params = new URLSearchParams(location.search);
  const lib = params.get('lib');
  if (!(lib in ADAPTERS)) throw new Error(`unknown ?lib=${lib}`);
  const host = document.createElement('div');
  host.className = 'host';
  if (params.get('display')) host.style.display = params.get('display');
  document.getElementById('stage').append(host);
  /** @type {import('./page-adapter.js').Adapter} */
  // The start: the library's module fetched, evaluated and mounted empty, and painted.
  const started = performance.now();
  const adapter = await (await ADAPTERS[lib]()).createAdapter(host);
  await settle();
  const startMs = performance.now() - started;

  /** The prepared input waiting for `load` (dropped once handed over). */
  let pending;
  /** @type {import('./page-adapter.js').BenchPage} */
  window.bench = {
    async prepare(size, seed, dates) {
      const doc = generateDocument(size, seed);
      // Rewritten dates go through JSON, as a fetched document's would: a string made by
      // concatenation is a rope until something flattens it, and reading would pay for that.
      pending = adapter.prepare(dates ? JSON.parse(JSON.stringify(writeDates(doc, dates))) : doc);
      await settle();
    },
    async load() {
      const input = pending;
      pending = undefined;
      const started = performance.now();
      await adapter.load(input);
      await settle();
      return performance.now() - started;
    },
    async zoomTo(start, end) {
      await adapter.zoomTo(start, end);
      await settle();
    },
    settle,
    // Only for libraries that search (the series shows n/a for the others).
    search: adapter.search
      ? async text => {
          await adapter.search(text);
          await settle();
        }
      : undefined,
    startMs,
    nodeCount: () => adapter.nodeCount(),
    read: adapter.read ? () => adapter.read() : undefined,
    plotBox: () => adapter.plotBox(),
    hostBox: () => boxOf(document.querySelector('.host')),
    range: () => adapter.range(),
  };
  window.benchReady = true;
}

main().catch(error => {
  window.benchError = String(error?.stack ?? error);
});
