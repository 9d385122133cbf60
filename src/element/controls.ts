/**
 * The toolbar's controls (`part="controls"`): zoom in, zoom out and fit, a search box,
 * and export. Which of them show is the `controls` attribute: space-separated names
 * (`zoom search export`, the default), or `none`.
 */
import { html, nothing, type TemplateResult } from 'lit';

export type ControlName = 'zoom' | 'search' | 'export';
export const defaultControls = 'zoom search export';

/** The controls named in a `controls` attribute value, in their fixed order. */
export function controlsOf(value: string | null | undefined): ReadonlySet<ControlName> {
  const names = new Set((value ?? defaultControls).toLowerCase().split(/\s+/));
  return new Set((['zoom', 'search', 'export'] as const).filter(name => names.has(name)));
}

export interface ControlActions {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  search(text: string): void;
  /** The pointer is over the search box, or it has focus: a search may follow. */
  searchSoon(): void;
  download(kind: 'svg' | 'png'): void;
}

export function renderControls(shown: ReadonlySet<ControlName>, search: string, matches: string, actions: ControlActions): TemplateResult | typeof nothing {
  if (shown.size === 0) return nothing;
  return html`<div class="controls" part="controls" role="toolbar" aria-label="Timeline controls">
    ${shown.has('zoom')
      ? html`<button type="button" part="control" aria-label="Zoom in" title="Zoom in (+)" @click=${actions.zoomIn}>+</button
          ><button type="button" part="control" aria-label="Zoom out" title="Zoom out (−)" @click=${actions.zoomOut}>−</button
          ><button type="button" part="control" aria-label="Fit all events" title="Fit all events (0)" @click=${actions.fit}>Fit</button>`
      : nothing}
    ${shown.has('search')
      ? html`<input
            type="search"
            part="search"
            class="search"
            aria-label="Search events"
            placeholder="Search"
            .value=${search}
            @input=${(event: InputEvent) => actions.search((event.target as HTMLInputElement).value)}
            @pointerenter=${actions.searchSoon}
            @focus=${actions.searchSoon}
            @keydown=${(event: KeyboardEvent) => event.stopPropagation()}
          /><span class="matches" aria-live="polite">${matches}</span>`
      : nothing}
    ${shown.has('export')
      ? html`<button type="button" part="control" aria-label="Download as SVG" title="Download the view as SVG" @click=${() => actions.download('svg')}>SVG</button
          ><button type="button" part="control" aria-label="Download as PNG" title="Download the view as PNG" @click=${() => actions.download('png')}>PNG</button>`
      : nothing}
  </div>`;
}
