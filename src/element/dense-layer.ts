/**
 * The element's side of the dense layer (render/canvas-items.ts draws it): keeps the
 * canvas in step with the layout, reads the colours and fonts the canvas needs from
 * CSS (custom properties do not reach a canvas), and words the note a screen reader
 * hears in place of the drawn items. It redraws only when what is drawn changed; a
 * short pan, which reuses the layout, only moves the canvas.
 */
import type { ViewLayout } from '../layout/view-layout.js';
import { drawDense, primeSprites, type DenseView, type Paint } from '../render/canvas-items.js';
import { fontOf } from './measure.js';
import { whenIdle } from './idle.js';

/** Opacity of dimmed items (as `[part~='dimmed']` in styles.ts). */
const dimmedOpacity = 0.28;

/** Frames `warmCompositor` shows the canvas for: the two that make its buffers. */
const compositorFrames = 2;
/** Longest wait for a frame (ms): a hidden page has none, and the warm-up goes on without. */
const frameWait = 100;

/** Calls `task` in the next animation frame (or after `frameWait` ms without one), then resolves. */
const nextFrame = (task: () => void): Promise<void> =>
  new Promise(resolve => {
    const run = (): void => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      task();
      resolve();
    };
    const timer = setTimeout(run, frameWait);
    const frame = requestAnimationFrame(run);
  });

/** What `DenseLayer.warmCompositor` asks of the element. */
export interface CanvasOwner {
  /** True once the element has a document of its own. */
  readonly done: () => boolean;
  /** True while the element shows the canvas (its view is busy). */
  readonly shows: () => boolean;
}

/** One drawing of the layer. */
export interface DenseFrame extends Pick<DenseView, 'layout' | 'width' | 'margin' | 'rtl' | 'mark' | 'cluster'> {
  readonly height: number;
  /** Px the layout has moved since it was made (a pan that reuses it). */
  readonly shift: number;
  /**
   * Changes whenever the items' looks change outside the layout (the data, which
   * items are SVG instead); the dimmed set is compared by identity.
   */
  readonly key: string;
  readonly dimmed?: unknown;
}

export class DenseLayer {
  /**
   * The canvas, in the plot while the view is busy. One element for the element's
   * life: a view that turns busy again reuses its pixels' memory, not a new canvas.
   */
  readonly canvas: HTMLCanvasElement = document.createElement('canvas');
  private paint?: Paint;
  private paintKey = '';
  /** What the canvas holds now. */
  private drawn?: { layout: ViewLayout; key: string; paint: Paint; dimmed?: unknown };
  private noteFor?: { layout: ViewLayout; text: string };

  constructor() {
    this.canvas.className = 'dense';
    this.canvas.setAttribute('aria-hidden', 'true');
    // A context lost (and restored) by the browser comes back blank: draw it all again.
    this.canvas.addEventListener('contextrestored', () => (this.drawn = undefined));
  }

  /** What a screen reader hears about the drawn items (they are not elements). */
  note(layout: ViewLayout): string {
    if (this.noteFor?.layout !== layout) {
      const events = layout.marks.length + layout.clusters.reduce((sum, cluster) => sum + cluster.events.length, 0);
      // Digits as the rest of the timeline writes counts ("133 events, …"): plain, which a
      // screen reader reads as it reads "1,234"; the first `toLocaleString` of a page
      // costs ~2–3 ms of loading number formats, here on the first frame of every load.
      const text = `${events} events in view, drawn as a picture. Move between them with the arrow keys, or switch to the List view to read them all.`;
      this.noteFor = { layout, text };
    }
    return this.noteFor.text;
  }

  /**
   * Colours and fonts for the canvas, read from `element`'s CSS when `key` (the theme,
   * size, colour scheme) changes: never per frame. In forced colours, the system's.
   */
  paintFor(element: HTMLElement, key: string, forced: boolean): Paint {
    if (this.paint && key === this.paintKey) return this.paint;
    this.paintKey = key;
    const style = getComputedStyle(element);
    this.paint = {
      fg: forced ? 'CanvasText' : style.getPropertyValue('--_fg').trim() || style.color,
      bg: forced ? 'Canvas' : style.getPropertyValue('--_bg').trim() || '#ffffff',
      font: fontOf(element),
      countFont: `bold ${Math.round(parseFloat(style.fontSize) * 0.95 * 10) / 10}px ${style.fontFamily}`,
      dimmedOpacity,
    };
    return this.paint;
  }

  /** What the sprites are made or being made for in idle time (see `prime`). */
  private primed?: { readonly lanes: readonly { readonly color: string }[]; readonly forced?: string; readonly ratio: number };

  /**
   * Makes the shapes' sprites for every lane's colour (or the one colour of forced
   * colours) in idle time, so that no zoom step has to when a shape first appears in a
   * colour (a lane's first bar, say). Called on every draw, it compares three values
   * until the lanes (a new preparation), the colours or the pixel ratio change.
   */
  prime(lanes: readonly { readonly color: string }[], forced?: string): void {
    const ratio = window.devicePixelRatio || 1;
    const last = this.primed;
    if (last && last.lanes === lanes && last.forced === forced && last.ratio === ratio) return;
    const primed = (this.primed = { lanes, forced, ratio });
    const colors = forced ? [forced] : lanes.map(lane => lane.color);
    const run = (left: () => number): void => {
      if (this.primed === primed && !primeSprites(colors, ratio, left)) whenIdle(run);
    };
    whenIdle(run);
  }

  /**
   * Shows the canvas blank (cleared: transparent) in `plot` for the compositor's first
   * two frames with it, then takes it out again (in a task after the second frame's
   * commit: a third frame held the warm-up's idle stages back a frame longer). Once
   * `owner.done()` (the element has a document of its own) the canvas is the element's:
   * no longer cleared, and left in the plot if `owner.shows()` it. Resolves once that is
   * done.
   *
   * Why: the compositor makes a canvas's buffers (two, one drawn while the other is
   * shown) in the first two frames that show it. Traced in headless Chromium here
   * (`Canvas2DResourceProvider::ProduceCanvasResource`, a 1,680 × 468 px canvas): 5–6 ms
   * each, against 0.5 ms in every later frame, however much was drawn, even with nothing
   * drawn at all. Unwarmed, the first loads of a page paid one in their first frame and
   * their first zoom step the other. The warm-up (warm-up.ts) calls this in idle time,
   * once per page. Its price: the page keeps those buffers (4 bytes a pixel each, ~3 MB
   * at that size) even if its timeline never shows a busy view.
   */
  async warmCompositor(plot: HTMLElement, width: number, height: number, margin: number, owner: CanvasOwner): Promise<void> {
    const { canvas } = this;
    if (canvas.isConnected || width <= 0 || height <= 0) return;
    const context = canvas.getContext('2d');
    if (!context) return;
    this.fit(width, height, margin, window.devicePixelRatio || 1);
    // Cleared in every frame, before it is painted: a frame takes a buffer only for a
    // canvas changed since the last, and whatever the warm-up drew on it in between
    // is never shown.
    const clear = (): void => {
      if (owner.done()) return;
      this.drawn = undefined;
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, canvas.width, canvas.height);
    };
    clear();
    plot.append(canvas);
    for (let frame = 0; frame < compositorFrames && !owner.done(); frame++) await nextFrame(clear);
    // Out in a task of its own: after the last frame's commit, which runs after its callbacks.
    await new Promise(resolve => setTimeout(resolve));
    if (canvas.parentNode === plot && !(owner.done() && owner.shows())) canvas.remove();
  }

  /** Reads the paint again next time (the fonts have loaded). */
  forgetPaint(): void {
    this.paint = undefined;
  }

  /** Draws `frame` on the canvas (drawn `margin` px beyond each side), or only moves it if that is all that changed. */
  draw(frame: DenseFrame, paint: Paint): void {
    const { canvas } = this;
    const { layout, width, height, margin, rtl, key, dimmed } = frame;
    canvas.style.transform = `translateX(${(rtl ? -1 : 1) * frame.shift - margin}px)`;
    const ratio = window.devicePixelRatio || 1;
    const fullKey = `${width}x${height}@${ratio}:${rtl}:${key}`;
    const drawn = this.drawn;
    if (drawn && drawn.layout === layout && drawn.key === fullKey && drawn.paint === paint && drawn.dimmed === dimmed) return;
    this.drawn = { layout, key: fullKey, paint, dimmed };
    this.fit(width, height, margin, ratio);
    const context = canvas.getContext('2d');
    if (context) drawDense(context, { layout, width, ratio, margin, rtl, mark: frame.mark, cluster: frame.cluster }, paint);
  }

  /** Sizes the canvas for a plot `width` × `height` CSS px drawn `margin` px beyond each side. */
  private fit(width: number, height: number, margin: number, ratio: number): void {
    const { canvas } = this;
    const pixelWidth = Math.round((width + 2 * margin) * ratio);
    const pixelHeight = Math.round(height * ratio);
    // A smaller view keeps the pixels the canvas has, the plot clipping the rest: a
    // canvas resized allocates and clears them again, and a page's first document makes
    // the plot shorter (the legend and the overview strip appear), so every first load
    // dropped the warm-up's pixels and waited for new ones (~2–3 ms of a 1,000-event
    // load's profile). Only a view that needs more, or under half of them, resizes it.
    const area = canvas.width * canvas.height;
    if (canvas.width < pixelWidth || canvas.height < pixelHeight || 2 * pixelWidth * pixelHeight < area) {
      canvas.width = pixelWidth;
      canvas.height = pixelHeight;
    }
    // One canvas pixel to a device pixel, whatever the canvas's size.
    const cssWidth = `${canvas.width / ratio}px`;
    const cssHeight = `${canvas.height / ratio}px`;
    if (canvas.style.width !== cssWidth) canvas.style.width = cssWidth;
    if (canvas.style.height !== cssHeight) canvas.style.height = cssHeight;
  }
}
