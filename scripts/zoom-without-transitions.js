// Rollup plugin for dist/event-timeline.js: d3-zoom imports d3-transition only to stop
// transitions, and with it come d3-transition, d3-color and most of d3-interpolate
// (about 9 kB gzipped). We never start a d3 transition, so d3-zoom's import resolves to
// a stub that stops none (scripts/d3-transition-stub.js). lib/ leaves d3-zoom and its
// dependencies to the host's bundler, and the dev server serves the real module.
import { fileURLToPath } from 'node:url';

const stubPath = fileURLToPath(new URL('./d3-transition-stub.js', import.meta.url));

export function zoomWithoutTransitions() {
  return {
    name: 'zoom-without-transitions',
    resolveId: (source, importer) => (source === 'd3-transition' && /[\\/]d3-zoom[\\/]/.test(importer ?? '') ? stubPath : null),
  };
}
