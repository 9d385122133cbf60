import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, pointer, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type D3ZoomEvent } from 'd3-zoom';
import type { TimeScale } from '../time/scale.js';
import { type Domain, clampDomain, domainOf, maxExtentFactor, minSpan, timeScale, transformFor } from '../time/view.js';
import { ViewAnimation } from './view-animation.js';

/** How the plain mouse wheel behaves: see the element's `wheel-zoom` attribute. */
export type WheelZoom = 'auto' | 'always' | 'ctrl';

/** Who changed the view: a person's gesture, or code (`zoomTo`, `fit`, keys). */
export type ViewSource = 'gesture' | 'api';

export interface ZoomOptions {
  /** Called on every change of the view (the host batches to one render a frame). */
  changed(domain: Domain, source: ViewSource): void;
  /** The `wheel-zoom` mode in force. */
  wheelMode(): WheelZoom;
  /** Whether animations are allowed (false under prefers-reduced-motion). */
  animate(): boolean;
}

/** How long the "hold Ctrl to zoom" hint stays up. */
const hintDuration = 1500;
/** Animation length for zoomTo/fit, and half of it for a double-click. */
const animationDuration = 450;

type Surface = Selection<Element, unknown, null, undefined>;

/**
 * d3-zoom 3 passes an optional source event through scaleBy/translateBy/transform (so
 * the zoom event knows a gesture caused it); @types/d3-zoom does not declare it.
 */
interface GestureMethods {
  scaleBy(target: Surface, k: number, p: [number, number], event?: Event): void;
  translateBy(target: Surface, x: number, y: number, event?: Event): void;
  transform(target: Surface, transform: ReturnType<typeof transformFor>, p: undefined, event?: Event): void;
}

/**
 * Zoom and pan, with d3-zoom doing the math. The view (a wall-clock domain) is the
 * state; d3-zoom's transform is derived from it through a base scale over the pan
 * bounds. Wheel input is handled here rather than by d3-zoom, so the `wheel-zoom`
 * modes and horizontal trackpad panning work; drag and pinch are d3's.
 *
 * Animations (zoomTo, fit, double-click) run in domain space (`ViewAnimation`), not
 * as d3 transitions of the transform: a resize in the middle of one (the details
 * panel opening, say) changes the base scale, and a transform tween would then land
 * somewhere else. Any gesture or new request stops a running animation.
 *
 * d3-zoom keeps its state on the surface element, so the host must keep that element
 * in place between renders and call `attach` when it first exists.
 */
export class ZoomController implements ReactiveController {
  /** True while the "hold Ctrl/⌘ to zoom" hint should show. */
  hint = false;

  private readonly behavior: ZoomBehavior<Element, unknown>;
  private get gesture(): GestureMethods {
    return this.behavior as unknown as GestureMethods;
  }
  private surface?: Surface;
  private base: TimeScale = timeScale([0, 1], 1);
  private current: Domain = [0, 1];
  private size: [number, number] = [1, 1];
  private exact?: Domain;
  private hintTimer?: ReturnType<typeof setTimeout>;
  private readonly animation = new ViewAnimation();
  /** Whether `configure` has given a geometry (before it, there is no view to sync). */
  private configured = false;
  private readonly wheeled = (event: WheelEvent) => this.onWheel(event);

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomOptions,
  ) {
    host.addController(this);
    this.behavior = zoom<Element, unknown>()
      // Listen for touches everywhere: d3's default asks navigator.maxTouchPoints once,
      // which misses touch screens attached later and touch input on hybrid devices.
      .touchable(() => true)
      // Wheel is ours (onWheel); everything else as d3's default filter.
      .filter((event: Event) => event.type !== 'wheel' && !(event as MouseEvent).button && !(event as MouseEvent).ctrlKey)
      .on('start', (event: D3ZoomEvent<Element, unknown>) => {
        // A person's gesture takes over from any animation.
        if (event.sourceEvent && !this.animating) this.animation.stop();
      })
      .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
        // A view set by `show` is kept exactly, not recomputed through the transform.
        this.current = this.exact ?? clampDomain(domainOf(this.base, event.transform));
        this.options.changed(this.current, event.sourceEvent ? 'gesture' : 'api');
      });
  }

  /** The view now shown (wall-clock ms). */
  get domain(): Domain {
    return this.current;
  }

  /** Binds the behaviour to the element that receives pointer input. */
  attach(element: Element): void {
    if (this.surface?.node() === element) return;
    this.detach();
    this.surface = select(element);
    this.surface.call(this.behavior).on('dblclick.zoom', null);
    this.surface.on('dblclick.timeline', (event: MouseEvent) => this.onDoubleClick(event));
    element.addEventListener('wheel', this.wheeled as EventListener, { passive: false });
    // d3-zoom keeps its transform on the element: bring it to the view shown now.
    if (this.configured) this.set(this.current);
  }

  /**
   * Sets the geometry: the pan bounds (the data's extent with a margin), the size in
   * px, and the view to show. Zoom is bounded to about a minute across and to
   * `maxExtentFactor` times the bounds; panning stops at the bounds.
   */
  configure(bounds: Domain, width: number, height: number, domain: Domain): void {
    this.configured = true;
    this.base = timeScale(bounds, width);
    this.size = [width, height];
    const span = bounds[1] - bounds[0];
    this.behavior
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, -Infinity],
        [width, Infinity],
      ])
      .scaleExtent([1 / maxExtentFactor, Math.max(1, span / minSpan)]);
    // Not `show`: a running animation goes on over the new geometry.
    this.set(domain);
  }

  /** Shows `domain` at once (stopping any animation), without a gesture event. */
  show(domain: Domain): void {
    this.stop();
    this.set(domain);
  }

  /** Shows `domain` at once, kept inside the pan bounds as a gesture would be. */
  showBounded(domain: Domain): void {
    if (!this.surface) {
      this.show(this.bounded(domain));
      return;
    }
    const extent: [[number, number], [number, number]] = [[0, 0], this.size];
    const bounded = this.behavior.constrain()(transformFor(this.base, domain), extent, this.behavior.translateExtent());
    this.show(domainOf(this.base, bounded));
  }

  /** Stops listening to gestures (the vertical orientation handles its own). */
  release(): void {
    this.detach();
  }

  /** `domain` kept inside the pan bounds, as d3-zoom keeps a gesture (no surface needed). */
  private bounded([start, end]: Domain): Domain {
    const [b0, b1] = this.base.domain();
    const span = end - start;
    if (span >= b1 - b0) {
      const centre = (b0 + b1) / 2;
      return [centre - span / 2, centre + span / 2];
    }
    const from = Math.min(Math.max(start, b0), b1 - span);
    return [from, from + span];
  }

  /** Stops a running animation where it is. */
  stop(): void {
    this.animation.stop();
  }

  /**
   * Animates to `domain` (at once under reduced motion); resolves when it is shown, or
   * when a gesture or a newer request took over.
   */
  zoomTo(domain: Domain): Promise<void> {
    if (!this.surface || !this.options.animate()) {
      this.show(domain);
      return Promise.resolve();
    }
    return this.animate(domain, animationDuration);
  }

  /**
   * Zooms by `factor` (>1 zooms in) around `x` px (default: the centre), bounded like
   * a gesture. `event` is the input that asked for it, if any (then it is a gesture).
   */
  scaleBy(factor: number, x = this.size[0] / 2, event?: Event): void {
    this.animation.stop();
    if (!this.surface) {
      // Not bound to a surface (the vertical orientation has its own gestures): the same
      // bounds, applied to the domain.
      const [d0, d1] = this.current;
      const span = d1 - d0;
      const [b0, b1] = this.base.domain();
      const next = Math.min(Math.max(span / factor, minSpan), (b1 - b0) * maxExtentFactor);
      const at = d0 + (x / this.size[0]) * span;
      const start = at - (at - d0) * (next / span);
      this.set(this.bounded([start, start + next]), event);
      return;
    }
    this.gesture.scaleBy(this.surface, factor, [x, this.size[1] / 2], event);
  }

  /** Pans by `dx` px (positive shows later times), bounded like a gesture. */
  panBy(dx: number, event?: Event): void {
    this.animation.stop();
    if (!this.surface) {
      const [d0, d1] = this.current;
      const shift = (dx / this.size[0]) * (d1 - d0);
      this.set(this.bounded([d0 + shift, d1 + shift]), event);
      return;
    }
    const k = transformFor(this.base, this.current).k;
    this.gesture.translateBy(this.surface, -dx / k, 0, event);
  }

  hostDisconnected(): void {
    this.detach();
    clearTimeout(this.hintTimer);
  }

  /** Whether `set` is showing an animation frame (so the zoom event is not a takeover). */
  private animating = false;

  /** Shows `domain` exactly; `event` is the gesture that caused it, if any. */
  private set(domain: Domain, event?: Event): void {
    const view = clampDomain(domain);
    this.current = view;
    if (!this.surface) {
      this.options.changed(view, event ? 'gesture' : 'api');
      return;
    }
    this.exact = view;
    this.gesture.transform(this.surface, transformFor(this.base, view), undefined, event);
    this.exact = undefined;
  }

  /** Animates from the current view to `domain` (bounded like a gesture when `event` is one). */
  private animate(domain: Domain, duration: number, event?: Event): Promise<void> {
    return this.animation.run(this.current, domain, duration, view => {
      this.animating = true;
      try {
        this.set(view, event);
      } finally {
        this.animating = false;
      }
    });
  }

  private detach(): void {
    if (!this.surface) return;
    this.animation.stop();
    this.surface.on('.zoom', null).on('dblclick.timeline', null);
    this.surface.node()?.removeEventListener('wheel', this.wheeled as EventListener);
    this.surface = undefined;
  }

  private onDoubleClick(event: MouseEvent): void {
    event.preventDefault();
    const [x] = pointer(event, this.surface!.node());
    const factor = event.shiftKey ? 0.5 : 2;
    if (!this.options.animate()) {
      this.scaleBy(factor, x, event);
      return;
    }
    // Where the gesture lands (bounded as d3-zoom bounds it), reached smoothly.
    void this.animate(this.zoomedAbout(factor, x), animationDuration / 2, event);
  }

  /** The view a zoom by `factor` about `x` px ends in, bounded as d3-zoom bounds gestures. */
  private zoomedAbout(factor: number, x: number): Domain {
    const [kMin, kMax] = this.behavior.scaleExtent();
    const from = transformFor(this.base, this.current);
    const k = Math.min(Math.max(from.k * factor, kMin), kMax);
    const at = from.invertX(x);
    const to = zoomIdentity.translate(x - at * k, 0).scale(k);
    const extent: [[number, number], [number, number]] = [[0, 0], this.size];
    return domainOf(this.base, this.behavior.constrain()(to, extent, this.behavior.translateExtent()));
  }

  private onWheel(event: WheelEvent): void {
    if (!this.surface) return;
    const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY);
    if (horizontal || (event.shiftKey && !event.ctrlKey)) {
      // Horizontal trackpad scroll (or Shift + wheel) pans.
      event.preventDefault();
      this.panBy(pixels(horizontal ? event.deltaX : event.deltaY, event.deltaMode), event);
      return;
    }
    if (!this.wheelZooms(event)) {
      this.showHint();
      return;
    }
    event.preventDefault();
    // d3-zoom's own wheel delta: pinch on a trackpad arrives as ctrl + wheel, 10× finer.
    const delta = -pixels(event.deltaY, event.deltaMode) * 0.002 * (event.ctrlKey ? 10 : 1);
    const [x] = pointer(event, this.surface.node());
    this.scaleBy(2 ** delta, x, event);
  }

  private wheelZooms(event: WheelEvent): boolean {
    const mode = this.options.wheelMode();
    if (mode === 'always' || event.ctrlKey || event.metaKey) return true;
    return mode === 'auto' && !pageScrolls();
  }

  private showHint(): void {
    clearTimeout(this.hintTimer);
    if (!this.hint) {
      this.hint = true;
      this.host.requestUpdate();
    }
    this.hintTimer = setTimeout(() => {
      this.hint = false;
      this.host.requestUpdate();
    }, hintDuration);
  }
}

/** A wheel delta in px, whatever its deltaMode (lines are about 20 px, pages 400 px). */
function pixels(delta: number, mode: number): number {
  return delta * (mode === 1 ? 20 : mode === 2 ? 400 : 1);
}

/** Whether the page itself scrolls vertically (then a plain wheel scrolls the page). */
function pageScrolls(): boolean {
  const root = document.scrollingElement ?? document.documentElement;
  return root.scrollHeight > root.clientHeight + 1;
}
