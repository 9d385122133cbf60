/**
 * The dense layer: marks and clusters drawn on a 2D canvas, the same shapes as their
 * SVG versions (render/marks.ts, render/clusters.ts) in the same places. The element
 * switches to it when a view holds more items than SVG nodes can update inside a
 * frame (see `denseAbove` in the element); the one active item (the keyboard's tab
 * stop) and the selected one stay SVG, so focus, names and `::part(selected)` still
 * work, and this layer skips them. A pure function of the layout, the items' looks
 * and the paint read once from CSS.
 */
import type { ClusterLayout, MarkLayout, ViewLayout } from '../layout/view-layout.js';
import { barHeight, clusterWidth, pointSize } from '../layout/geometry.js';

/** Colours and fonts resolved from the element's CSS (custom properties do not reach a canvas). */
export interface Paint {
  readonly fg: string;
  readonly bg: string;
  /** CSS font shorthands: labels, and cluster counts (bold, 0.95em). */
  readonly font: string;
  readonly countFont: string;
  /** Opacity of a dimmed item (`filter-mode="dim"`). */
  readonly dimmedOpacity: number;
}

export interface CanvasMark {
  readonly color: string;
  readonly label: string;
  readonly uncertain: boolean;
  readonly point: boolean;
  readonly dimmed: boolean;
}

export interface DenseView {
  readonly layout: ViewLayout;
  /** CSS px of the plot. */
  readonly width: number;
  /** Device pixels per CSS px. */
  readonly ratio: number;
  /**
   * Px drawn beyond each side of the plot: a short pan reuses the layout, and the
   * canvas is then only moved (by CSS), never redrawn.
   */
  readonly margin: number;
  /** Time runs leftwards: shapes mirrored, text kept readable. */
  readonly rtl: boolean;
  /** How a mark looks; undefined leaves it out (it is drawn as SVG). */
  readonly mark: (mark: MarkLayout) => CanvasMark | undefined;
  /** A cluster's colour; undefined leaves it out. */
  readonly cluster: (cluster: ClusterLayout) => string | undefined;
}

/** Label baseline below the mark (as in render/marks.ts). */
const labelDy = barHeight / 2 + 11;
const stripeDash = [2, 3];
const fuzzyDash = [3, 2];

/** Clears `context` and draws the view's items on it. */
export function drawDense(context: CanvasRenderingContext2D, view: DenseView, paint: Paint): void {
  const { width, ratio, margin, rtl } = view;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  // Shapes in layout px; mirrored for right-to-left.
  context.setTransform(rtl ? -ratio : ratio, 0, 0, ratio, (rtl ? margin + width : margin) * ratio, 0);
  context.lineCap = 'butt';
  context.textBaseline = 'alphabetic';
  context.textAlign = 'left';
  context.font = paint.countFont;
  for (const cluster of view.layout.clusters) {
    const color = view.cluster(cluster);
    if (color !== undefined) drawCluster(context, cluster, color, paint, rtl, width, margin);
  }
  context.font = paint.font;
  for (const mark of view.layout.marks) {
    const look = view.mark(mark);
    if (!look) continue;
    context.globalAlpha = look.dimmed ? paint.dimmedOpacity : 1;
    drawShape(context, mark, look, paint);
    drawLabel(context, look.label, mark.labelX, mark.y + labelDy, paint, rtl, width, margin);
  }
  context.globalAlpha = 1;
}

function drawShape(context: CanvasRenderingContext2D, mark: MarkLayout, look: CanvasMark, paint: Paint): void {
  const { x0, x1, core0, core1, dot, y } = mark;
  const color = look.color;
  context.setLineDash(stripeDash);
  context.lineWidth = 2;
  context.strokeStyle = color;
  const centre = (x0 + x1) / 2;
  const from = dot ? centre - pointSize / 2 : x0;
  const to = dot ? centre + pointSize / 2 : x1;
  if (mark.tailFrom !== undefined) line(context, mark.tailFrom, from, y);
  if (mark.tailTo !== undefined) line(context, to, mark.tailTo, y);
  if (dot) {
    if (look.uncertain) {
      // A rotated square, as the SVG's rect with rotate(45).
      const r = pointSize / Math.SQRT2;
      context.beginPath();
      context.moveTo(centre, y - r);
      context.lineTo(centre + r, y);
      context.lineTo(centre, y + r);
      context.lineTo(centre - r, y);
      context.closePath();
      fuzzy(context, color);
    } else {
      context.beginPath();
      context.arc(centre, y, pointSize / 2, 0, 2 * Math.PI);
      context.fillStyle = color;
      context.fill();
    }
    return;
  }
  const top = y - barHeight / 2;
  const width = Math.max(0, x1 - x0);
  if (!look.uncertain && (look.point || (core0 <= x0 + 0.5 && core1 >= x1 - 0.5))) {
    context.beginPath();
    context.roundRect(x0, top, width, barHeight, 2);
    context.fillStyle = color;
    context.fill();
    return;
  }
  context.beginPath();
  context.roundRect(x0, top, width, barHeight, 2);
  fuzzy(context, color);
  // Stripes: a wide dashed line in the background colour across the bar.
  context.setLineDash(stripeDash);
  context.lineWidth = 8;
  context.strokeStyle = paint.bg;
  const alpha = context.globalAlpha;
  context.globalAlpha = alpha * 0.6;
  line(context, x0, x0 + width, y);
  context.globalAlpha = alpha;
  const solid = look.uncertain ? 0 : Math.max(0, core1 - core0);
  if (solid > 0) {
    context.fillStyle = color;
    context.fillRect(core0, top, solid, barHeight);
  }
}

/** Fills the current path faintly and strokes it dashed: a possibility, not a fact. */
function fuzzy(context: CanvasRenderingContext2D, color: string): void {
  const alpha = context.globalAlpha;
  context.fillStyle = color;
  context.globalAlpha = alpha * 0.3;
  context.fill();
  context.globalAlpha = alpha;
  context.setLineDash(fuzzyDash);
  context.lineWidth = 1;
  context.strokeStyle = color;
  context.stroke();
}

function line(context: CanvasRenderingContext2D, from: number, to: number, y: number): void {
  context.beginPath();
  context.moveTo(from, y);
  context.lineTo(to, y);
  context.stroke();
}

/**
 * Text at layout position `x` (its start), readable in both directions: mirrored
 * pages draw it unmirrored at the mirrored place of its box.
 */
function drawLabel(context: CanvasRenderingContext2D, text: string, x: number, y: number, paint: Paint, rtl: boolean, width: number, margin: number, align: 'left' | 'center' = 'left'): void {
  if (!text) return;
  context.fillStyle = paint.fg;
  if (!rtl) {
    context.textAlign = align;
    context.fillText(text, x, y);
    context.textAlign = 'left';
    return;
  }
  const ratio = context.getTransform().d;
  context.save();
  context.setTransform(ratio, 0, 0, ratio, margin * ratio, 0);
  const at = width - x;
  if (align === 'center') {
    context.textAlign = 'center';
    context.fillText(text, at, y);
  } else {
    context.textAlign = 'right';
    context.fillText(text, at, y);
  }
  context.restore();
}

function drawCluster(context: CanvasRenderingContext2D, cluster: ClusterLayout, color: string, paint: Paint, rtl: boolean, width: number, margin: number): void {
  const height = barHeight + 2;
  const badge = Math.max(clusterWidth, cluster.x1 - cluster.x0);
  context.globalAlpha = 1;
  context.beginPath();
  context.roundRect(cluster.x0, cluster.y - height / 2, badge, height, height / 2);
  context.fillStyle = color;
  context.globalAlpha = 0.25;
  context.fill();
  context.globalAlpha = 1;
  context.setLineDash([]);
  context.lineWidth = 1.5;
  context.strokeStyle = color;
  context.stroke();
  context.textBaseline = 'middle';
  drawLabel(context, String(cluster.events.length), cluster.x0 + badge / 2, cluster.y, paint, rtl, width, margin, 'center');
  context.textBaseline = 'alphabetic';
}
