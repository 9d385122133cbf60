/**
 * What a filtered view draws: the events that match the search, the `filter` function
 * and the categories switched on, in lanes that stay put. Lanes keep their colours
 * (pinned from the whole document) and, while searching, their places, so the view
 * does not jump; a category switched off gives up its lane.
 */
import { paletteColor } from './palette.js';
import { laneCategories, usableColor } from './prepare.js';
import type { Category, TimelineDocument, TimelineEvent } from '../model/types.js';

export interface EventFilter {
  /** Words to find (all of them, in any order), in any case and with or without accents. */
  readonly search?: string;
  /** Category ids switched off (in the legend). */
  readonly hidden?: ReadonlySet<string>;
  /** The host's own test; an event it throws for is kept (and the error reported once). */
  readonly predicate?: (event: TimelineEvent) => boolean;
  /** `hide` (default) leaves non-matching events out; `dim` keeps them, faded (categories switched off still go). */
  readonly mode?: 'hide' | 'dim';
}

export interface Filtered {
  readonly document: TimelineDocument;
  /** Every category's lane, colour pinned; `shown` false when switched off. */
  readonly categories: readonly (Category & { readonly color: string; readonly shown: boolean })[];
  /** The lanes to draw. */
  readonly lanes: readonly Category[];
  /** The first error the predicate threw, if any. */
  readonly predicateError?: string;
  /** In `dim` mode, the events drawn that do not match. */
  readonly dimmed?: ReadonlySet<TimelineEvent>;
  /** How many events match (in `dim` mode, fewer than `document.events`). */
  readonly matching: number;
}

/** Latin letters that no Unicode decomposition takes to a base letter. */
const unaccented: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/** Printable ASCII and line breaks: nothing to decompose or drop, so lower case is all. */
const plain = /^[\t\n\r -~]*$/;

/** Whether `fold` of `text` is its lower case, code unit for code unit (printable ASCII). */
export const foldsInPlace = (text: string): boolean => plain.test(text);

/** Text folded for matching: lower case, accents dropped ("Łódź" finds "lodz" and "łódź"). */
export const fold = (text: string): string =>
  foldsInPlace(text)
    ? text.toLowerCase()
    : text
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[łøđħıßæœþ]/g, letter => unaccented[letter]);

/**
 * The events whose text (title, description, dates, category) holds every one of
 * `words`: folded by `fold`, none empty, none with white space. The caller keeps the
 * texts, folded (folding 100,000 of them on every search cost ~150 ms); see
 * `SearchTexts.find`.
 */
export type WordFinder = (words: readonly string[]) => (event: TimelineEvent) => boolean;

/** A `WordFinder` over one text per event (folded by `fold`), each searched on its own. */
export const findInTexts =
  (text: (event: TimelineEvent) => string): WordFinder =>
  words =>
  event => {
    const own = text(event);
    return words.every(word => own.includes(word));
  };

/** `document` filtered by `filter`; `find` finds the events that hold the search's words. */
export function filterDocument(document: TimelineDocument, filter: EventFilter, find: WordFinder): Filtered {
  const categories = laneCategories(document).map((category, i) => ({
    ...category,
    color: usableColor(category.color) ?? paletteColor(i),
    shown: !filter.hidden?.has(category.id),
  }));
  const lanes = categories.filter(category => category.shown);
  const words = fold(filter.search ?? '').split(/\s+/).filter(Boolean);
  const hidden = filter.hidden ?? new Set<string>();
  if (words.length === 0 && hidden.size === 0 && !filter.predicate) return { document, categories, lanes, matching: document.events.length };
  let predicateError: string | undefined;
  const found = words.length > 0 ? find(words) : undefined;
  const matches = (event: TimelineEvent): boolean => {
    if (found && !found(event)) return false;
    if (!filter.predicate) return true;
    try {
      return Boolean(filter.predicate(event));
    } catch (error) {
      predicateError ??= `the filter function threw for event ${JSON.stringify(String(event.id))}: ${error instanceof Error ? error.message : String(error)}; events it throws for are shown`;
      return true;
    }
  };
  const shown = hidden.size === 0 ? document.events : document.events.filter(event => !hidden.has(event.category));
  const error = () => (predicateError ? { predicateError } : {});
  if (filter.mode === 'dim') {
    const dimmed = new Set(shown.filter(event => !matches(event)));
    // Every event still drawn: the same document, so its preparation can be reused.
    const drawn = shown === document.events ? document : { ...document, events: shown };
    return { document: drawn, categories, lanes, dimmed, matching: shown.length - dimmed.size, ...error() };
  }
  // Only categories switched off: what they leave is the result (no second pass over it).
  const events = words.length === 0 && !filter.predicate ? shown : shown.filter(matches);
  // Every event matched (the first letters of a common word, say): the document itself,
  // whose preparation the element keeps (at 100,000 events, preparing it again as a
  // subset was ~50 ms of such a search step).
  const same = events.length === document.events.length;
  return { document: same ? document : { ...document, events }, categories, lanes, matching: events.length, ...error() };
}
