/**
 * Each event's drawn label: its title, shortened to fit a width limit, and the label's
 * width in px, which the layout packs by. Kept by the event's input index, so a search
 * or a category switched off, which draws a subset of the same events, measures none of
 * them again (kept by the drawn document's index, every search measured the labels of
 * its view afresh); forgotten when the document, the font or the limit change. Widths
 * are a flat typed array and only shortened titles keep a string of their own: a
 * million events cost 8 MB.
 *
 * Making every label ahead in idle time was tried: the first visits of the bench's
 * zoomTo series at 10,000 events got cheaper (the step that met most new labels
 * 22–28 → 20–21 ms), its p95 did not, and at 100,000 events the 150 ms of idle work
 * landed inside the measured steps (bench/README.md). Not kept.
 */
import type { TimelineEvent } from '../model/types.js';
import { fitText, type TextMeasure } from './measure.js';
import { inputIndexCount } from '../model/input-index.js';
import { PerEvent } from './per-event.js';

export class Labels {
  /** The width of each event's label by input index; NaN until made. */
  private widths = new Float64Array(0);
  /** The labels that are not the whole title. */
  private readonly shortened = new PerEvent<string>();
  private events: readonly TimelineEvent[] = [];
  private widest = 0;

  constructor(private readonly measure: TextMeasure) {}

  /** Forgets every label: the events are now `events` (the whole document) and labels at most `limit` px wide. */
  reset(events: readonly TimelineEvent[] = this.events, limit = this.widest): void {
    this.events = events;
    this.widest = limit;
    const size = inputIndexCount(events);
    if (this.widths.length !== size) this.widths = new Float64Array(size);
    this.widths.fill(NaN);
    this.shortened.clear(size);
  }

  /** The widest a label may be, px: longer titles are shortened to it. */
  get limit(): number {
    return this.widest;
  }

  /** The label drawn for `event`. */
  text(event: TimelineEvent): string {
    this.make(event);
    return this.shortened.get(event.index) ?? event.title;
  }

  /** The width of `event`'s label, px. */
  width(event: TimelineEvent): number {
    return this.make(event);
  }

  private make(event: TimelineEvent): number {
    const { index, title } = event;
    // NaN until made; undefined past the end (an index the document did not give), made each time.
    const known = this.widths[index];
    if (known >= 0) return known;
    // Most titles fit: then their width is the one measure (fitText would take it twice).
    const whole = this.measure.width(title);
    if (whole <= this.widest) return (this.widths[index] = whole);
    const text = fitText(this.measure, title, this.widest);
    this.shortened.set(index, text);
    return (this.widths[index] = this.measure.width(text));
  }
}
