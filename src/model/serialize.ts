/**
 * Writing a document back as JSON in the input format, dates as their sources, such
 * that reading it again gives the same events (ids, titles, dates, categories, sources).
 */
import { defaultCategory } from './categories.js';
import type { Category, Era, Source, TimelineDate, TimelineDocument, TimelineEvent } from './types.js';

/** An event as the input format writes it. */
export interface EventJSON {
  id: string | number;
  title: string;
  start: string | number;
  end?: string | number;
  displayDate?: string;
  description?: string;
  category?: string;
  sources?: Source[];
  url?: string;
}

/** A document as the input format writes it. */
export interface DocumentJSON {
  title?: string;
  description?: string;
  categories?: { id: string; label: string; color?: string }[];
  eras?: { start: string | number; end: string | number; label: string; color?: string }[];
  events: EventJSON[];
}

/**
 * The JSON input format for `document`. Every event gets its id written out, derived
 * ones too, so links to them keep working. Automatic categories are left out: they
 * were never declared, and reading the events recreates them.
 */
export function toJSON(document: TimelineDocument): DocumentJSON {
  const json: DocumentJSON = { events: document.events.map(eventJSON) };
  if (document.title !== undefined) json.title = document.title;
  if (document.description !== undefined) json.description = document.description;
  const categories = document.categories.filter(category => !category.automatic).map(categoryJSON);
  if (categories.length > 0) json.categories = categories;
  if (document.eras.length > 0) json.eras = document.eras.map(eraJSON);
  return json;
}

function eventJSON(event: TimelineEvent): EventJSON {
  const json: EventJSON = { id: event.id, title: event.title, start: dateJSON(event.start) };
  if (event.end) json.end = dateJSON(event.end);
  if (event.displayDate !== undefined) json.displayDate = event.displayDate;
  if (event.description !== undefined) json.description = event.description;
  if (event.category !== defaultCategory) json.category = event.category;
  if (event.sources.length > 0) json.sources = event.sources.map(source => ({ ...source }));
  if (event.url !== undefined) json.url = event.url;
  return json;
}

function categoryJSON({ id, label, color }: Category): NonNullable<DocumentJSON['categories']>[number] {
  return color === undefined ? { id, label } : { id, label, color };
}

function eraJSON({ start, end, label, color }: Era): NonNullable<DocumentJSON['eras']>[number] {
  const json = { start: dateJSON(start), end: dateJSON(end), label };
  return color === undefined ? json : { ...json, color };
}

/**
 * A date as written. A year read from a number (source "-43") is written as that number
 * again: as a string, "-43" is EDTF for a century and "12345" is not EDTF at all.
 */
function dateJSON(date: TimelineDate): string | number {
  const year = Number(date.source);
  return date.precision === 'year' && !date.interval && String(year) === date.source ? year : date.source;
}
