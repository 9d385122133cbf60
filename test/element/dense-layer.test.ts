/**
 * The dense layer's canvas shown to the compositor ahead of time
 * (`DenseLayer.warmCompositor`, src/element/dense-layer.ts): blank in every frame it is
 * in the plot, whatever is drawn on it in between, and out of the plot again after,
 * unless the element has taken it over.
 */
import { expect } from '@open-wc/testing';
import { DenseLayer, type CanvasOwner } from '../../src/element/dense-layer.js';

/** A plot of `width` × `height` px in the page. */
function makePlot(width = 300, height = 120): HTMLElement {
  const plot = document.createElement('div');
  plot.style.cssText = `position:relative;width:${width}px;height:${height}px`;
  document.body.append(plot);
  return plot;
}

/** Paints the whole canvas opaque, as the warm-up's drawing might between two frames. */
function paint(canvas: HTMLCanvasElement): void {
  const context = canvas.getContext('2d')!;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.fillStyle = '#c00';
  context.fillRect(0, 0, canvas.width, canvas.height);
}

/** The canvas's largest alpha (0: blank). */
function opacity(canvas: HTMLCanvasElement): number {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let most = 0;
  for (let i = 3; i < data.length; i += 4) most = Math.max(most, data[i]);
  return most;
}

/**
 * Calls `check` in each of the next `count` animation frames, after the frame callbacks
 * asked for before it (animation frame callbacks run in the order they were asked for).
 */
function eachFrame(count: number, check: (frame: number) => void): Promise<void> {
  return new Promise(resolve => {
    let frame = 0;
    const next = (): void => {
      check(frame++);
      if (frame < count) requestAnimationFrame(next);
      else resolve();
    };
    requestAnimationFrame(next);
  });
}

const alone: CanvasOwner = { done: () => false, shows: () => false };

describe('dense layer, shown to the compositor ahead of time', () => {
  it('is in the plot, sized for it and blank in every frame, whatever was drawn since the last, and out of it after', async () => {
    const plot = makePlot();
    const layer = new DenseLayer();
    const shown = layer.warmCompositor(plot, 300, 120, 20, alone);
    const { canvas } = layer;
    expect(canvas.parentNode).to.equal(plot);
    expect([canvas.width, canvas.height]).to.deep.equal([Math.round(340 * devicePixelRatio), Math.round(120 * devicePixelRatio)]);
    // Drawn on after it was put in: the next frame must not show it.
    paint(canvas);
    const seen: number[] = [];
    await eachFrame(2, () => {
      seen.push(canvas.isConnected ? opacity(canvas) : -1);
      paint(canvas);
    });
    expect(seen).to.deep.equal([0, 0]);
    await shown;
    expect(canvas.isConnected).to.equal(false);
    plot.remove();
  });

  it('leaves the canvas to an element that has a document by then: drawn on and kept while the element shows it', async () => {
    const plot = makePlot();
    let done = false;
    let shows = true;
    const kept = new DenseLayer();
    const keeping = kept.warmCompositor(plot, 300, 120, 20, { done: () => done, shows: () => shows });
    // The document arrives and the element draws its first busy view.
    done = true;
    paint(kept.canvas);
    await eachFrame(2, () => expect(opacity(kept.canvas)).to.equal(255));
    await keeping;
    expect(kept.canvas.parentNode).to.equal(plot);

    // A first view that is not busy: the canvas is taken out.
    done = false;
    shows = false;
    const taken = new DenseLayer();
    const taking = taken.warmCompositor(plot, 300, 120, 20, { done: () => done, shows: () => shows });
    done = true;
    await taking;
    expect(taken.canvas.isConnected).to.equal(false);
    plot.remove();
  });

  it('does nothing for a plot of no size, or a canvas already in the page', async () => {
    const plot = makePlot();
    const layer = new DenseLayer();
    await layer.warmCompositor(plot, 0, 120, 20, alone);
    expect(layer.canvas.isConnected).to.equal(false);
    // Already the element's (its view busy): not cleared, not taken out.
    plot.append(layer.canvas);
    layer.canvas.width = 10;
    layer.canvas.height = 10;
    paint(layer.canvas);
    await layer.warmCompositor(plot, 300, 120, 20, alone);
    expect(layer.canvas.parentNode).to.equal(plot);
    expect(opacity(layer.canvas)).to.equal(255);
    plot.remove();
  });
});
