/**
 * The README's API tables are made from custom-elements.json (npm run docs; npm test
 * builds it afresh from the JSDoc first): this fails when they fall behind the code.
 */
import { expect } from '@open-wc/testing';
// @ts-expect-error a plain JS module shared with scripts/docs.js, without types
import { apiTables, endMarker, startMarker } from '../../scripts/api-tables.js';

describe('README.md', () => {
  it('has the API tables that custom-elements.json gives', async () => {
    const [readme, manifest] = await Promise.all([fetch('/README.md').then(r => r.text()), fetch('/custom-elements.json').then(r => r.json())]);
    const block = readme.slice(readme.indexOf(startMarker) + startMarker.length, readme.indexOf(endMarker)).trim();
    expect(block).to.equal(apiTables(manifest));
  });

  it('documents every attribute the element observes', async () => {
    const manifest = await fetch('/custom-elements.json').then(r => r.json());
    const { EventTimeline } = await import('../../src/element/event-timeline.js');
    const documented = manifest.modules.flatMap((m: { declarations?: { attributes?: { name: string }[] }[] }) => m.declarations ?? []).flatMap((d: { attributes?: { name: string }[] }) => d.attributes ?? []).map((a: { name: string }) => a.name);
    expect([...(EventTimeline as unknown as { observedAttributes: string[] }).observedAttributes].sort()).to.deep.equal([...new Set<string>(documented)].sort());
  });
});
