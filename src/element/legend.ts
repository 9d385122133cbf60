/**
 * The legend: one swatch and label per lane (`part="legend"`). On narrow hosts, where
 * lane labels fold away, it folds into a disclosure so no information is lost.
 */
import { html, type TemplateResult } from 'lit';
import { styleProps } from '../render/style-props.js';
import type { Lane } from '../layout/prepare.js';

export function renderLegend(lanes: readonly Lane[], folded: boolean): TemplateResult {
  const list = html`<ul part="legend" class="legend" aria-label="Categories">
    ${lanes.map(
      lane => html`<li><span class="swatch" style=${styleProps({ background: lane.color })}></span>${lane.category.label}</li>`,
    )}
    <li class="key-uncertain"><span class="swatch hatched"></span>Date uncertain or approximate</li>
  </ul>`;
  return folded ? html`<details class="legend-fold"><summary>Legend</summary>${list}</details>` : list;
}
