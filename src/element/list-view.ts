/**
 * The events as an accessible chronological list: the timeline's alternative for
 * screen readers and narrow screens, one click away from it.
 *
 * A long list is shown a page at a time, with a pager to the earlier and later ones,
 * so every event can be reached while the list's DOM stays small: 250 events with a
 * title, date and category are some 1,500 elements (descriptions and sources add a few
 * each), and rendering 2,000 of them took 850 ms at 100,000 events. A page opens where
 * the timeline's view begins (element/event-timeline.ts), so zooming the timeline is
 * also a way through the list.
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

/** Events listed at a time. */
export const listPageSize = 250;

/** Where the listed page lies: its first event's place in time order (from 0), of `total`. */
export interface ListPage {
  readonly first: number;
  readonly total: number;
  readonly locale?: string;
}

export interface ListHandlers {
  readonly select: (event: TimelineEvent) => void;
  /** Shows the page before (−1) or after (+1) this one. */
  readonly page: (direction: -1 | 1) => void;
}

export function renderList(items: readonly ListItem[], page: ListPage, handlers: ListHandlers): TemplateResult {
  // Numbered by place in the whole list; the numbers' room grows with their digits.
  const digits = String(page.first + items.length).length;
  return html`<ol class="list" part="list" start=${page.first + 1} style=${styleProps({ '--_marker-room': `${digits + 1.5}ch` })}>
      ${items.map(
        item => html`<li class="list-item ${item.selected ? 'selected' : ''} ${item.dimmed ? 'dimmed' : ''}" data-event-id=${String(item.event.id)}>
          <span class="list-date">${item.date}</span>
          <button type="button" class="list-title" aria-pressed=${item.selected ? 'true' : 'false'} @click=${() => handlers.select(item.event)}>
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
    ${page.total > items.length ? renderPager(items.length, page, handlers) : nothing}`;
}

function renderPager(count: number, { first, total, locale }: ListPage, handlers: ListHandlers): TemplateResult {
  const number = (value: number) => value.toLocaleString(locale);
  return html`<nav class="list-pages" part="list-pages" aria-label="List pages">
    <span class="list-range">Events ${number(first + 1)}–${number(first + count)} of ${number(total)}</span>
    <button type="button" ?disabled=${first === 0} @click=${() => handlers.page(-1)}>Earlier events</button>
    <button type="button" ?disabled=${first + count >= total} @click=${() => handlers.page(1)}>Later events</button>
  </nav>`;
}
