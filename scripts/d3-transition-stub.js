// What d3-zoom needs from d3-transition, in the bundle only (see
// scripts/zoom-without-transitions.js): `interrupt(node)` and `selection.interrupt()`,
// which stop d3 transitions on a node. event-timeline starts no d3 transition (its
// animations run in domain space: src/controllers/view-animation.ts), so there is never
// one to stop and both are no-ops here.
import { selection } from 'd3-selection';

export function interrupt() {}

selection.prototype.interrupt = function interruptNone() {
  return this;
};
