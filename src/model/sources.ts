import { checkFields, field, isRecord, maxTextLength, readLink, readText } from './fields.js';
import { kindOf, type Report } from './problems.js';
import type { Source } from './types.js';

const sourceFields: ReadonlySet<string> = new Set(['title', 'url']);

/** Shared by every event without sources, so that 100,000 of them allocate nothing. */
const noSources: readonly Source[] = Object.freeze([]);

/**
 * An event's citations. Each needs a title or an http(s) url: a link of another kind
 * is dropped, and a source left with neither is dropped, each with a warning.
 */
export function readSources(value: unknown, report: Report): readonly Source[] {
  if (value === undefined) return noSources;
  if (!Array.isArray(value)) {
    report('warning', 'sources', value, `sources must be an array of { title, url }, not ${kindOf(value)}; they were ignored`);
    return noSources;
  }
  const sources: Source[] = [];
  for (let i = 0; i < value.length; i++) {
    const source = readSource(value[i], `sources[${i}]`, report);
    if (source) sources.push(source);
  }
  return sources.length > 0 ? sources : noSources;
}

function readSource(item: unknown, name: string, report: Report): Source | undefined {
  if (!isRecord(item)) {
    report('warning', name, item, `${name} must be an object with a title or a url, not ${kindOf(item)}; it was dropped`);
    return undefined;
  }
  checkFields(item, sourceFields, `${name}.`, report);
  const title = readText(field(item, 'title'), `${name}.title`, maxTextLength, report) || undefined;
  const url = readLink(field(item, 'url'), `${name}.url`, report);
  if (title === undefined && url === undefined) {
    report('warning', name, item, `${name} has neither a title nor an http(s) url; it was dropped`);
    return undefined;
  }
  const source: { title?: string; url?: string } = {};
  if (title !== undefined) source.title = title;
  if (url !== undefined) source.url = url;
  return source;
}
