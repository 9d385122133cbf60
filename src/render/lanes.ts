/**
 * Lane bands, drawn first, and their labels, drawn over the eras and the grid (the
 * labels fold away with the headers on narrow hosts). A label wears a halo in its
 * band's colour, so a grid line or an era's edge never runs through its letters: the
 * way maps keep their place names readable over roads and borders.
 */
import { svg, nothing, type SVGTemplateResult } from 'lit';
import type { Lane } from '../layout/prepare.js';
import type { LaneBox } from '../layout/geometry.js';

const labelBaseline = 12;

/** Alternate lanes take the band colour, the others the background (see styles.ts). */
const parity = (i: number): string => (i % 2 ? 'odd' : 'even');

export function renderLanes(lanes: readonly Lane[], boxes: readonly LaneBox[], width: number): SVGTemplateResult {
  return svg`<g class="lanes">${lanes.map((_, i) => {
    const box = boxes[i];
    if (!box) return nothing;
    return svg`<rect class="lane-band ${parity(i)}" x="0" y=${box.top} width=${width} height=${box.height}></rect>`;
  })}</g>`;
}

export function renderLaneLabels(lanes: readonly Lane[], boxes: readonly LaneBox[], headers: boolean): SVGTemplateResult | typeof nothing {
  if (!headers) return nothing;
  return svg`<g class="lane-labels">${lanes.map((lane, i) => {
    const box = boxes[i];
    if (!box) return nothing;
    return svg`<text part="lane-label" class="lane-label ${parity(i)}" x="6" y=${box.top + labelBaseline}>${lane.category.label}</text>`;
  })}</g>`;
}
