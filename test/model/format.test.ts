import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/model/date.js';
import { formatDate, formatEventDate } from '../../src/model/format.js';
import { readDocument } from '../../src/model/read.js';

// Intl puts thin and narrow no-break spaces around range dashes and before AM/PM; the
// words are what we test.
const normal = (text: string): string => text.replace(/[\u00a0\u2009\u202f]/g, ' ');
const label = (source: string | number, locale: string, timeZone = 'Europe/Berlin'): string =>
  normal(formatDate(parseDate(source), { locale, timeZone }));

/** [source, en-GB, en-US, de] */
const labels: [string | number, string, string, string][] = [
  ['1993', '1993', '1993', '1993'],
  [1993, '1993', '1993', '1993'],
  ['1993-05', 'May 1993', 'May 1993', 'Mai 1993'],
  ['2023-08-16', '16 August 2023', 'August 16, 2023', '16. August 2023'],
  ['2023-08-16T14:30', '16 August 2023 at 14:30', 'August 16, 2023 at 2:30 PM', '16. August 2023 um 14:30'],
  ['2023-08-16T14:30:15', '16 August 2023 at 14:30:15', 'August 16, 2023 at 2:30:15 PM', '16. August 2023 um 14:30:15'],
  ['2023-08-16T14:30Z', '16 August 2023 at 16:30 CEST', 'August 16, 2023 at 4:30 PM GMT+2', '16. August 2023 um 16:30 MESZ'],
  ['2023-08-16T14:30:15+02:00', '16 August 2023 at 14:30:15 CEST', 'August 16, 2023 at 2:30:15 PM GMT+2', '16. August 2023 um 14:30:15 MESZ'],
  ['1993~', 'c. 1993', 'c. 1993', 'ca. 1993'],
  ['2004?', '2004?', '2004?', '2004?'],
  ['2004%', 'c. 2004?', 'c. 2004?', 'ca. 2004?'],
  ['1993-05~', 'c. May 1993', 'c. May 1993', 'ca. Mai 1993'],
  ['199X', '1990s', '1990s', '1990er Jahre'],
  ['19XX', '1900s', '1900s', '1900er Jahre'],
  ['2023-04-2X', '20 – 29 April 2023', 'April 20 – 29, 2023', '20.–29. April 2023'],
  ['2004-06-XX', '1 – 30 June 2004', 'June 1 – 30, 2004', '1.–30. Juni 2004'],
  ['199', '1990s', '1990s', '1990er Jahre'],
  ['199~', 'c. 1990s', 'c. 1990s', 'ca. 1990er Jahre'],
  ['19', '20th century', '20th century', '20. Jahrhundert'],
  ['20', '21st century', '21st century', '21. Jahrhundert'],
  ['2001-21', 'Spring 2001', 'Spring 2001', 'Frühling 2001'],
  ['2001-24', 'Winter 2001', 'Winter 2001', 'Winter 2001'],
  ['2001-33', 'January – March 2001', 'January – March 2001', 'Januar–März 2001'],
  ['1990/1993', '1990 – 1993', '1990 – 1993', '1990 – 1993'],
  ['1990~/1993~', 'c. 1990 – c. 1993', 'c. 1990 – c. 1993', 'ca. 1990 – ca. 1993'],
  ['2023-04-27/2023-04-28', '27 – 28 April 2023', 'April 27 – 28, 2023', '27.–28. April 2023'],
  ['1990/..', '1990 – …', '1990 – …', '1990 – …'],
  ['../2000', '… – 2000', '… – 2000', '… – 2000'],
  ['1990/', '1990 – …', '1990 – …', '1990 – …'],
  ['-0043', '44 BC', '44 BC', '44 v. Chr.'],
  [-43, '44 BC', '44 BC', '44 v. Chr.'],
  ['0000', '1 BC', '1 BC', '1 v. Chr.'],
  ['-0043-03-15', '15 March 44 BC', 'March 15, 44 BC', '15. März 44 v. Chr.'],
  ['00', '1 BC – 99 AD', '1 BC – 99 AD', '1 v. Chr. – 99 n. Chr.'],
  ['Y-170000', '170001 BC', '170001 BC', '170001 v. Chr.'],
  ['[1667,1668,1670..1672]', '1667 – 1672?', '1667 – 1672?', '1667 – 1672?'],
];

describe('formatDate', () => {
  for (const [source, gb, us, de] of labels) {
    it(`labels ${JSON.stringify(source)} as "${gb}", "${us}", "${de}"`, () => {
      expect(label(source, 'en-GB')).to.equal(gb);
      expect(label(source, 'en-US')).to.equal(us);
      expect(label(source, 'de')).to.equal(de);
    });
  }

  it('speaks French too', () => {
    expect(label('1993~', 'fr')).to.equal('vers 1993');
    expect(label('199X', 'fr')).to.equal('années 1990');
    expect(label('19', 'fr')).to.equal('20e siècle');
    expect(label('2001-23', 'fr')).to.equal('automne 2001');
  });

  it('falls back to English words in other languages, with the locale\'s own month names', () => {
    expect(label('1993~', 'es')).to.equal('c. 1993');
    expect(label('1993-05', 'es')).to.equal('mayo de 1993');
  });

  it('never shifts a calendar date or a floating time by the zone', () => {
    for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
      expect(label('2023-08-16', 'en-GB', timeZone)).to.equal('16 August 2023');
      expect(label('2023-08-16T23:30', 'en-GB', timeZone)).to.equal('16 August 2023 at 23:30');
    }
  });

  it('shows an instant in the requested zone, with the zone', () => {
    expect(label('2023-08-16T23:30Z', 'en-GB', 'Pacific/Kiritimati')).to.equal('17 August 2023 at 13:30 GMT+14');
    expect(label('2023-08-16T23:30Z', 'en-GB', 'UTC')).to.equal('16 August 2023 at 23:30 UTC');
  });

  it('shows instants in the viewer\'s zone by default', () => {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(formatDate(parseDate('2023-08-16T23:30Z'), { locale: 'en-GB' })).to.equal(formatDate(parseDate('2023-08-16T23:30Z'), { locale: 'en-GB', timeZone: zone }));
  });

  it('refuses an unknown zone with a precise message', () => {
    expect(() => formatDate(parseDate('2023'), { timeZone: 'Mars/Olympus' })).to.throw(RangeError, 'invalid timeZone "Mars/Olympus"; expected an IANA time zone');
  });
});

describe('formatEventDate', () => {
  const { document } = readDocument([
    { title: 'a', start: '1990', end: '1993' },
    { title: 'b', start: '2023-04-27', end: '2023-04-28' },
    { title: 'c', start: '1993~', displayDate: 'early nineties' },
    { title: 'd', start: '2001-21' },
    { title: 'e', start: '1990~', end: '1993' },
  ]);
  const labelOf = (i: number, locale = 'en-GB'): string => normal(formatEventDate(document.events[i], { locale, timeZone: 'UTC' }));

  it('joins start and end with an en dash', () => {
    expect(labelOf(0)).to.equal('1990 – 1993');
    expect(labelOf(4)).to.equal('c. 1990 – 1993');
  });
  it('shares what two days share', () => {
    expect(labelOf(1)).to.equal('27 – 28 April 2023');
    expect(labelOf(1, 'de')).to.equal('27.–28. April 2023');
  });
  it('prefers the display date', () => expect(labelOf(2)).to.equal('early nineties'));
  it('labels a lone start', () => expect(labelOf(3, 'de')).to.equal('Frühling 2001'));
});
