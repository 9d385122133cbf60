/**
 * One event of a document, checked field by field. Every problem is reported, not
 * just the first; an event with an error is skipped, one with warnings is kept as
 * amended (a bad link dropped, a long text cut).
 */
import { categoryFor } from './categories.js';
import type { DateCache } from './date-cache.js';
import { checkOrder, readDate } from './date-field.js';
import type { IdIndex } from './id-index.js';
import {
  checkFields,
  field,
  isRecord,
  maxDescriptionLength,
  maxTextLength,
  maxTitleLength,
  readLink,
  readRequiredText,
  readText,
} from './fields.js';
import { isCoarserThanDay } from './precision.js';
import { itemReporter, kindOf, reporter } from './problems.js';
import { readSources } from './sources.js';
import type { Category, Problem, TimelineDate, TimelineEvent } from './types.js';

const eventFields: ReadonlySet<string> = new Set([
  'id', 'title', 'start', 'end', 'displayDate', 'description', 'category', 'sources', 'url',
]);

/** What events of one document share while they are read. */
export interface EventContext {
  readonly problems: Problem[];
  /** Declared categories; automatic ones are added as events name them. */
  readonly categories: Map<string, Category>;
  /** The index of the kept event holding each explicit id, by `String(id)`. */
  readonly ids: IdIndex;
  /** Dates read so far, by the string written (see DateCache). */
  readonly dates: DateCache;
  /** Reports stamped with the event being read (see itemReporter). */
  readonly items: ReturnType<typeof itemReporter>;
}

/** An event whose id may still be missing: ids are derived once every explicit id is known. */
export type DraftEvent = Mutable<Omit<TimelineEvent, 'id'>> & { id: string | number | undefined };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The event at `index` of the input, or undefined when it has an error. */
export function readEvent(raw: unknown, index: number, context: EventContext): DraftEvent | undefined {
  if (!isRecord(raw)) {
    const message = `event ${index} must be an object with a title and a start, not ${kindOf(raw)}; it was skipped`;
    reporter(context.problems, index)('error', undefined, raw, message);
    return undefined;
  }
  const rawId = field(raw, 'id');
  const id = isId(rawId) ? rawId : undefined;
  context.items.at(index, id);
  const report = context.items.report;
  if (rawId !== undefined && id === undefined) {
    report('warning', 'id', rawId, `id must be a non-empty string or a finite number, not ${kindOf(rawId)}; an id was derived from the title and start instead`);
  }
  checkFields(raw, eventFields, '', report);

  const title = readRequiredText(field(raw, 'title'), 'title', maxTitleLength, report);
  const start = readDate(field(raw, 'start'), 'start', true, report, context.dates);
  const end = readDate(field(raw, 'end'), 'end', false, report, context.dates);
  const ordered = !start || !end || checkOrder(start, end, 'end', report);
  const first = id === undefined ? undefined : context.ids.get(String(id));
  if (first !== undefined) {
    report('error', 'id', id, `duplicate id ${JSON.stringify(String(id))}: event ${first} has it already; ids must be unique, so this event was skipped`);
  }
  const displayDate = readText(field(raw, 'displayDate'), 'displayDate', maxTextLength, report);
  const description = readText(field(raw, 'description'), 'description', maxDescriptionLength, report);
  const sources = readSources(field(raw, 'sources'), report);
  const url = readLink(field(raw, 'url'), 'url', report);
  if (title === undefined || !start || end === null || !ordered || first !== undefined) return undefined;

  if (id !== undefined) context.ids.add(String(id), index);
  const category = categoryFor(field(raw, 'category'), context.categories, report);
  const kind = end || start.interval ? 'range' : 'point';
  const event: DraftEvent = {
    id,
    title,
    start,
    category,
    sources,
    index,
    earliest: start.earliest,
    latest: (end ?? start).latest,
    kind,
    uncertain: isRough(start) || (end !== undefined && isRough(end)) || (kind === 'point' && isCoarserThanDay(start.precision)),
  };
  // Optional fields are set only when present, so that events compare equal to literals.
  if (end) event.end = end;
  if (displayDate !== undefined) event.displayDate = displayDate;
  if (description !== undefined) event.description = description;
  if (url !== undefined) event.url = url;
  return event;
}

function isId(value: unknown): value is string | number {
  return (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value));
}

/** Any EDTF qualifier: approximate, uncertain, or unspecified digits. */
function isRough(date: TimelineDate): boolean {
  return date.approximate || date.uncertain || date.unspecified;
}
