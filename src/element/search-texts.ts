/**
 * The text each event is found by, folded for matching (see `fold`) and kept per event:
 * its title, description, display date, the labels of its dates and its category.
 *
 * A date is searched by its own label ("3 May 2001"), a range by the labels of both
 * ends ("3 May 2001", "7 May 2001") rather than by Intl's range text ("3–7 May 2001"),
 * which gives the same words but costs ~40 µs an event to build: the first search of
 * 100,000 events spent 1.3 of its 1.8 s there. A label is made once per distinct date
 * written (events share their days), and folded text is kept, so a later search only
 * compares.
 */
import { fold } from '../layout/filter.js';
import { formatDate, type FormatOptions } from '../model/format.js';
import type { TimelineDate, TimelineEvent } from '../model/types.js';
import { inputIndexCount } from '../model/input-index.js';
import { PerEvent } from './per-event.js';
import { whenIdle } from './idle.js';

/** Texts `make` makes between two looks at the clock (~1–2 ms of work). */
const makeShare = 1000;

export class SearchTexts {
  /**
   * By the event's place in the input (`index`): a flat array, not a WeakMap keyed by
   * the event, whose 100,000 insertions were ~40 % of a first search's time.
   */
  private readonly texts = new PerEvent<string>();
  private readonly dates = new Map<string, string>();

  /**
   * @param format the locale and zone labels are made in
   * @param categoryLabel the label of a category id ('' when it has none)
   */
  constructor(
    private readonly format: () => FormatOptions,
    private readonly categoryLabel: (id: string) => string,
  ) {}

  /**
   * Forgets every text: the locale or the zone changed, or, with its `events`, the
   * document did (they come in input order, so the last holds the largest index).
   */
  clear(events?: readonly TimelineEvent[]): void {
    this.made = undefined;
    // Another document: texts being made for the old one stop (a new locale makes them anew).
    if (events) this.soon = undefined;
    this.texts.clear(events && inputIndexCount(events));
    this.dates.clear();
  }

  /** How many of `made.events` have their text made, in order (see `make`). */
  private made?: { events: readonly TimelineEvent[]; count: number };

  /**
   * Makes the texts of `events` from where the last call stopped, while `left()` (the
   * idle time left, ms) is above a millisecond, and at least a share of them: true when
   * all are made. `makeSoon` calls it in idle time once a search may follow, so
   * the first keystroke of a large document only compares texts (at 100,000 events,
   * making them was ~200 ms of a first search's ~240).
   */
  make(events: readonly TimelineEvent[], left: () => number): boolean {
    if (this.made?.events !== events) this.made = { events, count: 0 };
    const made = this.made;
    do {
      const end = Math.min(events.length, made.count + makeShare);
      for (let i = made.count; i < end; i++) this.of(events[i]);
      made.count = end;
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

  /** `event`'s folded search text. */
  readonly of = (event: TimelineEvent): string => {
    let text = this.texts.get(event.index);
    if (text === undefined) {
      const dates = event.end ? `${this.dateLabel(event.start)}\n${this.dateLabel(event.end)}` : this.dateLabel(event.start);
      text = fold([event.title, event.description ?? '', event.displayDate ?? '', dates, this.categoryLabel(event.category)].join('\n'));
      this.texts.set(event.index, text);
    }
    return text;
  };

  private dateLabel(date: TimelineDate): string {
    let label = this.dates.get(date.source);
    if (label === undefined) {
      label = formatDate(date, this.format());
      this.dates.set(date.source, label);
    }
    return label;
  }
}
