/**
 * The events as an accessible chronological list: the timeline's alternative for
 * screen readers and narrow screens, one click away from it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../render/style-props.js';
import type { TimelineEvent } from '../model/types.js';
import { renderSources } from './sources.js';

export interface ListItem {
  readonly event: TimelineEvent;
  readonly date: string;
  readonly category: string;
  readonly color: string;
  readonly selected: boolean;
  /** Listed faded: it does not match the search or filter (`filter-mode="dim"`). */
  readonly dimmed?: boolean;
}

/** Beyond this many events the list shows the first ones and says how many are left out. */
export const listLimit = 2000;

export function renderList(items: readonly ListItem[], total: number, select: (event: TimelineEvent) => void): TemplateResult {
  return html`<ol class="list" part="list">
      ${items.map(
        item => html`<li class="list-item ${item.selected ? 'selected' : ''} ${item.dimmed ? 'dimmed' : ''}" data-event-id=${String(item.event.id)}>
          <span class="list-date">${item.date}</span>
          <button type="button" class="list-title" aria-pressed=${item.selected ? 'true' : 'false'} @click=${() => select(item.event)}>
            ${item.event.title}
          </button>
          ${item.category
            ? html`<span class="list-category"><span class="swatch" style=${styleProps({ background: item.color })}></span>${item.category}</span>`
            : nothing}
          ${item.event.description ? html`<p class="list-description">${item.event.description}</p>` : nothing}
          ${renderSources(item.event.sources)}
        </li>`,
      )}
    </ol>
    ${total > items.length ? html`<p class="list-more">${total - items.length} more events are not listed; zoom the timeline to reach them.</p>` : nothing}`;
}
