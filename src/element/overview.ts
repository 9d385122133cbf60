/**
 * The overview strip (`part="overview"`): the whole extent of the events with their
 * density, and a brush over the visible window. Dragging the brush pans the main
 * view, dragging its edges zooms it, a click elsewhere moves the window there; as a
 * slider it is operated by keyboard too (← → pan, Shift+← → or + − zoom, Home End).
 */
import { svg, html, type TemplateResult } from 'lit';
import type { Domain } from '../time/view.js';

/** The strip's height in px (its SVG; the strip adds a border). */
export const overviewHeight = 40;
/** Width of the brush's resize handles, px. */
const handleWidth = 8;
/** The narrowest brush drawn, px (a tiny window still shows and can be grabbed). */
const minBrush = 6;

export interface OverviewModel {
  /** The strip's domain: the events' extent, widened to hold the view. */
  readonly domain: Domain;
  /** The visible window. */
  readonly view: Domain;
  readonly width: number;
  /** The density path (see layout/density.ts). */
  readonly path: string;
  /** The window in words, for the slider's aria-valuetext. */
  readonly label: string;
  /** Drawn mirrored (right-to-left pages): pointer x and ←/→ mirror too. */
  readonly rtl?: boolean;
}

export interface OverviewActions {
  /** Show `view` (already bounded by the caller). */
  show(view: Domain): void;
  /** Zoom the view by `factor` (>1 in) about its centre. */
  zoom(factor: number): void;
}

type Grip = 'move' | 'start' | 'end';

export function renderOverview(model: OverviewModel, actions: OverviewActions): TemplateResult {
  const { domain, view, width } = model;
  const k = width / (domain[1] - domain[0] || 1);
  const x = (t: number) => (t - domain[0]) * k;
  let x0 = Math.max(0, x(view[0]));
  let x1 = Math.min(width, x(view[1]));
  if (x1 - x0 < minBrush) {
    const centre = (x0 + x1) / 2;
    x0 = centre - minBrush / 2;
    x1 = centre + minBrush / 2;
  }
  const centre = ((view[0] + view[1]) / 2 - domain[0]) / (domain[1] - domain[0] || 1);

  const pointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    const target = event.currentTarget as SVGSVGElement;
    const grip = ((event.target as Element).getAttribute('data-grip') as Grip | null) ?? undefined;
    const box = target.getBoundingClientRect();
    const at = (clientX: number) => domain[0] + (model.rtl ? box.right - clientX : clientX - box.left) / k;
    const startAt = at(event.clientX);
    const from = view;
    if (!grip) {
      // A click outside the brush moves the window there, then it can be dragged on.
      const half = (from[1] - from[0]) / 2;
      actions.show([startAt - half, startAt + half]);
    }
    const moveFrom: Domain = grip ? from : [startAt - (from[1] - from[0]) / 2, startAt + (from[1] - from[0]) / 2];
    target.setPointerCapture(event.pointerId);
    event.preventDefault();
    const moved = (move: PointerEvent) => {
      const delta = at(move.clientX) - startAt;
      if (grip === 'start') actions.show([Math.min(moveFrom[0] + delta, moveFrom[1] - 60_000), moveFrom[1]]);
      else if (grip === 'end') actions.show([moveFrom[0], Math.max(moveFrom[1] + delta, moveFrom[0] + 60_000)]);
      else actions.show([moveFrom[0] + delta, moveFrom[1] + delta]);
    };
    const ended = () => {
      target.removeEventListener('pointermove', moved);
      target.removeEventListener('pointerup', ended);
      target.removeEventListener('pointercancel', ended);
    };
    target.addEventListener('pointermove', moved);
    target.addEventListener('pointerup', ended);
    target.addEventListener('pointercancel', ended);
  };

  const keyDown = (event: KeyboardEvent) => {
    // Right-to-left, ← goes later and → earlier, as the strip is drawn.
    const key = model.rtl && event.key === 'ArrowLeft' ? 'ArrowRight' : model.rtl && event.key === 'ArrowRight' ? 'ArrowLeft' : event.key;
    const span = view[1] - view[0];
    const step = span * 0.25;
    let handled = true;
    if ((key === 'ArrowLeft' || key === 'ArrowRight') && event.shiftKey) actions.zoom(key === 'ArrowLeft' ? 0.5 : 2);
    else if (key === 'ArrowLeft' || key === 'ArrowDown') actions.show([view[0] - step, view[1] - step]);
    else if (key === 'ArrowRight' || key === 'ArrowUp') actions.show([view[0] + step, view[1] + step]);
    else if (key === 'PageUp' || key === 'PageDown') {
      const page = span * (key === 'PageUp' ? -1 : 1);
      actions.show([view[0] + page, view[1] + page]);
    } else if (key === 'Home') actions.show([domain[0], domain[0] + span]);
    else if (key === 'End') actions.show([domain[1] - span, domain[1]]);
    else if (key === '+' || key === '=') actions.zoom(2);
    else if (key === '-' || key === '_') actions.zoom(0.5);
    else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  return html`<div class="overview" part="overview">
    <svg class="overview-surface" width=${width} height=${overviewHeight} @pointerdown=${pointerDown}>
      <path class="density" d=${model.path} transform="translate(0 ${overviewHeight - 30})"></path>
      ${svg`<g
        class="brush"
        role="slider"
        tabindex="0"
        aria-label="Visible window (← → pan, Shift+← → or + − zoom)"
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${Math.round(Math.max(0, Math.min(1, centre)) * 100)}
        aria-valuetext=${model.label}
        @keydown=${keyDown}
      >
        <rect class="brush-window" data-grip="move" x=${x0} y="1" width=${x1 - x0} height=${overviewHeight - 2} rx="3"></rect>
        <rect class="brush-handle" data-grip="start" x=${x0 - handleWidth / 2} y="1" width=${handleWidth} height=${overviewHeight - 2}></rect>
        <rect class="brush-handle" data-grip="end" x=${x1 - handleWidth / 2} y="1" width=${handleWidth} height=${overviewHeight - 2}></rect>
      </g>`}
    </svg>
  </div>`;
}
