/** The document model: types, EDTF dates, reading, labels and writing. */
export type {
  Category,
  Era,
  Precision,
  Problem,
  ReadResult,
  Source,
  TimelineDate,
  TimelineDocument,
  TimelineEvent,
} from './types.js';
export { DateError, maxDateLength, parseDate, tryParseDate } from './date.js';
export { formatDate, formatEventDate, openEnd, rangeSeparator, type FormatOptions } from './format.js';
export { defaultMaxEvents, readDocument, type ReadOptions } from './read.js';
export { toJSON, type DocumentJSON, type EventJSON } from './serialize.js';
