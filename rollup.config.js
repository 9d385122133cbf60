// Two builds:
// - dist/event-timeline.js: one self-contained, minified ES module with every
//   dependency inside, for a plain <script type="module"> tag;
// - lib/: the ES modules and .d.ts types for bundlers (lit, d3, luxon and edtf stay
//   dependencies there and are deduplicated by the host's bundler).
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import { edtfWithoutLocales } from './scripts/edtf-plugins.js';
import { zoomWithoutTransitions } from './scripts/zoom-without-transitions.js';
import { pureD3Interpolate } from './scripts/pure-d3-interpolate.js';
import { cssLiteralsMinified } from './scripts/minify-css.js';

/**
 * V8's explicit compile hint (Chromium 136+; other engines read a comment): compile every
 * function of the bundle as the script streams in, on a background thread, instead of
 * each on its first call on the main thread. Nearly all of them run on the first data
 * (reading, layout, the canvas, Lit's templates). Measured here (bench/README.md,
 * "Compile hint"): the main thread's lazy compiling during the first 1,000 events, 13–16
 * ms, is gone and loads are 5–18 % faster; the import waits ~20 ms longer for the
 * background compile on a local server, where no download overlaps it (bench: "start").
 * It must be the file's first line.
 */
const compileHint = '//# allFunctionsCalledOnLoad';

const external = id => /^(lit|@lit|d3-|luxon|edtf)/.test(id);

export default [
  {
    input: 'src/event-timeline.ts',
    // terser drops comments (the banner among them) and writes the hint as its preamble.
    output: { file: 'dist/event-timeline.js', format: 'es', sourcemap: true, banner: process.env.NO_MINIFY ? compileHint : undefined },
    plugins: [
      edtfWithoutLocales(),
      zoomWithoutTransitions(),
      pureD3Interpolate(),
      resolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
      commonjs({ include: /node_modules\/nearley/ }),
      // CSS comments and indentation out of the css`` templates (as TypeScript emits them).
      process.env.NO_MINIFY ? null : cssLiteralsMinified(),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist', rootDir: 'src' }),
      process.env.NO_MINIFY ? null : terser({ ecma: 2022, module: true, format: { comments: false, preamble: compileHint } }),
    ],
  },
  {
    input: ['src/index.ts', 'src/event-timeline.ts'],
    external,
    output: { dir: 'lib', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [typescript({ tsconfig: './tsconfig.json', outDir: 'lib', rootDir: 'src' })],
  },
  {
    // React for the React example (demo/frameworks/): CommonJS made one ES module.
    input: 'demo/frameworks/react-vendor.js',
    output: { file: 'demo/frameworks/vendor/react.js', format: 'es' },
    plugins: [
      { name: 'node-env', transform: code => code.replace(/process\.env\.NODE_ENV/g, JSON.stringify('production')) },
      resolve({ browser: true }),
      commonjs(),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  },
];
