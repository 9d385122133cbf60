/**
 * The legend: one swatch and label per category (`part="legend"`), each a toggle
 * button that switches its category on and off (`aria-pressed`). On narrow hosts,
 * where lane labels fold away, it folds into a disclosure so no information is lost.
 */
import { html, type TemplateResult } from 'lit';
import { styleProps } from '../render/style-props.js';

export interface LegendEntry {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly shown: boolean;
}

export function renderLegend(entries: readonly LegendEntry[], folded: boolean, toggle: (id: string) => void): TemplateResult {
  const list = html`<ul part="legend" class="legend" aria-label="Categories (press to show or hide)">
    ${entries.map(
      entry => html`<li>
        <button type="button" class="legend-toggle" aria-pressed=${entry.shown ? 'true' : 'false'} @click=${() => toggle(entry.id)}>
          <span class="swatch" style=${styleProps({ background: entry.color })}></span>${entry.label}
        </button>
      </li>`,
    )}
    <li class="key-uncertain"><span class="swatch hatched"></span>Date uncertain or approximate</li>
  </ul>`;
  return folded ? html`<details class="legend-fold"><summary>Legend</summary>${list}</details>` : list;
}
