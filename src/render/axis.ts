/**
 * The time axis: tick marks and labels, grid lines through the lanes, and the coarser
 * context row under them ("2023" under "Aug", "Sep"). Pure: ticks in, SVG out.
 */
import { svg, nothing, type SVGTemplateResult } from 'lit';
import type { TimeScale } from '../time/scale.js';
import type { Tick } from '../time/ticks.js';

const tickLength = 5;
const labelY = 18;
const contextY = 36;
const contextInset = 4;

/** Where a tick is along time: on a pixel's centre, so a 1 px line is crisp. */
export const tickAt = (tick: Tick, scale: TimeScale): number => Math.round(scale(tick.value)) + 0.5;

/**
 * Lines across time at the ticks, from `from` to `to` (px across), as one path's `d`:
 * upright, or level when time runs down (`down`). A zoom step changes the ticks, and one
 * attribute costs less than an element a tick made and removed each time their number
 * changes (at 10,000 events, ~12 elements a wheel step for the grid alone).
 */
export const ruled = (ticks: readonly Tick[], scale: TimeScale, from: number, to: number, down = false): string =>
  ticks.map(tick => (down ? `M${from} ${tickAt(tick, scale)}H${to}` : `M${tickAt(tick, scale)} ${from}V${to}`)).join('');

export function renderGrid(ticks: readonly Tick[], scale: TimeScale, height: number): SVGTemplateResult {
  return svg`<g class="grid" aria-hidden="true"><path d=${ruled(ticks, scale, 0, height)}></path></g>`;
}

/**
 * Where context labels go: at their period's start, or at the left edge for the period
 * in progress there, which gives way when the next period's label would touch it; a
 * label that would run past the right edge is left out.
 */
function contextPositions(context: readonly Tick[], scale: TimeScale, width: number, measure: (text: string) => number) {
  const placed = context.map(tick => ({ tick, x: Math.max(contextInset, Math.round(scale(tick.value)) + contextInset) }));
  return placed.filter((item, i) => {
    const end = item.x + measure(item.tick.label) + contextInset;
    const next = placed[i + 1];
    return (next ? end + contextInset <= next.x : true) && (i === 0 || end <= width);
  });
}

export function renderAxis(
  ticks: readonly Tick[],
  context: readonly Tick[],
  scale: TimeScale,
  top: number,
  width: number,
  measure: (text: string) => number,
): SVGTemplateResult {
  return svg`<g class="axis" part="axis" transform="translate(0 ${top})" aria-hidden="true">
    <line class="domain" x1="0" x2=${width} y1="0.5" y2="0.5"></line>
    <path class="ticks" d=${ruled(ticks, scale, 0, tickLength)}></path>
    ${ticks.map(tick => {
      const x = tickAt(tick, scale);
      // A label that would be cut by an edge is left out; its tick stays.
      const half = measure(tick.label) / 2;
      return x - half >= 0 && x + half <= width ? svg`<text class="tick" x=${x} y=${labelY} text-anchor="middle">${tick.label}</text>` : nothing;
    })}
    ${contextPositions(context, scale, width, measure).map(
      ({ tick, x }) => svg`<text class="context" x=${x} y=${contextY}>${tick.label}</text>`,
    )}
  </g>`;
}
