export interface TimelineRangeChangeDetail {
  readonly start: Date;
  readonly end: Date;
}

/** Fired at most once per frame when the visible window changes, by gesture or by API. */
export type TimelineRangeChangeEvent = CustomEvent<TimelineRangeChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-range-change': TimelineRangeChangeEvent;
  }
}
