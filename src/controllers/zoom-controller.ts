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
 * With time running down (the vertical orientation, axis `y`), d3-zoom is not bound:
 * the wheel and a drag move in time and Ctrl/⌘ + wheel zooms, all through the same
 * domain math and bounds (d3-zoom's `constrain`, which needs no element).
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
  /** The element bound to d3-zoom (time along x only). */
  private surface?: Surface;
  /** The element with our own listeners, and the axis time runs along on it. */
  private target?: Element;
  private axis: 'x' | 'y' = 'x';
  private base: TimeScale = timeScale([0, 1], 1);
  private current: Domain = [0, 1];
  private size: [number, number] = [1, 1];
  private exact?: Domain;
  private hintTimer?: ReturnType<typeof setTimeout>;
  private readonly animation = new ViewAnimation();
  /** Whether `configure` has given a geometry (before it, there is no view to sync). */
  private configured = false;
  /** Whether `set` is showing an animation frame (so the zoom event is not a takeover). */
  private animating = false;
  private readonly wheeled = (event: WheelEvent) => this.onWheel(event);
  private readonly pressed = (event: PointerEvent) => this.onPointerDown(event);
  /**
   * A mouse drag (d3-zoom's) captures its pointer once it moves: the browser then sends
   * every move to the surface without hit-testing what lies under it (or changing what
   * is hovered) on each one. A press that does not move stays a click on its target.
   */
  private readonly dragged = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse' || !(event.buttons & 1) || !this.target || this.target.hasPointerCapture(event.pointerId)) return;
    this.target.setPointerCapture(event.pointerId);
  };

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

  /**
   * Binds gestures to the element that receives pointer input, with time running along
   * `axis` on it: `x` through d3-zoom (drag, pinch, double-click), `y` through our own
   * drag. The wheel is ours on both.
   */
  attach(element: Element, axis: 'x' | 'y' = 'x'): void {
    if (this.target === element && this.axis === axis) return;
    this.release();
    this.target = element;
    this.axis = axis;
    element.addEventListener('wheel', this.wheeled as EventListener, { passive: false });
    if (axis === 'y') {
      element.addEventListener('pointerdown', this.pressed as EventListener);
      return;
    }
    element.addEventListener('pointermove', this.dragged as EventListener);
    this.surface = select(element);
    this.surface.call(this.behavior).on('dblclick.zoom', null);
    this.surface.on('dblclick.timeline', (event: MouseEvent) => this.onDoubleClick(event));
    // d3-zoom keeps its transform on the element: bring it to the view shown now.
    if (this.configured) this.set(this.current);
  }

  /** Stops listening to gestures (the list view has none). */
  release(): void {
    this.animation.stop();
    this.target?.removeEventListener('wheel', this.wheeled as EventListener);
    this.target?.removeEventListener('pointerdown', this.pressed as EventListener);
    this.target?.removeEventListener('pointermove', this.dragged as EventListener);
    this.surface?.on('.zoom', null).on('dblclick.timeline', null);
    this.target = undefined;
    this.surface = undefined;
  }

  /**
   * Sets the geometry: the pan bounds (the data's extent with a margin), the size in
   * px (along time, then across), and the view to show. Zoom is bounded to about a minute across and to
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
    this.show(this.bounded(domain));
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
    if (this.surface) this.gesture.scaleBy(this.surface, factor, [x, this.size[1] / 2], event);
    else this.set(this.zoomedAbout(factor, x), event);
  }

  /** Pans by `dx` px (positive shows later times), bounded like a gesture. */
  panBy(dx: number, event?: Event): void {
    this.animation.stop();
    const from = transformFor(this.base, this.current);
    if (this.surface) this.gesture.translateBy(this.surface, -dx / from.k, 0, event);
    else this.set(this.bounded(domainOf(this.base, from.translate(-dx / from.k, 0))), event);
  }

  hostDisconnected(): void {
    this.release();
    clearTimeout(this.hintTimer);
  }

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
    return this.bounded(domainOf(this.base, zoomIdentity.translate(x - at * k, 0).scale(k)));
  }

  /** `domain` kept inside the pan bounds: d3-zoom's own constrain, which needs no element. */
  private bounded(domain: Domain): Domain {
    const extent: [[number, number], [number, number]] = [[0, 0], this.size];
    return domainOf(this.base, this.behavior.constrain()(transformFor(this.base, domain), extent, this.behavior.translateExtent()));
  }

  /** The pointer's position along time on the bound element, px. */
  private along(event: MouseEvent): number {
    if (this.surface) return pointer(event, this.surface.node())[0];
    return event.clientY - this.target!.getBoundingClientRect().top;
  }

  private onWheel(event: WheelEvent): void {
    if (!this.target) return;
    if (this.axis === 'y') {
      // Time runs down: the wheel moves through it; Ctrl/⌘ (or a trackpad pinch) zooms.
      event.preventDefault();
      if (event.ctrlKey || event.metaKey) this.scaleBy(2 ** wheelZoom(event), this.along(event), event);
      else this.panBy(pixels(event.deltaY, event.deltaMode), event);
      return;
    }
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
    this.scaleBy(2 ** wheelZoom(event), this.along(event), event);
  }

  /** Time running down: a drag moves through time (a press that does not move stays a click). */
  private onPointerDown(event: PointerEvent): void {
    const target = this.target;
    if (!target || event.button !== 0) return;
    let last = event.clientY;
    let dragging = false;
    const moved = (move: PointerEvent) => {
      if (move.pointerId !== event.pointerId) return;
      const dy = move.clientY - last;
      if (!dragging && Math.abs(dy) < dragThreshold) return;
      if (!dragging) target.setPointerCapture(event.pointerId);
      dragging = true;
      last = move.clientY;
      this.panBy(-dy, move);
    };
    const ended = () => {
      target.removeEventListener('pointermove', moved as EventListener);
      target.removeEventListener('pointerup', ended);
      target.removeEventListener('pointercancel', ended);
      // The click that ends a drag selects nothing.
      if (dragging) target.addEventListener('click', click => click.stopPropagation(), { capture: true, once: true });
    };
    target.addEventListener('pointermove', moved as EventListener);
    target.addEventListener('pointerup', ended);
    target.addEventListener('pointercancel', ended);
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

/** How far (px) a press must move before it is a drag. */
const dragThreshold = 4;

/** A wheel step as a zoom exponent (base 2), as d3-zoom reads it: a trackpad pinch arrives as Ctrl + wheel, 10× finer. */
function wheelZoom(event: WheelEvent): number {
  return -pixels(event.deltaY, event.deltaMode) * 0.002 * (event.ctrlKey ? 10 : 1);
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
