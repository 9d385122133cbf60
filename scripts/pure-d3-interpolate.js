// Rollup plugin for dist/event-timeline.js: d3-interpolate's single-file build makes
// its interpolators with top-level factory calls (`var rgb = (function rgbGamma(y) {…})(1)`,
// `var hslLong = hsl(nogamma)`), which rollup cannot prove free of side effects, so
// every one stays in the bundle and with them all of d3-color (~4 kB gzipped) although
// we use only `interpolateZoom`. The calls are pure factories; marking them
// /*#__PURE__*/ (the annotation bundlers agree on) lets rollup drop the unused ones.
const topLevelFactory = /^(var \w+ = )(?=\(function|\w+\()/gm;

export function pureD3Interpolate() {
  return {
    name: 'pure-d3-interpolate',
    transform(code, id) {
      if (!/[\\/]d3-interpolate[\\/]dist[\\/][^\\/]+\.mjs$/.test(id)) return null;
      return { code: code.replace(topLevelFactory, '$1/*#__PURE__*/'), map: null };
    },
  };
}
