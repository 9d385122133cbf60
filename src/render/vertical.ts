/**
 * The vertical orientation as SVG (see layout/vertical-layout.ts): the axis down the
 * left with its labels, grid lines across, era bands, and marks whose bars run down
 * their column with the label to the right. Marks and clusters keep the horizontal
 * ones' classes, parts, roles and names, so selection, keyboard, tooltip and styling
 * work the same.
 */
import { svg, nothing, type SVGTemplateResult } from 'lit';
import { styleProps } from './style-props.js';
import { markGroup, type MarkState } from './marks.js';
import { clusterGroup, type ClusterState } from './clusters.js';
import type { ClusterLayout, MarkLayout } from '../layout/view-layout.js';
import { barHeight, pointSize } from '../layout/geometry.js';
import { lineHeight, verticalAxisWidth } from '../layout/vertical-layout.js';
import type { EraBand } from '../layout/prepare.js';
import type { Tick } from '../time/ticks.js';
import { ruled, tickAt } from './axis.js';
import type { TimeScale } from '../time/scale.js';

function shape(mark: MarkLayout, rough: boolean): SVGTemplateResult {
  const { x0, x1, core0, core1, dot } = mark;
  if (dot) {
    const cy = (x0 + x1) / 2;
    return rough
      ? svg`<rect class="fuzzy" x=${-pointSize / 2} y=${cy - pointSize / 2} width=${pointSize} height=${pointSize} rx="2" transform="rotate(45 0 ${cy})"></rect>`
      : svg`<circle class="dot" cx="0" cy=${cy} r=${pointSize / 2}></circle>`;
  }
  const left = -barHeight / 2;
  const height = Math.max(0, x1 - x0);
  if (!rough && core0 <= x0 + 0.5 && core1 >= x1 - 0.5) {
    return svg`<rect class="core" x=${left} y=${x0} width=${barHeight} height=${height} rx="2"></rect>`;
  }
  const solid = rough ? 0 : Math.max(0, core1 - core0);
  return svg`<rect class="fuzzy" x=${left} y=${x0} width=${barHeight} height=${height} rx="2"></rect>
    <line class="stripes" x1="0" x2="0" y1=${x0} y2=${x0 + height}></line>
    ${solid > 0 ? svg`<rect class="core" x=${left} y=${core0} width=${barHeight} height=${solid}></rect>` : nothing}`;
}

export function renderVerticalMark(mark: MarkLayout, state: MarkState): SVGTemplateResult {
  const top = mark.dot ? (mark.x0 + mark.x1) / 2 : mark.x0;
  return markGroup(
    state,
    'mark vertical',
    `translate(${mark.y} 0)`,
    svg`${mark.tailFrom !== undefined ? svg`<line class="tail" x1="0" x2="0" y1=${mark.tailFrom} y2=${mark.x0}></line>` : nothing}${
      mark.tailTo !== undefined ? svg`<line class="tail" x1="0" x2="0" y1=${mark.x1} y2=${mark.tailTo}></line>` : nothing
    }${shape(mark, state.event.uncertain)}<text class="label" x=${barHeight / 2 + 6} y=${top} dy="0.35em">${state.label}</text>`,
  );
}

export function renderVerticalCluster(cluster: ClusterLayout, state: ClusterState): SVGTemplateResult {
  const width = lineHeight + 8;
  const height = Math.max(lineHeight - 4, cluster.x1 - cluster.x0 - 4);
  return clusterGroup(
    cluster,
    state,
    `translate(${cluster.y - width / 2} ${cluster.x0 + 2})`,
    svg`<rect x="0" y="0" width=${width} height=${height} rx=${Math.min(width, height) / 2}></rect><text x=${width / 2} y=${Math.min(height / 2, lineHeight / 2)} dy="0.35em">${cluster.events.length}</text>`,
  );
}

/** Baseline of a context label (px): this far below its period's start, or from the top for the period in progress there. */
const contextDrop = 12;
/** Least distance between two context labels' baselines (px): the one in progress gives way to the next. */
const contextGap = 16;
/** A tick label centred within this far above (or `tickClear` below) a context label's baseline would touch it: it is left out, its tick stays. */
const tickAbove = 17;
const tickClear = 9;

/**
 * Where context labels go down the axis, as `contextPositions` places them across it: at
 * their period's start, or at the top for the period in progress there, which gives way
 * when the next period's label would touch it; one past the bottom is left out.
 */
function verticalContextPositions(context: readonly Tick[], scale: TimeScale, height: number): { tick: Tick; y: number }[] {
  const placed = context.map(tick => ({ tick, y: Math.max(contextDrop, Math.round(scale(tick.value)) + contextDrop) }));
  return placed.filter((item, i) => {
    const next = placed[i + 1];
    return (next ? item.y + contextGap <= next.y : true) && item.y <= height - 2;
  });
}

/**
 * The axis down the left edge, grid lines across, and the coarser context labels ("Aug
 * 2023" over "7", "14") in the axis, one at each period's start, so that a view across a
 * month or a year says where the next one begins.
 */
export function renderVerticalAxis(ticks: readonly Tick[], context: readonly Tick[], scale: TimeScale, width: number, height: number): SVGTemplateResult {
  const x = verticalAxisWidth + 0.5;
  const contexts = verticalContextPositions(context, scale, height);
  const clear = (y: number): boolean => contexts.every(label => y <= label.y - tickAbove || y >= label.y + tickClear);
  return svg`<g class="grid" aria-hidden="true"><path d=${ruled(ticks, scale, x, width, true)}></path></g>
  <g class="axis vertical" part="axis" aria-hidden="true">
    <line class="domain" x1=${x} x2=${x} y1="0" y2=${height}></line>
    <path class="ticks" d=${ruled(ticks, scale, x - 5, x, true)}></path>
    ${ticks.map(tick => {
      const y = tickAt(tick, scale);
      return y < 6 || y > height - 6 || !clear(y) ? nothing : svg`<text class="tick" x=${x - 8} y=${y} dy="0.35em" text-anchor="end">${tick.label}</text>`;
    })}
    ${contexts.map(({ tick, y }) => svg`<text class="context" x="4" y=${y}>${tick.label}</text>`)}
  </g>`;
}

/** Era bands across the plot, their labels at the top of each band. */
export function renderVerticalEras(eras: readonly EraBand[], scale: TimeScale, width: number, height: number): SVGTemplateResult | typeof nothing {
  if (eras.length === 0) return nothing;
  return svg`<g class="eras" aria-hidden="true">${eras.map(era => {
    const top = Math.max(0, scale(era.start));
    const bottom = Math.min(height, scale(era.end));
    if (bottom <= 0 || top >= height) return nothing;
    return svg`<g part="era" class="era" style=${styleProps({ '--_color': era.color })}><rect x=${verticalAxisWidth} y=${top} width=${width - verticalAxisWidth} height=${Math.max(1, bottom - top)}></rect><text x=${width - 4} y=${top + 12} text-anchor="end">${era.label}</text></g>`;
  })}</g>`;
}
