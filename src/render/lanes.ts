/** Lane bands and their labels (the label folds away with the headers on narrow hosts). */
import { svg, nothing, type SVGTemplateResult } from 'lit';
import { styleProps } from './style-props.js';
import type { Lane } from '../layout/prepare.js';
import type { LaneBox } from '../layout/geometry.js';

const labelBaseline = 12;

export function renderLanes(lanes: readonly Lane[], boxes: readonly LaneBox[], width: number, headers: boolean): SVGTemplateResult {
  return svg`<g class="lanes">${lanes.map((lane, i) => {
    const box = boxes[i];
    if (!box) return nothing;
    return svg`<g class="lane" style=${styleProps({ '--_color': lane.color })}>
      <rect class="lane-band ${i % 2 ? 'odd' : 'even'}" x="0" y=${box.top} width=${width} height=${box.height}></rect>
      ${headers
        ? svg`<text part="lane-label" class="lane-label" x="6" y=${box.top + labelBaseline}>${lane.category.label}</text>`
        : nothing}
    </g>`;
  })}</g>`;
}
