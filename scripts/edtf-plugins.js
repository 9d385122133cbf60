// Keeps edtf's locale formatter out of our pages and bundle. event-timeline formats
// dates with luxon; edtf's own `format` (edtf/src/format.js) would pull six locale
// JSON files, imported with import attributes, into every page.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const stubPath = fileURLToPath(new URL('./edtf-format-stub.js', import.meta.url));
const isEdtfFormat = (source, importer) =>
  Boolean(importer) && source.startsWith('.') && /[\\/]edtf[\\/]src[\\/]format\.js$/.test(resolve(dirname(importer), source));

/** Rollup plugin: resolves edtf's `format.js` (from its index and its date module) to the stub. */
export function edtfWithoutLocales() {
  return {
    name: 'edtf-without-locales',
    resolveId: (source, importer) => (isEdtfFormat(source, importer) ? stubPath : null),
  };
}

/** Dev-server plugin (npm start, npm test): serves the stub in place of edtf's format.js. */
export function edtfWithoutLocalesServer() {
  return {
    name: 'edtf-without-locales',
    serve(context) {
      if (/\/node_modules\/edtf\/src\/format\.js$/.test(context.path)) {
        return { body: readFileSync(stubPath, 'utf8'), type: 'js' };
      }
      return undefined;
    },
  };
}

/**
 * Dev-server plugin: edtf's parser imports `nearley`, a UMD file. Rollup bundles it
 * with @rollup/plugin-commonjs; the dev server wraps it as an ES module instead.
 */
export function nearleyAsModuleServer() {
  return {
    name: 'nearley-as-module',
    transform(context) {
      if (!/\/node_modules\/nearley\/lib\/nearley\.js$/.test(context.path)) return undefined;
      return {
        body: `const module = { exports: {} }; const exports = module.exports;\n${context.body}\nexport default module.exports;\n`,
      };
    },
  };
}
