/**
 * Reading a document in any format we import: ours, TimelineJS3's or vis-timeline's,
 * told by `format` or recognised by its shape. Whatever the format, the result went
 * through `readDocument`, so every check and report applies; problems point at the
 * source's own event indexes and field names.
 */
import { field, isRecord } from '../fields.js';
import { readDocument } from '../read.js';
import type { Problem, ReadResult } from '../types.js';
import type { Imported } from './imported.js';
import { fromTimelineJS, isTimelineJS } from './timelinejs.js';
import { fromVisItems, isVisItems } from './vis.js';

/** The formats `format` names; `auto` recognises them by shape. */
export type SourceFormat = 'auto' | 'event-timeline' | 'timelinejs' | 'vis';

/** Our field names back to the source's, for problems in imported documents. */
const sourceFields: Record<Exclude<SourceFormat, 'auto' | 'event-timeline'>, Record<string, string>> = {
  timelinejs: { start: 'start_date', end: 'end_date', title: 'text.headline', description: 'text.text', category: 'group', id: 'unique_id', displayDate: 'display_date' },
  vis: { title: 'content', description: 'title', category: 'group' },
};

/** Which format `input` is in, by its shape (ours when nothing else fits). */
export function detectFormat(input: unknown): Exclude<SourceFormat, 'auto'> {
  if (isTimelineJS(input)) return 'timelinejs';
  // Ours has titles; vis items have content instead.
  const events = isRecord(input) ? field(input, 'events') : input;
  if (Array.isArray(events) && events.some(event => isRecord(event) && field(event, 'title') !== undefined && field(event, 'content') === undefined)) return 'event-timeline';
  if (isVisItems(input)) return 'vis';
  return 'event-timeline';
}

export function readAnyDocument(input: unknown, format: SourceFormat = 'auto'): ReadResult & { format: Exclude<SourceFormat, 'auto'> } {
  const chosen = format === 'auto' ? detectFormat(input) : format;
  if (chosen === 'event-timeline') return { ...readDocument(input), format: chosen };
  const imported: Imported = chosen === 'timelinejs' ? (isRecord(input) ? fromTimelineJS(input) : { document: input, problems: [] }) : fromVisItems(input);
  const read = readDocument(imported.document);
  const names = sourceFields[chosen];
  const renamed = read.problems.map((problem): Problem => {
    const index = problem.index !== undefined && imported.sourceIndex ? imported.sourceIndex[problem.index] : problem.index;
    const field = problem.field?.replace(/^[a-zA-Z]+/, name => names[name] ?? name);
    const message = problem.field && field !== problem.field ? problem.message.replace(problem.field, field!) : problem.message;
    return { ...problem, ...(index !== undefined ? { index } : {}), ...(field !== undefined ? { field } : {}), message };
  });
  const problems = [...imported.problems, ...renamed].sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
  return { document: read.document, problems, format: chosen };
}
