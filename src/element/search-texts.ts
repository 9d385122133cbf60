/**
 * The text each event is found by, folded for matching (see `fold`): its title,
 * description, display date, the labels of its dates and its category, kept for the
 * document's events a thousand at a time as one string (a chunk).
 *
 * A date is searched by its own label ("3 May 2001"), a range by the labels of both
 * ends ("3 May 2001", "7 May 2001") rather than by Intl's range text ("3–7 May 2001"),
 * which gives the same words but costs ~40 µs an event to build: the first search of
 * 100,000 events spent 1.3 of its 1.8 s there. A label is made once per date object (a
 * document keeps one per date written, shared by its events) and kept by the object:
 * kept by the string written, the look-ups took 59 ms of that first search, 25 by the object.
 *
 * Why chunks, not a string per event: the first search of 100,000 events spent ~120 of
 * its ~360 ms joining and folding each event's text on its own, and ~65 in the garbage
 * collector (CPU profile, bench page). A chunk's fields are joined once and, printable
 * ASCII as most text is, lower-cased once; a word is found in it by `indexOf` from one
 * event's end to the next hit, so a search touches each event that holds a word once,
 * not every event's string. Fields and events are separated by line breaks, which no
 * search word holds, so a word is never found across two of them. The bench's first
 * search went 341 → 215 ms at 100,000 events (bench/README.md, "Search texts in chunks").
 */
import { fold, foldsInPlace } from '../layout/filter.js';
import { dateLabeller, type FormatOptions } from '../model/format.js';
import type { TimelineDate, TimelineEvent } from '../model/types.js';
import { inputIndexCount } from '../model/input-index.js';
import { whenIdle } from './idle.js';

/** Events a chunk holds: one share of `make`'s work (~1–2 ms) between two looks at the clock. */
const chunkSize = 1000;

/** The texts of `chunkSize` events (the last chunk: those left), folded, as one string. */
interface Chunk {
  /** Each event's text, then a line break. */
  readonly text: string;
  /** Where each event's text begins in `text`; the last entry is `text`'s length. */
  readonly offsets: Int32Array;
}

export class SearchTexts {
  /** The document's events (input order), whose texts are made. */
  private events: readonly TimelineEvent[] = [];
  /** By chunk: the `chunkSize` events from `chunkSize` × its place in `events`. */
  private chunks: (Chunk | undefined)[] = [];
  private readonly dates = new Map<TimelineDate, string>();

  /**
   * @param format the locale and zone labels are made in
   * @param categoryLabel the label of a category id ('' when it has none)
   */
  constructor(
    private readonly format: () => FormatOptions,
    private readonly categoryLabel: (id: string) => string,
  ) {}

  /**
   * Forgets every text: the locale or the zone changed, or, with its `events` (in input
   * order), the document did.
   */
  clear(events?: readonly TimelineEvent[]): void {
    this.made = undefined;
    if (events) {
      this.events = events;
      // Another document: texts being made for the old one stop (a new locale makes them anew).
      this.soon = undefined;
    }
    this.chunks = [];
    this.dates.clear();
  }

  /** How many of `made.events` have their text made, in order (see `make`). */
  private made?: { events: readonly TimelineEvent[]; count: number };

  /**
   * Makes the texts of `events` (the document's, as given to `clear`) from where the last
   * call stopped, a chunk at a time while `left()` (the idle time left, ms) is above a
   * millisecond, and at least one: true when all are made. `makeSoon` calls it in idle
   * time once a search may follow, so the first keystroke of a large document only
   * searches texts (at 100,000 events, making them was ~200 ms of a first search's ~240
   * when each event had a string of its own).
   */
  make(events: readonly TimelineEvent[], left: () => number): boolean {
    if (events !== this.events) return true;
    if (this.made?.events !== events) this.made = { events, count: 0 };
    const made = this.made;
    do {
      this.chunk(Math.floor(made.count / chunkSize));
      made.count = Math.min(events.length, made.count + chunkSize);
    } while (made.count < events.length && left() > 1);
    return made.count === events.length;
  }

  /** The events `makeSoon` is making the texts of, in idle time. */
  private soon?: readonly TimelineEvent[];

  /**
   * Makes the texts of `events` in idle time (see `make`), unless that is under way. The
   * element asks when the pointer comes over its search box or the box takes focus: a
   * search may follow, and a document never searched never pays for its texts.
   */
  makeSoon(events: readonly TimelineEvent[]): void {
    if (this.soon === events) return;
    this.soon = events;
    const run = (left: () => number): void => {
      if (this.soon !== events) return;
      if (this.make(events, left)) this.soon = undefined;
      else whenIdle(run);
    };
    whenIdle(run);
  }

  /**
   * The test of whether an event of the document (told by its input index) holds every
   * one of `words` (folded, none empty, none with white space). The texts still to make
   * are made first. Each word is found by `indexOf` over each chunk: a hit counts for its
   * event when the event held all the words before it, and the search goes on from the
   * event's end, so an event is counted once a word however often it holds it.
   */
  readonly find = (words: readonly string[]): ((event: TimelineEvent) => boolean) => {
    const { events } = this;
    const counts = words.length < 0xff ? new Uint8Array(inputIndexCount(events)) : new Uint32Array(inputIndexCount(events));
    for (let c = 0; c * chunkSize < events.length; c++) {
      const { text, offsets } = this.chunk(c);
      const first = c * chunkSize;
      for (let w = 0; w < words.length; w++) {
        const word = words[w];
        let at = text.indexOf(word);
        let j = 0;
        while (at >= 0) {
          while (offsets[j + 1] <= at) j++;
          const index = events[first + j].index;
          if (counts[index] === w) counts[index] = w + 1;
          at = text.indexOf(word, offsets[j + 1]);
        }
      }
    }
    const all = words.length;
    return event => counts[event.index] === all;
  };

  /** `event`'s folded search text (fields separated by line breaks); '' for an event not of the document. */
  readonly of = (event: TimelineEvent): string => {
    // Events are in input order: the one with its index, by a binary search.
    let lo = 0;
    let hi = this.events.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.events[mid].index < event.index) lo = mid + 1;
      else hi = mid;
    }
    if (this.events[lo] !== event) return '';
    const { text, offsets } = this.chunk(Math.floor(lo / chunkSize));
    const j = lo % chunkSize;
    return text.slice(offsets[j], offsets[j + 1] - 1);
  };

  /** The chunk at `c`, made if it is not yet. */
  private chunk(c: number): Chunk {
    return (this.chunks[c] ??= this.makeChunk(c));
  }

  private makeChunk(c: number): Chunk {
    const first = c * chunkSize;
    const end = Math.min(this.events.length, first + chunkSize);
    const label = this.labeller();
    // Every field of every event, in order, joined once by line breaks below.
    const fields: string[] = [];
    const offsets = new Int32Array(end - first + 1);
    let length = 0;
    const add = (field: string): void => {
      fields.push(field);
      length += field.length + 1;
    };
    for (let k = first; k < end; k++) {
      offsets[k - first] = length;
      const event = this.events[k];
      add(event.title);
      add(event.description ?? '');
      add(event.displayDate ?? '');
      add(label(event.start));
      if (event.end) add(label(event.end));
      add(this.categoryLabel(event.category));
    }
    offsets[end - first] = length;
    // Each event's text, then a line break (the last one's too).
    fields.push('');
    const text = fields.join('\n');
    if (foldsInPlace(text)) return { text: text.toLowerCase(), offsets };
    // Folding may change lengths (marks dropped, "ß" to "ss"): each event's text on its own.
    const folded: string[] = [];
    let at = 0;
    for (let j = 0; j < end - first; j++) {
      const own = fold(text.slice(offsets[j], offsets[j + 1]));
      offsets[j] = at;
      at += own.length;
      folded.push(own);
    }
    offsets[end - first] = at;
    return { text: folded.join(''), offsets };
  }

  /** Labels by the date written, made once each, in the locale and zone of now. */
  private labeller(): (date: TimelineDate) => string {
    const format = dateLabeller(this.format());
    return date => {
      let label = this.dates.get(date);
      if (label === undefined) {
        label = format(date);
        this.dates.set(date, label);
      }
      return label;
    };
  }
}
