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
/** Widest label (px): a mark further than this left of the canvas shows nothing on it. */
const widestLabel = 300;

/**
 * The shapes of all items of one colour and opacity, gathered into a few paths so
 * that each is filled or stroked once: a few hundred marks cost a dozen draw calls,
 * not a thousand. Items of one batch never overlap (rows keep them apart), so the
 * drawing order within a batch is free.
 */
class Batch {
  readonly tails = new Path2D();
  /** Certain points, certain bars and cluster pills, each copied from a sprite: left x, right x and centre y of each, in turn. */
  readonly dots: number[] = [];
  readonly bars: number[] = [];
  readonly pills: number[] = [];
  /** Bars too narrow for a sprite's two ends. */
  readonly solid = new Path2D();
  readonly fuzzy = new Path2D();
  readonly stripes = new Path2D();
  readonly cores = new Path2D();
  constructor(
    readonly color: string,
    readonly alpha: number,
  ) {}
}

/** Texts of one opacity: each one's start (x, y pairs) and string. */
interface Texts {
  readonly alpha: number;
  readonly at: number[];
  readonly texts: string[];
}
const texts = (alpha: number): Texts => ({ alpha, at: [], texts: [] });

/** Clears `context` and draws the view's items on it. */
export function drawDense(context: CanvasRenderingContext2D, view: DenseView, paint: Paint): void {
  const { width, ratio, margin, rtl } = view;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  const batches = new Map<string, Batch>();
  const batch = (color: string, alpha: number): Batch => {
    const key = `${alpha}|${color}`;
    let found = batches.get(key);
    if (!found) batches.set(key, (found = new Batch(color, alpha)));
    return found;
  };
  const counts = texts(1);
  for (const cluster of view.layout.clusters) {
    if (cluster.x1 < -margin || cluster.x0 > width + margin) continue;
    const color = view.cluster(cluster);
    if (color === undefined) continue;
    const target = batch(color, 1);
    const badge = Math.max(clusterWidth, cluster.x1 - cluster.x0);
    target.pills.push(cluster.x0, cluster.x0 + badge, cluster.y);
    counts.at.push(cluster.x0 + badge / 2, cluster.y);
    counts.texts.push(String(cluster.events.length));
  }
  const labels = new Map<number, Texts>();
  for (const mark of view.layout.marks) {
    if (Math.max(mark.x1, mark.labelX + widestLabel) < -margin || Math.min(mark.x0, mark.labelX) > width + margin) continue;
    const look = view.mark(mark);
    if (!look) continue;
    const alpha = look.dimmed ? paint.dimmedOpacity : 1;
    addShape(batch(look.color, alpha), mark, look);
    let text = labels.get(alpha);
    if (!text) labels.set(alpha, (text = texts(alpha)));
    text.at.push(mark.labelX, mark.y + labelDy);
    text.texts.push(look.label);
  }
  // Shapes in layout px; mirrored for right-to-left.
  context.setTransform(rtl ? -ratio : ratio, 0, 0, ratio, (rtl ? margin + width : margin) * ratio, 0);
  context.lineCap = 'butt';
  for (const item of batches.values()) paintBatch(context, item, paint, ratio);
  // Text unmirrored: in right-to-left its box is mirrored, its glyphs are not.
  context.setTransform(ratio, 0, 0, ratio, margin * ratio, 0);
  context.fillStyle = paint.fg;
  context.font = paint.countFont;
  context.textBaseline = 'middle';
  context.textAlign = 'center';
  writeTexts(context, counts, rtl, width);
  context.font = paint.font;
  context.textBaseline = 'alphabetic';
  context.textAlign = rtl ? 'right' : 'left';
  for (const text of labels.values()) writeTexts(context, text, rtl, width);
  context.globalAlpha = 1;
}

/** The first strong character: a right-to-left script (Hebrew, Arabic…) or a left-to-right one. */
const strong = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|[A-Za-z\u00c0-\u02af\u0370-\u052f\u3040-\u9fff]/;
const rtlScript = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * Writes a batch's texts, each in the direction its first strong character gives (as
 * the SVG's `unicode-bidi: plaintext`), so neutral characters stay where they belong.
 */
function writeTexts(context: CanvasRenderingContext2D, { alpha, at, texts }: Texts, rtl: boolean, width: number): void {
  context.globalAlpha = alpha;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    if (!text) continue;
    const direction = rtlScript.test(strong.exec(text)?.[0] ?? '') ? 'rtl' : 'ltr';
    if (context.direction !== direction) context.direction = direction;
    context.fillText(text, rtl ? width - at[2 * i] : at[2 * i], at[2 * i + 1]);
  }
}

/** Adds a mark's shapes to its batch (the same shapes as render/marks.ts). */
function addShape(batch: Batch, mark: MarkLayout, look: CanvasMark): void {
  const { x0, x1, core0, core1, dot, y } = mark;
  const centre = (x0 + x1) / 2;
  const from = dot ? centre - pointSize / 2 : x0;
  const to = dot ? centre + pointSize / 2 : x1;
  if (mark.tailFrom !== undefined) segment(batch.tails, mark.tailFrom, from, y);
  if (mark.tailTo !== undefined) segment(batch.tails, to, mark.tailTo, y);
  if (dot) {
    if (look.uncertain) {
      // A rotated square, as the SVG's rect with rotate(45).
      const r = pointSize / Math.SQRT2;
      batch.fuzzy.moveTo(centre, y - r);
      batch.fuzzy.lineTo(centre + r, y);
      batch.fuzzy.lineTo(centre, y + r);
      batch.fuzzy.lineTo(centre - r, y);
      batch.fuzzy.closePath();
    } else batch.dots.push(centre - pointSize / 2, centre + pointSize / 2, y);
    return;
  }
  const top = y - barHeight / 2;
  const width = Math.max(0, x1 - x0);
  if (!look.uncertain && (look.point || (core0 <= x0 + 0.5 && core1 >= x1 - 0.5))) {
    if (width >= 2 * barRadius + 1) batch.bars.push(x0, x1, y);
    else batch.solid.roundRect(x0, top, width, barHeight, barRadius);
    return;
  }
  batch.fuzzy.roundRect(x0, top, width, barHeight, barRadius);
  segment(batch.stripes, x0, x0 + width, y);
  const solid = look.uncertain ? 0 : Math.max(0, core1 - core0);
  if (solid > 0) batch.cores.rect(core0, top, solid, barHeight);
}

function segment(path: Path2D, from: number, to: number, y: number): void {
  path.moveTo(from, y);
  path.lineTo(to, y);
}

/** Draws a batch: tails, solid shapes, fuzzy ones (faint fill, dashed edge, stripes), certain cores, cluster pills. */
function paintBatch(context: CanvasRenderingContext2D, batch: Batch, paint: Paint, ratio: number): void {
  const { color, alpha } = batch;
  context.globalAlpha = alpha;
  context.strokeStyle = color;
  context.fillStyle = color;
  context.setLineDash(stripeDash);
  context.lineWidth = 2;
  context.stroke(batch.tails);
  context.fill(batch.solid);
  context.globalAlpha = alpha * 0.3;
  context.fill(batch.fuzzy);
  context.globalAlpha = alpha;
  context.setLineDash(fuzzyDash);
  context.lineWidth = 1;
  context.stroke(batch.fuzzy);
  // Stripes: a wide dashed line in the background colour across each fuzzy bar.
  context.setLineDash(stripeDash);
  context.lineWidth = 8;
  context.strokeStyle = paint.bg;
  context.globalAlpha = alpha * 0.6;
  context.stroke(batch.stripes);
  context.globalAlpha = alpha;
  context.fill(batch.cores);
  drawSprites(context, batch, ratio);
}

/** Height of a cluster's pill, px (as render/clusters.ts), and of its edge. */
const pillHeight = barHeight + 2;
const pillRadius = pillHeight / 2;
const pillEdge = 1.5;
/** Corner radius of a bar (as render/marks.ts: rx="2"). */
const barRadius = 2;
/** Room around a shape in its sprite, px: half a pill's edge and the antialiasing. */
const spritePad = 2;

/**
 * A shape drawn once per colour and pixel ratio and then copied: round pills (cluster
 * badges), dots and bars. Each sprite holds the shape at its most common width (plus
 * padding), copied whole; a shape of another width is copied in three parts, its two
 * ends and between them a middle column stretched, the straight part being the same
 * all along.
 */
interface Shape {
  /** Names its sprites in the cache. */
  readonly name: string;
  /** Height px. */
  readonly size: number;
  /**
   * Width px in the sprite: a badge's own, as most badges are no wider (one copy each
   * rather than three: a wheel step over 10,000 events went from 19.5 to 17.0 ms at the
   * median, and 18.3 to 16.0 in another run, interleaved), else the height.
   */
  readonly length: number;
  /** Corner radius px: how much of each end is round. */
  readonly radius: number;
  readonly draw: (context: CanvasRenderingContext2D, color: string) => void;
}

const pill: Shape = {
  name: 'pill',
  size: pillHeight,
  length: clusterWidth,
  radius: pillRadius,
  draw(context, color) {
    context.roundRect(spritePad, spritePad, clusterWidth, pillHeight, pillRadius);
    context.fillStyle = context.strokeStyle = color;
    context.globalAlpha = 0.25;
    context.fill();
    context.globalAlpha = 1;
    context.lineWidth = pillEdge;
    context.stroke();
  },
};
const dot: Shape = {
  name: 'dot',
  size: pointSize,
  length: pointSize,
  radius: pointSize / 2,
  draw(context, color) {
    context.arc(spritePad + pointSize / 2, spritePad + pointSize / 2, pointSize / 2, 0, 2 * Math.PI);
    context.fillStyle = color;
    context.fill();
  },
};
const bar: Shape = {
  name: 'bar',
  size: barHeight,
  length: barHeight,
  radius: barRadius,
  draw(context, color) {
    context.roundRect(spritePad, spritePad, barHeight, barHeight, barRadius);
    context.fillStyle = color;
    context.fill();
  },
};

/** Sprites by shape, colour and pixel ratio; a few colours in practice, cleared if a page uses very many. */
const sprites = new Map<string, HTMLCanvasElement>();
const maxSprites = 96;

const spriteKey = (shape: Shape, color: string, ratio: number): string => `${shape.name}|${ratio}|${color}`;

function spriteOf(shape: Shape, color: string, ratio: number): HTMLCanvasElement {
  const key = spriteKey(shape, color, ratio);
  let sprite = sprites.get(key);
  if (sprite) return sprite;
  if (sprites.size >= maxSprites) sprites.clear();
  sprite = document.createElement('canvas');
  sprite.width = Math.ceil((shape.length + 2 * spritePad) * ratio);
  sprite.height = Math.ceil((shape.size + 2 * spritePad) * ratio);
  const context = sprite.getContext('2d')!;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.beginPath();
  shape.draw(context, color);
  sprites.set(key, sprite);
  return sprite;
}

/**
 * Makes the sprites of every shape in each of `colors` that are not made yet, while
 * `left()` (ms of idle time left) allows, and at least one; true once all are. A sprite
 * made in the middle of a zoom step costs that step ~0.3–1 ms (a canvas, its context
 * and a first copy): at 10,000 events the bench's zoomTo series met two in one step.
 */
export function primeSprites(colors: readonly string[], ratio: number, left: () => number): boolean {
  let made = 0;
  for (const color of colors) {
    for (const shape of [dot, bar, pill]) {
      if (sprites.has(spriteKey(shape, color, ratio))) continue;
      // At least one each time: without idle callbacks, `left` is always 0.
      if (made > 0 && left() < 1) return false;
      spriteOf(shape, color, ratio);
      made++;
    }
  }
  return true;
}

/**
 * Copies of `shape` from `left` to `right` (px), centred on `y`. Every copy lands on
 * whole device pixels at the sprite's own size (the ends) or stretched along one column
 * (the middle), so the parts meet without a seam and need no filtering.
 */
function copyShape(context: CanvasRenderingContext2D, sprite: HTMLCanvasElement, shape: Shape, ratio: number, left: number, right: number, y: number): void {
  const snap = (value: number) => Math.round(value * ratio) / ratio;
  const across = sprite.width / ratio;
  const high = sprite.height / ratio;
  const x0 = snap(left - spritePad);
  const top = snap(y - shape.size / 2 - spritePad);
  const x1 = snap(right + spritePad);
  // Each end in device px: the padding and the round part.
  const end = Math.min(Math.round((spritePad + shape.radius) * ratio), sprite.height >> 1);
  // A shape as wide as its sprite's is one copy.
  if (Math.abs(x1 - x0 - across) < 1e-6) {
    context.drawImage(sprite, x0, top, across, high);
    return;
  }
  const endWidth = end / ratio;
  context.drawImage(sprite, 0, 0, end, sprite.height, x0, top, endWidth, high);
  // The middle: the first column past the round part, where the outline runs straight.
  context.drawImage(sprite, end, 0, 1, sprite.height, x0 + endWidth, top, x1 - x0 - 2 * endWidth, high);
  context.drawImage(sprite, sprite.width - end, 0, end, sprite.height, x1 - endWidth, top, endWidth, high);
}

/**
 * The batch's dots, bars and cluster badges, copied from sprites. In software
 * rendering (headless Chromium) filling many small antialiased outlines was the
 * canvas's costliest work, paid in the frame's commit: copies of whole device pixels
 * are plain blits. (Badges first: at 10,000 events, ~135 a frame, copies cut the
 * commit by ~1.2 ms; dots and bars followed.)
 */
function drawSprites(context: CanvasRenderingContext2D, batch: Batch, ratio: number): void {
  const { color, alpha } = batch;
  context.imageSmoothingEnabled = false;
  context.globalAlpha = alpha;
  for (const [shape, items] of [[dot, batch.dots], [bar, batch.bars], [pill, batch.pills]] as const) {
    if (items.length === 0) continue;
    const sprite = spriteOf(shape, color, ratio);
    for (let i = 0; i < items.length; i += 3) copyShape(context, sprite, shape, ratio, items[i], items[i + 1], items[i + 2]);
  }
  context.imageSmoothingEnabled = true;
}
