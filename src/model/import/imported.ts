import type { Problem } from '../types.js';

/** A document in another format, rewritten as ours, with what could not be carried over. */
export interface Imported {
  /** The document as event-timeline JSON, still to be read (and checked) by readDocument. */
  readonly document: unknown;
  /** Warnings about parts of the source that have no place in ours, by source index. */
  readonly problems: readonly Problem[];
  /**
   * For each event of `document`, its index in the source list, when they differ (a
   * format whose list also holds non-events, such as vis-timeline's background items).
   */
  readonly sourceIndex?: readonly number[];
}
