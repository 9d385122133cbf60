export interface TimelineFilterChangeDetail {
  /** The search text in force ("" for none). */
  readonly search: string;
  /** Category ids switched off in the legend. */
  readonly hiddenCategories: readonly string[];
  /** How many events match and are drawn or listed, of how many. */
  readonly shown: number;
  readonly total: number;
}

/** Fired when what is shown changes: the search, the `filter` function, or a category switched on or off. */
export type TimelineFilterChangeEvent = CustomEvent<TimelineFilterChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-filter-change': TimelineFilterChangeEvent;
  }
}
