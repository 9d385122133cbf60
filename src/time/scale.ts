/**
 * The time scale: wall-clock ms to px, linear. Not d3-scale's `scaleUtc`: that one
 * works in Date objects, and a Date cannot hold a time past ±8.64e15 ms, so at the
 * edges of the range (a view from 271,821 BCE to 275,760 CE, plus the overscan the
 * layout looks past the edges) its `invert` gives an Invalid Date and nothing is drawn.
 * Ticks and labels are ours anyway (src/time/ticks.ts), so all a view needs from a
 * scale is this mapping and its inverse, over plain numbers. (It also keeps
 * d3-time-format, d3-format and d3-color out of the bundle.)
 */
import type { Domain } from './view.js';

export interface TimeScale {
  /** The x (px) of wall-clock time `t` (ms). */
  (t: number): number;
  /** The wall-clock time (ms) at `x` px. */
  invert(x: number): number;
  domain(): [number, number];
  range(): [number, number];
}

/** A scale from `domain` (wall-clock ms) to [0, width] px. */
export function timeScale([t0, t1]: Domain, width: number): TimeScale {
  const w = Math.max(1, width);
  const k = w / (t1 - t0 || 1);
  const scale = ((t: number) => (t - t0) * k) as TimeScale;
  scale.invert = x => t0 + x / k;
  scale.domain = () => [t0, t1];
  scale.range = () => [0, w];
  return scale;
}
