/**
 * The dense layer's drawing (src/render/canvas-items.ts), on a canvas of its own: cluster
 * badges copied from sprites look as if drawn as shapes, at one copy for a badge of the
 * usual width and three for a wider one.
 */
import { expect } from '@open-wc/testing';
import { drawDense, primeSprites, type Paint } from '../../src/render/canvas-items.js';
import { barHeight, clusterWidth } from '../../src/layout/geometry.js';
import type { ClusterLayout, ViewLayout } from '../../src/layout/view-layout.js';

const paint: Paint = { fg: 'transparent', bg: '#ffffff', font: '12px sans-serif', countFont: 'bold 12px sans-serif', dimmedOpacity: 0.28 };
const color = '#cc0000';
const cluster = (x0: number, x1: number, y: number): ClusterLayout => ({ lane: 0, row: 0, y, x0, x1, events: new Int32Array(3), start: 0, end: 0 });

/** Draws `clusters` at `ratio` on a 300 × 100 px canvas, counting the drawImage calls. */
function drawn(clusters: ClusterLayout[], ratio: number): { context: CanvasRenderingContext2D; copies: number } {
  const canvas = document.createElement('canvas');
  canvas.width = 300 * ratio;
  canvas.height = 100 * ratio;
  const context = canvas.getContext('2d')!;
  let copies = 0;
  const drawImage = context.drawImage.bind(context) as (...args: unknown[]) => void;
  Object.assign(context, { drawImage: (...args: unknown[]) => (copies++, drawImage(...args)) });
  const layout: ViewLayout = { marks: [], clusters, lanes: [] };
  drawDense(context, { layout, width: 300, ratio, margin: 0, rtl: false, mark: () => undefined, cluster: () => color }, paint);
  return { context, copies };
}

/** The same badge drawn as a shape, as render/clusters.ts draws it in SVG: a quarter-opaque fill, a 1.5 px edge. */
function shape(x0: number, x1: number, y: number, ratio: number): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = 300 * ratio;
  canvas.height = 100 * ratio;
  const context = canvas.getContext('2d')!;
  const height = barHeight + 2;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.beginPath();
  context.roundRect(x0, y - height / 2, x1 - x0, height, height / 2);
  context.fillStyle = context.strokeStyle = color;
  context.globalAlpha = 0.25;
  context.fill();
  context.globalAlpha = 1;
  context.lineWidth = 1.5;
  context.stroke();
  return context;
}

/** The largest difference in alpha between two contexts' pixels. */
function largestDifference(a: CanvasRenderingContext2D, b: CanvasRenderingContext2D): number {
  const { data: one } = a.getImageData(0, 0, a.canvas.width, a.canvas.height);
  const { data: two } = b.getImageData(0, 0, b.canvas.width, b.canvas.height);
  let most = 0;
  for (let i = 3; i < one.length; i += 4) most = Math.max(most, Math.abs(one[i] - two[i]));
  return most;
}

describe('drawDense cluster badges', () => {
  for (const ratio of [1, 2]) {
    it(`copies a badge of the usual width whole, and a wider one in three parts, each as if drawn (ratio ${ratio})`, () => {
      const usual = drawn([cluster(40, 40 + clusterWidth, 30)], ratio);
      expect(usual.copies).to.equal(1);
      expect(largestDifference(usual.context, shape(40, 40 + clusterWidth, 30, ratio))).to.be.at.most(8);
      const wide = drawn([cluster(60, 200, 60)], ratio);
      expect(wide.copies).to.equal(3);
      expect(largestDifference(wide.context, shape(60, 200, 60, ratio))).to.be.at.most(8);
      // Something is drawn at all: the badge's edge is opaque red.
      const { data } = usual.context.getImageData(Math.round(40 + clusterWidth / 2) * ratio, Math.round(30 - (barHeight + 2) / 2) * ratio, 1, 1);
      expect(data[3]).to.be.above(100);
    });
  }
});

describe('primeSprites', () => {
  it('makes every shape of every colour ahead, one at a time without idle time, so drawing then makes none', () => {
    // Colours and a ratio no other test draws in: their sprites do not exist yet.
    const colors = ['#123456', '#654321'];
    const ratio = 3;
    let canvases = 0;
    const create = document.createElement;
    document.createElement = function (this: Document, name: string, options?: ElementCreationOptions) {
      if (name === 'canvas') canvases++;
      return create.call(this, name, options);
    } as typeof document.createElement;
    try {
      let calls = 0;
      while (!primeSprites(colors, ratio, () => 0)) calls++;
      // Three shapes in two colours, one a call; the last call finds nothing left to make.
      expect(calls).to.equal(5);
      expect(canvases).to.equal(6);
      expect(primeSprites(colors, ratio, () => 0)).to.equal(true);
      expect(canvases).to.equal(6);
      const mark = (x: number, point: boolean) => ({ event: 0, lane: 0, row: 0, y: 30, x0: x, x1: point ? x : x + 40, core0: x, core1: point ? x : x + 40, labelX: x, dot: point });
      const canvas = create.call(document, 'canvas') as HTMLCanvasElement;
      const layout: ViewLayout = { marks: [mark(20, true), mark(60, false)], clusters: [cluster(150, 150 + clusterWidth, 30)], lanes: [] };
      for (const c of colors) {
        drawDense(canvas.getContext('2d')!, { layout, width: 300, ratio, margin: 0, rtl: false, mark: () => ({ color: c, label: '', uncertain: false, point: false, dimmed: false }), cluster: () => c }, paint);
      }
      expect(canvases).to.equal(6);
    } finally {
      document.createElement = create;
    }
  });
});
