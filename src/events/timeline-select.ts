import type { TimelineEvent } from '../model/types.js';

export interface TimelineSelectDetail {
  /** The selected event's id, or null when the selection was cleared. */
  readonly id: string | number | null;
  readonly event: TimelineEvent | null;
}

/** Fired when the selection changes (click, Enter/Space, Escape or `select()`). */
export type TimelineSelectEvent = CustomEvent<TimelineSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-select': TimelineSelectEvent;
  }
}
