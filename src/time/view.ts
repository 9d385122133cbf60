/**
 * The visible window, as a pure value. A view is a wall-clock domain [start, end]
 * (see src/time/wall.ts); the zoom behaviour's transform is derived from it and a
 * base scale, never stored apart from it.
 */
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { TimeScale } from './scale.js';

export { timeScale, type TimeScale } from './scale.js';

export type Domain = readonly [number, number];

/** One minute: the closest the view may zoom (about a minute across). */
export const minSpan = 60_000;
/** How many times the data's extent the view may show at the farthest zoom. */
export const maxExtentFactor = 4;
/** The JavaScript Date range, in ms either side of 1970. */
export const timeLimit = 8.64e15;

/** The zoom transform that shows `domain` through a base scale. */
export function transformFor(base: TimeScale, domain: Domain): ZoomTransform {
  const x0 = base(domain[0]);
  const x1 = base(domain[1]);
  const [r0, r1] = base.range();
  const k = (r1 - r0) / (x1 - x0);
  return zoomIdentity.translate(r0 - x0 * k, 0).scale(k);
}

/** The domain a transform shows through a base scale. */
export function domainOf(base: TimeScale, transform: ZoomTransform): Domain {
  const [r0, r1] = base.range();
  return [base.invert(transform.invertX(r0)), base.invert(transform.invertX(r1))];
}

/**
 * The view that fits an extent with a margin on both sides (`padding` of the extent's
 * span, at least `minimum` ms wide), centred on it and clamped to the Date range.
 */
export function fitDomain(extent: Domain, padding = 0.04, minimum = 86_400_000): Domain {
  let [start, end] = extent;
  if (!(end >= start)) [start, end] = [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  const span = Math.max(end - start, minimum);
  const centre = (start + end) / 2;
  const half = (span * (1 + 2 * padding)) / 2;
  return [Math.max(-timeLimit, centre - half), Math.min(timeLimit, centre + half)];
}

/** `domain` kept inside the Date range (a view past it could not be labelled or converted). */
export function clampDomain([start, end]: Domain): Domain {
  if (start >= -timeLimit && end <= timeLimit) return [start, end];
  const span = Math.min(end - start, 2 * timeLimit);
  const from = Math.min(Math.max(start, -timeLimit), timeLimit - span);
  return [from, from + span];
}

/**
 * Where activating a cluster zooms: its events' span with a margin (`padding`, a share
 * of it), but always at least twice closer than `view`. A cluster that runs across the
 * whole view (a row's overflow at this zoom) spans about the view itself; zooming to it
 * would change nothing, so the view closes in on the cluster's visible part instead.
 */
export function clusterZoom(start: number, end: number, view: Domain, padding: number): Domain {
  const half = (Math.max(end - start, minSpan) * (1 + 2 * padding)) / 2;
  const middle = (start + end) / 2;
  const target: Domain = [middle - half, middle + half];
  const viewSpan = view[1] - view[0];
  if (target[1] - target[0] <= viewSpan / 2) return target;
  const centre = (Math.max(target[0], view[0]) + Math.min(target[1], view[1])) / 2;
  return [centre - viewSpan / 4, centre + viewSpan / 4];
}
