/**
 * The bundle's CSS is minified (scripts/minify-css.js): what it cuts must be what CSS
 * ignores. The browser is the judge: it reads both sheets to the same rules.
 */
import { expect } from '@open-wc/testing';
import { minifyCss } from '../../scripts/minify-css.js';
import { styles } from '../../src/element/styles.js';

const bundleUrl = new URL('../../dist/event-timeline.js', import.meta.url).href;

/**
 * The rules the browser reads from a sheet, as it writes them back. A value holding
 * var() is written back as its tokens were (the browser cannot resolve it yet), so a
 * space after a comma, which CSS never reads, is left out of the comparison.
 */
const written = (sheet: CSSStyleSheet): string[] => [...sheet.cssRules].map(rule => rule.cssText.replace(/,\s+/g, ','));

function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return written(sheet);
}

describe('minified CSS', () => {
  it('keeps strings, spaces that mean something and nothing else', () => {
    expect(minifyCss(`
      /* a comment; with { braces } */
      :host([theme='dark']) .a :hover,  .b > .c  {
        content: ' · ';
        width: calc(100% - 2px);
        font-family: "A  B", serif;
      }
      @media (max-width: 600px) { .d { color: red !important } }
    `)).to.equal(` :host([theme='dark']) .a :hover,.b > .c{content:' · ';width:calc(100% - 2px);font-family:"A  B",serif;}@media (max-width:600px){.d{color:red !important}}`);
  });

  it('reads to the same rules as the stylesheet written out', () => {
    const source = rules(styles.cssText);
    expect(source.length).to.be.greaterThan(50);
    expect(rules(minifyCss(styles.cssText))).to.deep.equal(source);
  });

  it('gives the bundled element the same rules as the source', async () => {
    await import(bundleUrl);
    const element = document.createElement('event-timeline');
    document.body.append(element);
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const bundled = element.shadowRoot!.adoptedStyleSheets.flatMap(written);
    expect(bundled).to.deep.equal(rules(styles.cssText));
    // And it was minified: no comment, no indentation.
    const source = await (await fetch(bundleUrl)).text();
    expect(source).not.to.contain('/* The plot. */');
    expect(source).to.contain('--_bg:var(--event-timeline-background,#ffffff)');
    element.remove();
  });
});
