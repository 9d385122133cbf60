import { interpolateZoom } from 'd3-interpolate';
import { easeCubicInOut } from 'd3-ease';
import type { Domain } from '../time/view.js';

/**
 * One animated change of view at a time, in domain space: the smooth zoom path of van
 * Wijk and Nuij (d3's `interpolateZoom`, the path d3-zoom's own transitions take)
 * between two windows, eased, one step per animation frame. Working on the domain
 * rather than on a zoom transform keeps the target exact when the plot is resized
 * half-way (the transform's base scale changes then; the wanted window does not).
 */
export class ViewAnimation {
  private frame = 0;
  private finish?: () => void;

  /** Steps from `from` to `to` over `duration` ms; resolves at the end or when stopped. */
  run(from: Domain, to: Domain, duration: number, step: (view: Domain) => void): Promise<void> {
    this.stop();
    const path = interpolateZoom(view(from), view(to));
    return new Promise(resolve => {
      this.finish = resolve;
      const started = performance.now();
      const tick = (now: number) => {
        const t = Math.max(0, Math.min(1, (now - started) / duration));
        if (t === 1) {
          this.frame = 0;
          this.finish = undefined;
          step(to);
          resolve();
          return;
        }
        const [centre, , width] = path(easeCubicInOut(t));
        step([centre - width / 2, centre + width / 2]);
        this.frame = requestAnimationFrame(tick);
      };
      this.frame = requestAnimationFrame(tick);
    });
  }

  /** Stops the running animation where it is (its promise resolves). */
  stop(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    const finish = this.finish;
    this.finish = undefined;
    finish?.();
  }
}

/** A window as interpolateZoom's view: [centre x, centre y, width]. */
const view = ([start, end]: Domain): [number, number, number] => [(start + end) / 2, 0, end - start];
