// Minifies the CSS of Lit's css`…` templates in the self-contained bundle: terser keeps
// a template's text as written, comments and indentation included (src/element/styles.ts
// is ~600 lines of them). Only what CSS ignores is cut; test/build/minify-css.test.ts
// holds the result to the browser's own reading of the sheet.

import MagicString from 'magic-string';

/** A CSS string (group 1), a comment, a run of whitespace, or anything else up to one of those (group 2). */
const token = /('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|\/\*[\s\S]*?\*\/|\s+|([^'"\s/]+|\/)/g;

/** Whitespace CSS does not read: around braces, semicolons and commas, and after a colon. */
const cut = seg => seg.replace(/ ?([{};,]) ?/g, '$1').replace(/: /g, ':');

/**
 * CSS text with its comments dropped and its whitespace cut to what CSS reads: none
 * around braces, semicolons and commas or after a colon, one space elsewhere; strings
 * ('…', "…") kept as written. Not a general minifier: a space before a colon is kept
 * (it means something in a selector: "a :hover"), and so are spaces around "+", "-",
 * ">" and "~" (calc(), combinators).
 *
 * @param {string} text static CSS (a part of a css`` template between interpolations)
 * @returns {string}
 */
export function minifyCss(text) {
  const parts = [];
  let plain = '';
  for (const [, string, other] of text.matchAll(token)) {
    if (string !== undefined) {
      parts.push(cut(plain), string);
      plain = '';
    } else if (other !== undefined) {
      plain += other;
    } else if (!plain.endsWith(' ')) {
      // A comment or a run of whitespace reads as one space.
      plain += ' ';
    }
  }
  parts.push(cut(plain));
  return parts.join('');
}

/**
 * Lit's css`…` templates in a module as TypeScript emits it ("css `…`"); interpolations
 * are `${name}`.
 */
const cssTemplate = /\bcss\s*`((?:[^`\\]|\\.)*)`/g;

/**
 * Rollup plugin: minifies the static CSS of every css`` template in `src/`, keeping the
 * source map true. It runs after @rollup/plugin-typescript has emitted the module.
 */
export function cssLiteralsMinified() {
  return {
    name: 'css-literals-minified',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\bcss\s*`/.test(code)) return null;
      const edited = new MagicString(code);
      for (const match of code.matchAll(cssTemplate)) {
        const body = match[1];
        const start = match.index + match[0].length - body.length - 1;
        const minified = body.split(/(\$\{[^}]*\})/).map((part, i) => (i % 2 ? part : minifyCss(part))).join('');
        if (body.length > 0) edited.overwrite(start, start + body.length, minified);
      }
      return { code: edited.toString(), map: edited.generateMap({ hires: true, source: id }) };
    },
  };
}
