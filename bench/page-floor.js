// Page adapter for the floor: no library, the cheapest visible answer to the same input.
// Runs in the browser.
//
// A step's main-thread time is not all the library's: the input's dispatch, the frames
// the protocol waits for and the making of a frame are paid by any page. This page
// answers every wheel notch, drag move and zoomTo as a zoomable view must (the window
// changes, and the change is drawn in the next frame) with the least work there is: one
// CSS transform on one painted layer. Its numbers are what no timeline can go below on
// this machine; what ours costs above them is ours.
import { boxOf } from './page-box.js';

/** Window before any zoomTo (epoch ms), and the zoom limits. */
const START = Date.UTC(1990, 0, 1);
const END = Date.UTC(2025, 0, 1);
const MIN_SPAN = 60_000;
/** As our wheel: a notch of 100 px zooms by 2^0.2. */
const WHEEL_RATE = 0.002;

/**
 * @param {HTMLElement} host the 1200 × 500 host
 * @returns {Promise<import('./page-adapter.js').Adapter>}
 */
export async function createAdapter(host) {
  const plot = document.createElement('div');
  plot.style.cssText = 'flex: 1; position: relative; overflow: hidden; touch-action: none';
  const layer = document.createElement('div');
  // Something to paint: stripes a year wide at the starting window.
  layer.style.cssText = 'position: absolute; inset: 0; transform-origin: 0 0; will-change: transform; background: repeating-linear-gradient(90deg, #2f6db5 0 2px, #f6f7f9 2px 34px)';
  plot.append(layer);
  host.append(plot);
  let [start, end] = [START, END];
  let frame = 0;
  const width = () => plot.clientWidth;
  // One transform a frame, however many inputs arrive in it (as a timeline batches).
  const changed = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      const k = (END - START) / (end - start);
      layer.style.transform = `translate(${((START - start) / (end - start)) * width()}px, 0) scale(${k}, 1)`;
    });
  };
  const show = (s, e) => {
    const span = Math.max(MIN_SPAN, e - s);
    [start, end] = [s, s + span];
    changed();
  };
  plot.addEventListener(
    'wheel',
    event => {
      event.preventDefault();
      const at = start + ((event.clientX - plot.getBoundingClientRect().left) / width()) * (end - start);
      const k = 2 ** (event.deltaY * WHEEL_RATE);
      show(at - (at - start) * k, at + (end - at) * k);
    },
    { passive: false },
  );
  plot.addEventListener('pointerdown', down => {
    plot.setPointerCapture(down.pointerId);
    let last = down.clientX;
    const moved = move => {
      const dx = move.clientX - last;
      last = move.clientX;
      const dt = (dx / width()) * (end - start);
      show(start - dt, end - dt);
    };
    const up = () => {
      plot.removeEventListener('pointermove', moved);
      plot.removeEventListener('pointerup', up);
    };
    plot.addEventListener('pointermove', moved);
    plot.addEventListener('pointerup', up);
  });
  return {
    prepare: () => undefined,
    async load() {},
    async zoomTo(s, e) {
      show(s, e);
      await new Promise(resolve => requestAnimationFrame(resolve));
    },
    nodeCount: () => host.querySelectorAll('*').length,
    range: () => [start, end],
    plotBox: () => boxOf(plot),
  };
}
