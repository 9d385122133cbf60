// Stands in for edtf/src/format.js (see edtf-without-locales.js).
export function format() {
  throw new Error('edtf locale formatting is not bundled in event-timeline; use luxon');
}
