// `npm run docs`: custom-elements.json from the element's JSDoc (attributes,
// properties, methods, events, parts, CSS custom properties), read by IDEs, Storybook
// and the README's API tables (scripts/api-tables.js).
export default {
  globs: ['src/element/event-timeline.ts', 'src/event-timeline.ts'],
  outdir: '.',
  litelement: true,
};
