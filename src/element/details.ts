/** The details panel of the selected event (`part="details"`). */
import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../render/style-props.js';
import type { TimelineEvent } from '../model/types.js';
import { renderSources } from './sources.js';
import { safeHref } from './links.js';

export interface DetailsView {
  readonly event: TimelineEvent;
  readonly date: string;
  readonly category: string;
  readonly color: string;
}

export function renderDetails(view: DetailsView | undefined, close: () => void): TemplateResult | typeof nothing {
  if (!view) return nothing;
  const { event } = view;
  const more = safeHref(event.url);
  return html`<section part="details" class="details" aria-labelledby="details-title">
    <button class="close" type="button" aria-label="Close details" @click=${close}>×</button>
    <h2 id="details-title">${event.title}</h2>
    <p class="meta"><span class="date">${view.date}</span>${view.category
        ? html` · <span class="category"><span class="swatch" style=${styleProps({ background: view.color })}></span>${view.category}</span>`
        : nothing}</p>
    ${event.description ? html`<p class="description">${event.description}</p>` : nothing}
    ${more ? html`<p><a href=${more} target="_blank" rel="noopener noreferrer">More about this event</a></p>` : nothing}
    ${renderSources(event.sources)}
  </section>`;
}
