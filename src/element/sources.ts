import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../model/types.js';
import { safeHref } from './links.js';

/** A citation: a link that opens in a new tab when it has an http(s) url, else its title. */
export function renderSource(source: Source): TemplateResult {
  const href = safeHref(source.url);
  const text = source.title ?? source.url ?? '';
  return href
    ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${text}</a>`
    : html`<span>${text}</span>`;
}

export function renderSources(sources: readonly Source[], label = 'Sources'): TemplateResult | typeof nothing {
  if (sources.length === 0) return nothing;
  return html`<div class="sources"><span class="sources-label">${label}:</span>
    <ul>${sources.map(source => html`<li>${renderSource(source)}</li>`)}</ul></div>`;
}
