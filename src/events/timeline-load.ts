import type { Problem } from '../model/types.js';

export interface TimelineLoadDetail {
  /** How many events were read and kept. */
  readonly count: number;
  /** Every problem found while reading (errors and warnings). */
  readonly errors: readonly Problem[];
}

/** Fired when a document has been read (from `data`, `src` or an inline script). */
export type TimelineLoadEvent = CustomEvent<TimelineLoadDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-load': TimelineLoadEvent;
  }
}
