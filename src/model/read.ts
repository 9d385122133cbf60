/**
 * Reading a timeline document: JSON as it comes (an array of events, or an object with
 * `events`, `categories`, `eras`), checked into a TimelineDocument and a list of
 * problems. Reading never throws: bad events are skipped and said why, good ones kept.
 */
import { readCategories } from './categories.js';
import { readEras } from './eras.js';
import { readEvent, type DraftEvent, type EventContext } from './event.js';
import { checkFields, field, isRecord, maxDescriptionLength, maxTitleLength, readText } from './fields.js';
import { IdIndex } from './id-index.js';
import { idDeriver } from './ids.js';
import { itemReporter, kindOf, reporter, type Report } from './problems.js';
import type { Category, Problem, ReadResult, TimelineDocument, TimelineEvent } from './types.js';

/** Options of `readDocument`. */
export interface ReadOptions {
  /** A document with more events is refused whole (default 1,000,000). */
  maxEvents?: number;
}

/** The most events a document may have by default. */
export const defaultMaxEvents = 1_000_000;

const documentFields: ReadonlySet<string> = new Set(['$schema', 'title', 'description', 'categories', 'eras', 'events']);

/**
 * Reads a timeline document from parsed JSON. Never throws, whatever `input` is:
 * every problem becomes a `Problem` (an error when the item was skipped, a warning when
 * it was kept, maybe amended), and the document holds what could be read.
 *
 * Events without an id get one derived from their title and start (see ids.ts), the
 * same on every read of the same data.
 */
export function readDocument(input: unknown, options: ReadOptions = {}): ReadResult {
  const problems: Problem[] = [];
  const report = reporter(problems);
  try {
    return { document: read(input, options.maxEvents ?? defaultMaxEvents, problems, report), problems };
  } catch (error) {
    // Unreachable for parsed JSON; a getter or a Proxy in hand-made input could still throw.
    report('error', undefined, undefined, `the document could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return { document: emptyDocument(), problems };
  }
}

function read(input: unknown, maxEvents: number, problems: Problem[], report: Report): TimelineDocument {
  const object = isRecord(input) ? input : undefined;
  if (!object && !Array.isArray(input)) {
    report('error', undefined, input, `expected an array of events or an object with an "events" array, not ${kindOf(input)}`);
    return emptyDocument();
  }
  const events = object ? field(object, 'events') : input;
  if (Array.isArray(events) && events.length > maxEvents) {
    report('error', 'events', undefined, `the document has ${events.length} events, more than the ${maxEvents} a timeline reads; it was refused`);
    return emptyDocument();
  }
  let title: string | undefined;
  let description: string | undefined;
  let categories = new Map<string, Category>();
  let eras: TimelineDocument['eras'] = [];
  if (object) {
    checkFields(object, documentFields, '', report);
    title = readText(field(object, 'title'), 'title', maxTitleLength, report);
    description = readText(field(object, 'description'), 'description', maxDescriptionLength, report);
    categories = readCategories(field(object, 'categories'), report);
    eras = readEras(field(object, 'eras'), report);
  }
  if (!Array.isArray(events)) {
    const problem = events === undefined ? 'is missing' : `must be an array, not ${kindOf(events)}`;
    report('error', 'events', events, `events ${problem}; expected an array of events, each with a title and a start`);
  }
  const list: readonly unknown[] = Array.isArray(events) ? events : [];
  const document: { -readonly [K in keyof TimelineDocument]: TimelineDocument[K] } = {
    categories: [],
    eras,
    events: readEvents(list, { problems, categories, ids: new IdIndex(list.length), dates: new Map(), items: itemReporter(problems) }),
  };
  // Read after the events, which add automatic categories in order of first use.
  document.categories = [...categories.values()];
  if (title !== undefined) document.title = title;
  if (description !== undefined) document.description = description;
  return document;
}

function readEvents(list: readonly unknown[], context: EventContext): TimelineEvent[] {
  const events: DraftEvent[] = [];
  for (let index = 0; index < list.length; index++) {
    const event = readEvent(list[index], index, context);
    if (event) events.push(event);
  }
  // Derived ids avoid every explicit id, wherever in the list it comes: they are made
  // once every event is read, and join the explicit ids' index.
  let derive: ReturnType<typeof idDeriver> | undefined;
  for (const event of events) {
    if (event.id !== undefined) continue;
    derive ??= idDeriver(context.ids);
    event.id = derive(event.title, event.start.source);
  }
  return events as TimelineEvent[];
}

function emptyDocument(): TimelineDocument {
  return { categories: [], eras: [], events: [] };
}
