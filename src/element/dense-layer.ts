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
    const context = canvas.getContext('2d');
    if (context) drawDense(context, { layout, width, ratio, margin, rtl, mark: frame.mark, cluster: frame.cluster }, paint);
  }
}
