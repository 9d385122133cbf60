export interface TimelineErrorItem {
  readonly index?: number;
  readonly id?: string | number;
  readonly field?: string;
  readonly message: string;
  readonly severity?: 'error' | 'warning';
}

export interface TimelineErrorDetail {
  readonly errors: readonly TimelineErrorItem[];
}

/** Fired when anything was wrong: bad events or fields, a failed fetch, invalid JSON. */
export type TimelineErrorEvent = CustomEvent<TimelineErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-error': TimelineErrorEvent;
  }
}
