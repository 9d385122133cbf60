/**
 * vis-timeline item arrays read as ours: `[{ id, content, start, end, group, type,
 * title }]`, or `{ items, groups }` with `groups: [{ id, content }]`.
 *
 * Choices:
 * - `content` and `title` may hold HTML in vis; we keep their text (`content` is the
 *   event's title, `title`, vis's tooltip, its description).
 * - Dates: numbers and Date objects are instants (vis reads numbers as epoch ms, not
 *   as years as we do); "2014-04-20" stays a calendar day; "2014-04-20 10:00" is read
 *   as "2014-04-20T10:00"; anything else goes to the EDTF reader as it is.
 * - `type: "background"` items are eras; `point` and `box` items are drawn at their
 *   start, as vis draws them, so an `end` they carry is reported and dropped.
 * - Styling (`className`, `style`) and editing options have no meaning here and are
 *   reported as warnings.
 */
import { isRepresentable } from '../calendar.js';
import { field, isRecord } from '../fields.js';
import { reporter } from '../problems.js';
import type { Problem } from '../types.js';
import { markupText } from './markup-text.js';
import type { Imported } from './imported.js';

const itemFields = new Set(['id', 'content', 'start', 'end', 'group', 'type', 'title']);
const ignoredFields = new Set(['className', 'style', 'subgroup', 'editable', 'selectable', 'align', 'limitSize']);

/** Whether `input` looks like vis-timeline data: items with `content` and `start`, or `{ items }`. */
export function isVisItems(input: unknown): boolean {
  const items = isRecord(input) ? field(input, 'items') : input;
  const hasItem = (item: unknown) => isRecord(item) && field(item, 'content') !== undefined && field(item, 'start') !== undefined;
  return Array.isArray(items) && items.some(hasItem) && items.every(item => !isRecord(item) || hasItem(item));
}

export function fromVisItems(input: unknown): Imported {
  const problems: Problem[] = [];
  const items = isRecord(input) ? field(input, 'items') : input;
  const groups = isRecord(input) ? field(input, 'groups') : undefined;
  const document: Record<string, unknown> = {};
  const documentReport = reporter(problems);
  if (isRecord(input)) {
    for (const name of Object.keys(input)) {
      if (name !== 'items' && name !== 'groups') documentReport('warning', name, input[name], `unknown field ${JSON.stringify(name)} beside vis-timeline's items and groups; it was ignored`);
    }
  }
  if (Array.isArray(groups)) {
    const report = documentReport;
    document.categories = groups.flatMap((group, i) => {
      if (!isRecord(group) || (typeof field(group, 'id') !== 'string' && typeof field(group, 'id') !== 'number')) {
        report('warning', `groups[${i}]`, group, 'a vis group needs an id (a string or a number); it was ignored');
        return [];
      }
      for (const name of Object.keys(group)) {
        if (name !== 'id' && name !== 'content') report('warning', `groups[${i}].${name}`, group[name], `vis-timeline's group ${name} has no meaning in event-timeline; it was ignored`);
      }
      const content = field(group, 'content');
      return [{ id: String(field(group, 'id')), label: typeof content === 'string' ? markupText(content) || String(field(group, 'id')) : String(field(group, 'id')) }];
    });
  }
  const events: unknown[] = [];
  const eras: unknown[] = [];
  const sourceIndex: number[] = [];
  (Array.isArray(items) ? items : []).forEach((item, index) => {
    if (!isRecord(item)) {
      events.push(item);
      sourceIndex.push(index);
      return;
    }
    const id = field(item, 'id');
    const report = reporter(problems, index, typeof id === 'string' || typeof id === 'number' ? id : undefined);
    for (const name of Object.keys(item)) {
      if (ignoredFields.has(name)) report('warning', name, item[name], `vis-timeline's ${name} has no meaning in event-timeline (style it with ::part and CSS custom properties); it was ignored`);
      else if (!itemFields.has(name)) report('warning', name, item[name], `unknown vis-timeline field ${JSON.stringify(name)}; it was ignored`);
    }
    const content = field(item, 'content');
    const title = typeof content === 'string' ? markupText(content) : content;
    const type = field(item, 'type');
    const start = dateOf(field(item, 'start'));
    let end = dateOf(field(item, 'end'));
    if (type === 'background') {
      eras.push({ start, end, label: title });
      report('warning', 'type', type, 'a background item is shown as an era, in the strip above the lanes');
      return;
    }
    if ((type === 'point' || type === 'box') && end !== undefined) {
      report('warning', 'end', field(item, 'end'), `a ${type} item is drawn at its start, as vis-timeline draws it; its end was dropped`);
      end = undefined;
    }
    const event: Record<string, unknown> = { title, start };
    if (id !== undefined) event.id = typeof id === 'number' || typeof id === 'string' ? id : String(id);
    if (end !== undefined) event.end = end;
    const group = field(item, 'group');
    if (group !== undefined) event.category = typeof group === 'number' ? String(group) : group;
    const tooltip = field(item, 'title');
    if (typeof tooltip === 'string' && markupText(tooltip)) event.description = markupText(tooltip);
    events.push(event);
    sourceIndex.push(index);
  });
  if (eras.length > 0) document.eras = eras;
  document.events = Array.isArray(items) ? events : items;
  return { document, problems, sourceIndex };
}

const dayOnly = /^-?\d{4}-\d{2}-\d{2}$/;
const spacedTime = /^(-?\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;

/** A vis date as one of ours; what cannot be converted is passed on for the reader to report. */
function dateOf(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return Number.isNaN(+value) ? String(value) : value.toISOString();
  if (typeof value === 'number') return isRepresentable(value) ? new Date(value).toISOString() : value;
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (dayOnly.test(text)) return text;
  const spaced = spacedTime.exec(text);
  return spaced ? `${spaced[1]}T${spaced[2]}` : text;
}

