/**
 * What formatting needs per locale and zone, made once and kept: the zone's IANA name,
 * the locale's words, and Intl formats by precision. Labels are made for many events:
 * an Intl.DateTimeFormat costs far more to create than to use.
 */
import { IANAZone, SystemZone, type Zone } from 'luxon';
import { wordsFor, type Words } from './words.js';
import type { Precision } from './types.js';

/** Options of the label functions. */
export interface FormatOptions {
  /** A BCP 47 locale ("en-GB", "de"); undefined is the runtime's default. */
  locale?: string;
  /**
   * The IANA zone instants are shown in ("Europe/Berlin"); undefined is luxon's
   * the viewer's zone (luxon's system zone; see defaultZone in time/wall.ts).
   * Calendar dates ignore it.
   */
  timeZone?: string;
}

/** Precisions Intl shows with month names and clock times (the rest are years). */
export type ClockPrecision = 'month' | 'day' | 'minute' | 'second';

const clockFields: Record<ClockPrecision, Intl.DateTimeFormatOptions> = {
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  minute: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  second: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit' },
};

/** A locale and zone with their words and (lazily made) Intl formats. */
export interface FormatContext {
  readonly locale: string | undefined;
  readonly zone: string;
  readonly words: Words;
  readonly formats: Map<string, Intl.DateTimeFormat>;
  /** Name the era even for CE years: the end of a range that began BCE ("44 BC – 14 AD"). */
  readonly era?: boolean;
}

const contexts = new Map<string, FormatContext>();

/** The context for `options`. Throws a RangeError for an unknown zone or locale. */
export function contextFor({ locale, timeZone }: FormatOptions): FormatContext {
  const zone = zoneName(timeZone);
  const key = `${locale ?? ''}|${zone}`;
  let context = contexts.get(key);
  if (!context) {
    context = { locale, zone, words: wordsFor(locale), formats: new Map() };
    contexts.set(key, context);
  }
  return context;
}

/** True for precisions shown by `clockFormat`. */
export function isClock(precision: Precision): precision is ClockPrecision {
  return precision in clockFields;
}

/**
 * The Intl format for `precision`: in UTC without a zone name for calendar dates (they
 * are stored as their wall clock read as UTC, and must not shift), in the context's
 * zone with its short name for instants; with the era when `era` (years before 1 CE).
 */
export function clockFormat(context: FormatContext, precision: ClockPrecision, calendar: boolean, era: boolean): Intl.DateTimeFormat {
  const key = `${precision}|${calendar}|${era}`;
  let format = context.formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(context.locale, {
      ...clockFields[precision],
      era: era ? 'short' : undefined,
      timeZone: calendar ? 'UTC' : context.zone,
      timeZoneName: calendar ? undefined : 'short',
      // As formatYear does: Gregorian years and Latin digits, so labels and axes agree.
      calendar: 'gregory',
      numberingSystem: 'latn',
    });
    context.formats.set(key, format);
  }
  return format;
}

let systemZone: string | undefined;

/** The IANA name Intl needs for `timeZone`, or for luxon's default zone. */
function zoneName(timeZone: string | undefined): string {
  // IANAZone.create caches its zones.
  const zone: Zone = timeZone === undefined ? SystemZone.instance : IANAZone.create(timeZone);
  if (!zone.isValid) {
    throw new RangeError(`invalid timeZone ${JSON.stringify(timeZone)}; expected an IANA time zone such as "Europe/Berlin" or "UTC"`);
  }
  switch (zone.type) {
    case 'iana':
      return zone.name;
    case 'fixed':
      // A fixed offset zone knows its Etc/GMT name; luxon's types omit it.
      return (zone as Zone & { ianaName: string }).ianaName;
    default:
      // The system zone's name costs a new Intl.DateTimeFormat on every read: ask once.
      return (systemZone ??= new Intl.DateTimeFormat().resolvedOptions().timeZone);
  }
}
