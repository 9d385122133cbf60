// The public API: the element (defined on import), its events and the document model.
export { EventTimeline } from './event-timeline.js';
export type { TimeInput, ZoomToOptions } from './element/event-timeline.js';
export type { WheelZoom } from './controllers/zoom-controller.js';
export type { TimelineLoadEvent, TimelineLoadDetail } from './events/timeline-load.js';
export type { TimelineErrorEvent, TimelineErrorDetail, TimelineErrorItem } from './events/timeline-error.js';
export type { TimelineRangeChangeEvent, TimelineRangeChangeDetail } from './events/timeline-range-change.js';
export type { TimelineSelectEvent, TimelineSelectDetail } from './events/timeline-select.js';
export * from './model/index.js';
export type { TimelineFilterChangeEvent, TimelineFilterChangeDetail } from './events/timeline-filter-change.js';
