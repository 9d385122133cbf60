/**
 * The event document model: what a timeline reads (JSON) and what it keeps after
 * parsing. Dates keep exactly the precision their source has: "1993" is the whole of
 * 1993, never 1 January 1993.
 */

/** How finely a date is known. */
export type Precision = 'millennium' | 'century' | 'decade' | 'year' | 'season' | 'month' | 'day' | 'minute' | 'second';

/**
 * A parsed date (EDTF / ISO 8601-2), with the earliest and latest instant it can mean.
 *
 * Times are epoch milliseconds. A *calendar* date (no time of day, or a time with no
 * offset, "floating") is stored as its wall-clock value read as UTC: "2023-08-16" is
 * [Date.UTC(2023, 7, 16), Date.UTC(2023, 7, 17) - 1] and is never shifted by a time
 * zone. An *instant* (a time with `Z` or an offset) is stored as real epoch ms and is
 * shown in the viewer's (or the `time-zone` attribute's) zone.
 */
export interface TimelineDate {
  /** The input, as written (numbers become their decimal string). */
  readonly source: string;
  /** Earliest possible instant, epoch ms, inclusive. */
  readonly earliest: number;
  /** Latest possible instant, epoch ms, inclusive (the last millisecond). */
  readonly latest: number;
  /** The finest unit the source gives. For an interval, the finer of its two ends. */
  readonly precision: Precision;
  /** `~` or `%`: the value is approximate ("circa"). */
  readonly approximate: boolean;
  /** `?` or `%`: the source is unsure of the value. */
  readonly uncertain: boolean;
  /** Some digits are unspecified (`199X`, `2023-04-2X`). */
  readonly unspecified: boolean;
  /** True for calendar dates and floating times (never shifted by a zone); false for instants. */
  readonly calendar: boolean;
  /** Present when the source is an EDTF interval ("1990/1993"): its two ends. */
  readonly interval?: { readonly start: TimelineDate | null; readonly end: TimelineDate | null };
}

/** A citation: at least one of `title` and `url`; `url` is http(s). */
export interface Source {
  readonly title?: string;
  readonly url?: string;
}

export interface Category {
  readonly id: string;
  readonly label: string;
  /** A CSS colour; when missing the view picks one from its palette. */
  readonly color?: string;
  /** True when the category was not declared in the document but named by an event. */
  readonly automatic?: boolean;
}

export interface Era {
  readonly start: TimelineDate;
  readonly end: TimelineDate;
  readonly label: string;
  readonly color?: string;
}

/** One event, parsed and checked. */
export interface TimelineEvent {
  /** The id from the data (string or number), or a stable id derived from title and start. */
  readonly id: string | number;
  readonly title: string;
  readonly start: TimelineDate;
  readonly end?: TimelineDate;
  readonly displayDate?: string;
  readonly description?: string;
  /** A category id; always set (events without one share the default category ""). */
  readonly category: string;
  readonly sources: readonly Source[];
  readonly url?: string;
  /** Position in the input array. */
  readonly index: number;
  /** Earliest instant the event can touch: `start.earliest`. */
  readonly earliest: number;
  /** Latest instant the event can touch: `(end ?? start).latest`. */
  readonly latest: number;
  /** `range` when the event has an end or its start is an interval; else `point`. */
  readonly kind: 'point' | 'range';
  /**
   * True when its dates are rough: any EDTF qualifier (approximate, uncertain,
   * unspecified digits) on either end, or a point known only to a month or coarser.
   */
  readonly uncertain: boolean;
}

export interface TimelineDocument {
  readonly title?: string;
  readonly description?: string;
  /** Declared categories in document order, then automatic ones in order of first use. */
  readonly categories: readonly Category[];
  readonly eras: readonly Era[];
  /** The valid events, in input order. */
  readonly events: readonly TimelineEvent[];
}

/** One problem found while reading a document. */
export interface Problem {
  readonly severity: 'error' | 'warning';
  /** Index of the event in `events` (absent for document-level problems). */
  readonly index?: number;
  /** The event's id when it has one. */
  readonly id?: string | number;
  /** The field, e.g. `start`, `sources[1].url`, `categories[2].id`. */
  readonly field?: string;
  /** The offending value, shortened for display. */
  readonly value?: string;
  /** A readable sentence: what was wrong and what was expected. */
  readonly message: string;
}

export interface ReadResult {
  readonly document: TimelineDocument;
  /** Errors (the item was skipped) and warnings (it was kept, maybe amended). */
  readonly problems: readonly Problem[];
}
