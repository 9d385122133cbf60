// Types of minify-css.js, for the test that holds it to the browser (test/bundle/minify-css.test.ts).
import type { Plugin } from 'rollup';

export function minifyCss(text: string): string;
export function cssLiteralsMinified(): Plugin;
