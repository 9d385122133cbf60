/**
 * The few words a date label needs that Intl does not provide: "c.", "1990s",
 * "20th century", season names. English, German and French; other languages fall back
 * to English (their month names and digits still come from Intl).
 */

/** Localised words for date labels. */
export interface Words {
  /** An approximate date: "c. 1993". */
  circa(label: string): string;
  /** The years starting with a round year: "1990s" for a decade, "1900s" for 19XX. */
  yearsFrom(year: string): string;
  /** A century by its ordinal: 20 → "20th century" (1900–1999 in EDTF). */
  century(ordinal: number): string;
  /** Spring, summer, autumn, winter. */
  seasons: readonly [string, string, string, string];
}

const englishOrdinals = new Intl.PluralRules('en', { type: 'ordinal' });
const englishSuffixes: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' };

const english: Words = {
  circa: label => `c. ${label}`,
  yearsFrom: year => `${year}s`,
  century: n => `${n}${englishSuffixes[englishOrdinals.select(n)] ?? 'th'} century`,
  seasons: ['Spring', 'Summer', 'Autumn', 'Winter'],
};

const german: Words = {
  circa: label => `ca. ${label}`,
  yearsFrom: year => `${year}er Jahre`,
  century: n => `${n}. Jahrhundert`,
  seasons: ['Frühling', 'Sommer', 'Herbst', 'Winter'],
};

const french: Words = {
  circa: label => `vers ${label}`,
  yearsFrom: year => `années ${year}`,
  century: n => `${n}${n === 1 ? 'er' : 'e'} siècle`,
  seasons: ['printemps', 'été', 'automne', 'hiver'],
};

const byLanguage: Record<string, Words> = { en: english, de: german, fr: french };

/** The words for `locale` (a BCP 47 tag; undefined is the runtime's default). */
export function wordsFor(locale: string | undefined): Words {
  const language = new Intl.Locale(locale ?? new Intl.DateTimeFormat().resolvedOptions().locale).language;
  return byLanguage[language] ?? english;
}
