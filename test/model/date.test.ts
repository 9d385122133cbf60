import { expect } from '@open-wc/testing';
import edtf, { parse as parseGrammar } from 'edtf';
import fc from 'fast-check';
import { DateError, DateRefusal, parseDate, readDateValue, tryParseDate } from '../../src/model/date.js';
import { grammarMayRead, parseEdtf } from '../../src/model/edtf.js';
import { parseIso } from '../../src/model/iso.js';
import { unspecifiedDate } from '../../src/model/unspecified.js';
import type { Precision, TimelineDate } from '../../src/model/types.js';
import { edtfDate, edtfNearMiss, isoDate, isoYear } from './arbitraries.js';

/** Epoch ms of an ISO instant, read by the platform (expanded years: "-000043-03-15T00:00:00Z"). */
const ms = (iso: string): number => {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`bad test instant ${iso}`);
  return time;
};

interface Case {
  input: string | number;
  earliest: string;
  latest: string;
  precision: Precision;
  flags?: ('approximate' | 'uncertain' | 'unspecified')[];
  instant?: boolean;
}

/** What `read` threw, when it threw a DateRefusal (chai's `throw` takes Errors only). */
function refusalOf(read: () => unknown): DateRefusal | undefined {
  try {
    read();
  } catch (refusal) {
    if (refusal instanceof DateRefusal) return refusal;
    throw refusal;
  }
  return undefined;
}

/** What `read` gives: the date, or the reason it refused it (a DateError's or a DateRefusal's). */
function outcome(read: () => TimelineDate): TimelineDate | string {
  try {
    return read();
  } catch (error) {
    return (error as DateError | DateRefusal).reason;
  }
}

function check({ input, earliest, latest, precision, flags = [], instant = false }: Case): TimelineDate {
  const date = parseDate(input);
  expect(date.source).to.equal(String(input));
  expect(new Date(date.earliest).toISOString(), 'earliest').to.equal(new Date(ms(earliest)).toISOString());
  expect(new Date(date.latest).toISOString(), 'latest').to.equal(new Date(ms(latest)).toISOString());
  expect(date.precision).to.equal(precision);
  expect(date.approximate, 'approximate').to.equal(flags.includes('approximate'));
  expect(date.uncertain, 'uncertain').to.equal(flags.includes('uncertain'));
  expect(date.unspecified, 'unspecified').to.equal(flags.includes('unspecified'));
  expect(date.calendar, 'calendar').to.equal(!instant);
  return date;
}

describe('parseDate', () => {
  describe('reads plain ISO dates on the fast path', () => {
    const cases: Case[] = [
      { input: 1993, earliest: '1993-01-01T00:00Z', latest: '1993-12-31T23:59:59.999Z', precision: 'year' },
      { input: -43, earliest: '-000043-01-01T00:00Z', latest: '-000043-12-31T23:59:59.999Z', precision: 'year' },
      { input: 0, earliest: '0000-01-01T00:00Z', latest: '0000-12-31T23:59:59.999Z', precision: 'year' },
      { input: 12345, earliest: '+012345-01-01T00:00Z', latest: '+012345-12-31T23:59:59.999Z', precision: 'year' },
      { input: '1993', earliest: '1993-01-01T00:00Z', latest: '1993-12-31T23:59:59.999Z', precision: 'year' },
      { input: '-0043', earliest: '-000043-01-01T00:00Z', latest: '-000043-12-31T23:59:59.999Z', precision: 'year' },
      { input: '0050', earliest: '0050-01-01T00:00Z', latest: '0050-12-31T23:59:59.999Z', precision: 'year' },
      { input: '0000', earliest: '0000-01-01T00:00Z', latest: '0000-12-31T23:59:59.999Z', precision: 'year' },
      { input: '2024', earliest: '2024-01-01T00:00Z', latest: '2024-12-31T23:59:59.999Z', precision: 'year' },
      { input: '1993-05', earliest: '1993-05-01T00:00Z', latest: '1993-05-31T23:59:59.999Z', precision: 'month' },
      { input: '2024-02', earliest: '2024-02-01T00:00Z', latest: '2024-02-29T23:59:59.999Z', precision: 'month' },
      { input: '2023-02', earliest: '2023-02-01T00:00Z', latest: '2023-02-28T23:59:59.999Z', precision: 'month' },
      { input: '0099-12', earliest: '0099-12-01T00:00Z', latest: '0099-12-31T23:59:59.999Z', precision: 'month' },
      { input: '1993-05-17', earliest: '1993-05-17T00:00Z', latest: '1993-05-17T23:59:59.999Z', precision: 'day' },
      { input: '2024-02-29', earliest: '2024-02-29T00:00Z', latest: '2024-02-29T23:59:59.999Z', precision: 'day' },
      { input: '-0043-03-15', earliest: '-000043-03-15T00:00Z', latest: '-000043-03-15T23:59:59.999Z', precision: 'day' },
      { input: '2023-08-16T14:30', earliest: '2023-08-16T14:30Z', latest: '2023-08-16T14:30:59.999Z', precision: 'minute' },
      { input: '2023-08-16T14:30:15', earliest: '2023-08-16T14:30:15Z', latest: '2023-08-16T14:30:15.999Z', precision: 'second' },
      { input: '2023-08-16T14:30:15.250', earliest: '2023-08-16T14:30:15.250Z', latest: '2023-08-16T14:30:15.250Z', precision: 'second' },
      { input: '2023-08-16T14:30Z', earliest: '2023-08-16T14:30Z', latest: '2023-08-16T14:30:59.999Z', precision: 'minute', instant: true },
      { input: '2023-08-16T14:30:15.5Z', earliest: '2023-08-16T14:30:15.500Z', latest: '2023-08-16T14:30:15.599Z', precision: 'second', instant: true },
      { input: '2023-08-16T14:30:15+02:00', earliest: '2023-08-16T12:30:15Z', latest: '2023-08-16T12:30:15.999Z', precision: 'second', instant: true },
      { input: '2023-08-16T14:30:15-0530', earliest: '2023-08-16T20:00:15Z', latest: '2023-08-16T20:00:15.999Z', precision: 'second', instant: true },
      { input: '2023-08-16T01:30+02', earliest: '2023-08-15T23:30Z', latest: '2023-08-15T23:30:59.999Z', precision: 'minute', instant: true },
    ];
    for (const c of cases) it(`${JSON.stringify(c.input)} is ${c.earliest} – ${c.latest} (${c.precision})`, () => check(c));
  });

  describe('reads EDTF through the edtf package', () => {
    const cases: Case[] = [
      { input: '1993~', earliest: '1993-01-01T00:00Z', latest: '1993-12-31T23:59:59.999Z', precision: 'year', flags: ['approximate'] },
      { input: '2004?', earliest: '2004-01-01T00:00Z', latest: '2004-12-31T23:59:59.999Z', precision: 'year', flags: ['uncertain'] },
      { input: '2004%', earliest: '2004-01-01T00:00Z', latest: '2004-12-31T23:59:59.999Z', precision: 'year', flags: ['approximate', 'uncertain'] },
      { input: '1993-05?-17', earliest: '1993-05-17T00:00Z', latest: '1993-05-17T23:59:59.999Z', precision: 'day', flags: ['uncertain'] },
      { input: '199X', earliest: '1990-01-01T00:00Z', latest: '1999-12-31T23:59:59.999Z', precision: 'decade', flags: ['unspecified'] },
      { input: '19XX', earliest: '1900-01-01T00:00Z', latest: '1999-12-31T23:59:59.999Z', precision: 'century', flags: ['unspecified'] },
      { input: '1XXX', earliest: '1000-01-01T00:00Z', latest: '1999-12-31T23:59:59.999Z', precision: 'millennium', flags: ['unspecified'] },
      { input: '2023-04-2X', earliest: '2023-04-20T00:00Z', latest: '2023-04-29T23:59:59.999Z', precision: 'day', flags: ['unspecified'] },
      { input: '2004-06-XX', earliest: '2004-06-01T00:00Z', latest: '2004-06-30T23:59:59.999Z', precision: 'day', flags: ['unspecified'] },
      { input: '-001X', earliest: '-000019-01-01T00:00Z', latest: '-000010-12-31T23:59:59.999Z', precision: 'decade', flags: ['unspecified'] },
      { input: '2001-21', earliest: '2001-01-01T00:00Z', latest: '2001-03-31T23:59:59.999Z', precision: 'season' },
      { input: '199', earliest: '1990-01-01T00:00Z', latest: '1999-12-31T23:59:59.999Z', precision: 'decade' },
      { input: '199~', earliest: '1990-01-01T00:00Z', latest: '1999-12-31T23:59:59.999Z', precision: 'decade', flags: ['approximate'] },
      { input: '19', earliest: '1900-01-01T00:00Z', latest: '1999-12-31T23:59:59.999Z', precision: 'century' },
      { input: 'Y-170000', earliest: '-170000-01-01T00:00Z', latest: '-170000-12-31T23:59:59.999Z', precision: 'year' },
      { input: 'Y170000', earliest: '+170000-01-01T00:00Z', latest: '+170000-12-31T23:59:59.999Z', precision: 'year' },
      { input: '1950S2', earliest: '1950-01-01T00:00Z', latest: '1950-12-31T23:59:59.999Z', precision: 'year', flags: ['approximate'] },
      { input: '[1667,1668,1670..1672]', earliest: '1667-01-01T00:00Z', latest: '1672-12-31T23:59:59.999Z', precision: 'year', flags: ['uncertain'] },
      { input: '{1960,1961-12}', earliest: '1960-01-01T00:00Z', latest: '1961-12-31T23:59:59.999Z', precision: 'month' },
    ];
    for (const c of cases) it(`${JSON.stringify(c.input)} is ${c.earliest} – ${c.latest} (${c.precision})`, () => check(c));

    it('reads the string "-43" as EDTF does: the century of the years -4300 to -4201', () => {
      check({ input: '-43', earliest: '-004300-01-01T00:00Z', latest: '-004201-12-31T23:59:59.999Z', precision: 'century' });
    });
  });

  describe('reads intervals end by end', () => {
    const interval = (c: Case, start: string | null, end: string | null): void => {
      const date = check(c);
      expect(date.interval?.start?.source ?? null).to.equal(start);
      expect(date.interval?.end?.source ?? null).to.equal(end);
    };
    it('"1990/1993" runs from the start of 1990 to the end of 1993', () => {
      interval({ input: '1990/1993', earliest: '1990-01-01T00:00Z', latest: '1993-12-31T23:59:59.999Z', precision: 'year' }, '1990', '1993');
    });
    it('"1990~/1993~" is approximate', () => {
      interval({ input: '1990~/1993~', earliest: '1990-01-01T00:00Z', latest: '1993-12-31T23:59:59.999Z', precision: 'year', flags: ['approximate'] }, '1990~', '1993~');
    });
    it('"2023-04-27/2023-04-28" spans two days', () => {
      interval({ input: '2023-04-27/2023-04-28', earliest: '2023-04-27T00:00Z', latest: '2023-04-28T23:59:59.999Z', precision: 'day' }, '2023-04-27', '2023-04-28');
    });
    it('takes the finer precision of its ends', () => {
      interval({ input: '1990/1993-05', earliest: '1990-01-01T00:00Z', latest: '1993-05-31T23:59:59.999Z', precision: 'month' }, '1990', '1993-05');
    });
    it('reads season intervals, which edtf itself refuses below level 3', () => {
      interval({ input: '2001-21/2001-23', earliest: '2001-01-01T00:00Z', latest: '2001-09-30T23:59:59.999Z', precision: 'season' }, '2001-21', '2001-23');
    });
    it('keeps an open end ("..") as null, spans the known end only, and is uncertain', () => {
      interval({ input: '1990/..', earliest: '1990-01-01T00:00Z', latest: '1990-12-31T23:59:59.999Z', precision: 'year', flags: ['uncertain'] }, '1990', null);
      interval({ input: '../2000', earliest: '2000-01-01T00:00Z', latest: '2000-12-31T23:59:59.999Z', precision: 'year', flags: ['uncertain'] }, null, '2000');
    });
    it('keeps an unknown end ("") as null in the same way', () => {
      interval({ input: '1990/', earliest: '1990-01-01T00:00Z', latest: '1990-12-31T23:59:59.999Z', precision: 'year', flags: ['uncertain'] }, '1990', null);
      interval({ input: '/2000', earliest: '2000-01-01T00:00Z', latest: '2000-12-31T23:59:59.999Z', precision: 'year', flags: ['uncertain'] }, null, '2000');
    });
    it('is a calendar date only when both ends are', () => {
      const date = parseDate('2023-04-27/2023-04-28T12:00Z');
      expect(date.calendar).to.equal(false);
      expect(date.interval?.start?.calendar).to.equal(true);
      expect(date.interval?.end?.calendar).to.equal(false);
    });
  });

  it('trims the input but keeps the source as written', () => {
    const date = parseDate(' 1993 ');
    expect(date.source).to.equal(' 1993 ');
    expect(date.earliest).to.equal(ms('1993-01-01T00:00Z'));
  });

  describe('rejects with a DateError saying what was wrong', () => {
    const errors: [unknown, string][] = [
      [1993.5, '1993.5 is not a whole number; a number is a year'],
      [NaN, 'NaN is not a whole number'],
      [Infinity, 'Infinity is not a whole number'],
      [275761, 'outside the range of JavaScript dates'],
      ['', 'it is empty; expected an EDTF date such as 1993, 1993-05-17, 1993~, 199X or 1990/1993'],
      ['   ', 'it is empty'],
      ['2023-02-30', '2023-02 has 28 days, so day 30 does not exist'],
      ['2023-02-29', '2023-02 has 28 days, so day 29 does not exist'],
      ['2023-13', 'month 13 does not exist; expected 01–12'],
      ['2023-00-01', 'month 0 does not exist; expected 01–12'],
      ['2023-08-16T24:00', 'hour 24 does not exist; expected 00–23'],
      ['2023-08-16T14:60', 'minute 60 does not exist; expected 00–59'],
      ['2023-08-16T14:30:60', 'second 60 does not exist; expected 00–59'],
      ['2023-08-16T14:30+24:00', 'offset +24:00 does not exist; expected -12:00 to +14:00'],
      ['2023-08-16T14:30-12:30', 'offset -12:30 does not exist; expected -12:00 to +14:00'],
      ['2023-08-16T14:30+05:60', 'offset minute 60 does not exist'],
      ['foo', 'unexpected "f" at character 1; expected an EDTF date such as'],
      ['1993-5-17', 'months and days are written with two digits'],
      ['2020/1990', 'the interval ends (1990) before it starts (2020)'],
      ['1990/1993/1995', 'an interval has a single "/"'],
      ['../..', 'an interval needs at least one known end'],
      ['/', 'an interval needs at least one known end'],
      ['1990/foo', 'its end "foo" is not a date: unexpected "f"'],
      ['Y-300000', 'outside the range of JavaScript dates'],
      ['Y17E7', 'outside the range of JavaScript dates'],
      ['12345', 'a year of more than four digits is written with a "Y", such as Y12345'],
      ['[..1760]', 'open-ended sets'],
      ['1'.repeat(300), 'it is 300 characters long; a date has at most 256'],
      ['-0001-01-1X', 'before 1 CE, only the last digits of a year can be unspecified'],
      ['-XXXX', 'before 1 CE, only the last digits of a year can be unspecified'],
      [null, 'expected a string or a whole number, not null'],
      [{}, 'expected a string or a whole number, not object'],
    ];
    for (const [input, reason] of errors) {
      it(`${JSON.stringify(input)?.slice(0, 30) ?? String(input)}: ${reason}`, () => {
        let error: unknown;
        try {
          parseDate(input as string);
        } catch (caught) {
          error = caught;
        }
        expect(error).to.be.instanceOf(DateError);
        expect((error as DateError).name).to.equal('DateError');
        expect((error as DateError).reason).to.contain(reason);
        expect((error as DateError).message).to.match(/^invalid date ".*": /);
      });
    }
  });

  describe('readDateValue', () => {
    it('returns a DateRefusal, which is not an Error, saying what parseDate says', () => {
      for (const input of ['17.05.1993', '2023-02-30', '1990/foo', 'Y-300000', '', '1990/2023-02-30', '1993.5', '2000/199X', 275761]) {
        const refusal = readDateValue(input);
        // No Error: making one captures a stack, which is what made bad dates slow.
        expect(refusal, String(input)).to.be.instanceOf(DateRefusal).and.not.be.instanceOf(Error);
        const { input: shown, reason, message } = refusal as DateRefusal;
        expect(() => parseDate(input), String(input)).to.throw(DateError, message);
        expect(tryParseDate(input)).to.deep.equal({ error: message });
        try {
          parseDate(input);
        } catch (error) {
          expect({ input: (error as DateError).input, reason: (error as DateError).reason }).to.deep.equal({ input: shown, reason });
        }
      }
    });
  });

  describe('tryParseDate', () => {
    it('returns the date', () => {
      const result = tryParseDate('1993');
      expect('date' in result && result.date.earliest).to.equal(ms('1993-01-01T00:00Z'));
    });
    it('returns the message instead of throwing', () => {
      expect(tryParseDate('2023-02-30')).to.deep.equal({ error: 'invalid date "2023-02-30": 2023-02 has 28 days, so day 30 does not exist' });
    });
  });

  describe('properties', () => {
    it('accepts only dates with earliest <= latest, within the JavaScript range, and throws nothing but DateError', () => {
      fc.assert(
        fc.property(fc.oneof(edtfDate, fc.string(), fc.integer({ min: -300000, max: 300000 })), input => {
          let date: TimelineDate;
          try {
            date = parseDate(input);
          } catch (error) {
            expect(error).to.be.instanceOf(DateError);
            return;
          }
          expect(date.earliest).to.be.at.most(date.latest);
          expect(Math.abs(date.earliest)).to.be.at.most(8.64e15);
          expect(Math.abs(date.latest)).to.be.at.most(8.64e15);
          const { start, end } = date.interval ?? {};
          if (start) expect(date.earliest).to.equal(start.earliest);
          if (end) expect(date.latest).to.equal(end.latest);
        }),
        { numRuns: 400 },
      );
    });

    it('knows year 0 (1 BCE) is a leap year', () => {
      const leapDay = parseIso('0000-02-29')!;
      expect(leapDay.latest - leapDay.earliest + 1).to.equal(86_400_000);
      expect(parseIso('0000-03-01')!.earliest - leapDay.earliest).to.equal(86_400_000);
    });

    it('reads plain ISO dates the same on the fast path and through edtf', () => {
      fc.assert(
        // Not year 0: edtf counts its days through Date.UTC, which reads year 0 as 1900
        // (no 29 February); the fast path knows 1 BCE is a leap year (next test).
        fc.property(isoDate.filter(text => !text.startsWith('0000')), text => {
          const fast = parseIso(text);
          const slow = parseEdtf(text);
          expect(fast, text).to.deep.equal(slow);
          // …and edtf's own reading of the start agrees too.
          expect(fast?.earliest, text).to.equal(edtf(text).min);
        }),
        { numRuns: 300 },
      );
    });

    it('reads a plain year, month or day with a qualifier on the fast path as edtf does', () => {
      fc.assert(
        // Not year 0 (see above); days to 31 in every month, so the ones that do not exist are
        // refused by both. The grammar's messages differ; both must refuse it.
        fc.property(
          fc.oneof(
            isoYear,
            fc.tuple(isoYear, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
            fc.tuple(isoYear, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
          ).filter(text => !/^-?0000/.test(text)),
          fc.constantFrom('~', '?', '%'),
          (plain, qualifier) => {
            const text = plain + qualifier;
            // A day the month does not have is refused, as the plain day is (the grammar read
            // "2023-02-29~" as 1 March, and refused "2023-02-30?" at its "3").
            const [y, m, d] = plain.replace(/^-/, '').split('-').map(Number);
            if (d !== undefined && d > new Date(Date.UTC(2000 + (y % 400), m, 0)).getUTCDate()) {
              expect(() => parseDate(text), text).to.throw(DateError, /days, so day/);
              return;
            }
            let slow: TimelineDate | undefined;
            try {
              slow = parseEdtf(text);
            } catch (error) {
              expect(error, text).to.be.instanceOf(DateRefusal);
            }
            if (!slow) {
              expect(() => parseDate(text), text).to.throw(DateError);
              return;
            }
            expect(parseDate(text), text).to.deep.equal(slow);
          },
        ),
        { numRuns: 400, examples: [['1993', '~'], ['2004-06', '?'], ['2023-04-27', '%'], ['-0043-03-15', '~'], ['2023-02-29', '?'], ['2024-02-29', '~']] },
      );
    });

    it('reads unspecified digits of a year, month or day on the fast path as edtf does', () => {
      const pad = (value: number, width: number) => String(value).padStart(width, '0');
      fc.assert(
        fc.property(
          fc.oneof(
            fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 3 })).map(([y, k]) => pad(y, 4).slice(0, 4 - k) + 'X'.repeat(k)),
            fc.integer({ min: 0, max: 9999 }).map(y => `${pad(y, 4)}-XX`),
            fc.integer({ min: 0, max: 9999 }).map(y => `${pad(y, 4)}-XX-XX`),
            // Months 00 and 13 too: the fast path leaves them to the grammar, which refuses them.
            fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 })).map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}-XX`),
          ),
          text => {
            const fast = unspecifiedDate(text, text);
            if (!/-(00|13)-/.test(text)) expect(fast, `${text} on the fast path`).not.to.equal(undefined);
            expect(outcome(() => parseDate(text)), text).to.deep.equal(outcome(() => parseEdtf(text)));
          },
        ),
        { numRuns: 500, examples: [['199X'], ['19XX'], ['1XXX'], ['000X'], ['0XXX'], ['2004-XX'], ['2004-06-XX'], ['2023-02-XX'], ['2024-02-XX'], ['2004-XX-XX'], ['2004-13-XX']] },
      );
    });

    it('refuses a string with a character no EDTF date has before the grammar runs, and nothing the grammar reads', () => {
      const alphabet = [...'0123456789X-−+.:/Y{}[],~?%ZTSE ', ...'abcxyzÄ年"\'\t_!'];
      fc.assert(
        fc.property(fc.oneof(edtfDate, fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 14 })), text => {
          let grammar = true;
          try {
            parseGrammar(text);
          } catch {
            grammar = false;
          }
          let reason = '';
          try {
            parseEdtf(text);
          } catch (error) {
            reason = (error as DateRefusal).reason;
          }
          // What the grammar reads is never refused for a stray character.
          if (grammar) expect(reason, text).not.to.match(/^unexpected .* at character/);
        }),
        { numRuns: 500 },
      );
      expect(() => parseDate('not a date')).to.throw(DateError, 'unexpected "n" at character 1; expected an EDTF date such as');
      expect(() => parseDate('1990 or so')).to.throw(DateError, 'unexpected "o" at character 6');
    });

    it('keeps from the grammar only what it cannot read', () => {
      let read = 0;
      let refused = 0;
      fc.assert(
        fc.property(fc.oneof(edtfDate, edtfNearMiss), text => {
          let grammar = true;
          try {
            parseGrammar(text);
          } catch {
            grammar = false;
          }
          if (grammar) read++;
          if (!grammarMayRead(text)) refused++;
          if (grammar) expect(grammarMayRead(text), text).to.equal(true);
        }),
        { numRuns: 2000, examples: [['?2004-06~-11'], ['2004-?06-%11'], ['Y-17E7S3'], ['1950S2'], ['2001-21~'], ['199~'], ['-19'], ['2004-06-11T10:20:30.5−05'], ['XXXX-XX-XX']] },
      );
      // The property saw both sides: dates the grammar reads, and near misses kept from it.
      expect(read, 'read by the grammar').to.be.greaterThan(500);
      expect(refused, 'kept from the grammar').to.be.greaterThan(200);
    });

    it('says what to write for dates written in other ways', () => {
      for (const [text, reason] of [
        ['17.05.1993', 'a date is written year first, with two-digit months and days, such as 1993-05-17'],
        ['05/17/1993', 'a date is written year first'],
        ['17-05-1993', 'a date is written year first'],
        ['1993-5-17', 'months and days are written with two digits, such as 1993-05-07'],
        ['1993/05/17', 'a date is written with hyphens, such as 1993-05-17'],
        ['1993.5.17', 'a date is written with hyphens'],
        ['2023-08-16 14:30', 'a time follows a "T", such as 2023-08-16T14:30'],
        ['1993-05-17-', 'expected an EDTF date such as 1993, 1993-05-17'],
      ]) {
        expect(() => parseDate(text), text).to.throw(DateError, reason);
      }
    });

    it('leaves a qualifier after a time, a season or one part to the EDTF path', () => {
      for (const text of ['2004-06-12T10:00Z~', '2001-21~', '2004-06~-12', '?2004-06-12', '2004?-06~', '199X~']) {
        expect(outcome(() => parseDate(text)), text).to.deep.equal(outcome(() => parseEdtf(text)));
      }
    });

    it('reads every YYYY-MM-DD string as the day it names, or says the day does not exist', () => {
      const pad = (value: number, width: number) => String(value).padStart(width, '0');
      fc.assert(
        // Months and days of two digits, 00–99; the oracle is the JavaScript Date (from
        // year 100: below it Date.UTC reads years as 1900–1999; the next test has them).
        fc.property(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
          const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          const date = new Date(Date.UTC(y, m - 1, d));
          const exists = m >= 1 && m <= 12 && d >= 1 && date.getUTCDate() === d && date.getUTCMonth() === m - 1;
          if (!exists) {
            expect(refusalOf(() => parseIso(text)), text).to.be.instanceOf(DateRefusal);
            return;
          }
          const earliest = Date.parse(`${text}T00:00:00Z`);
          expect(parseIso(text), text).to.deep.equal({
            source: text,
            earliest,
            latest: earliest + 86_399_999,
            precision: 'day',
            approximate: false,
            uncertain: false,
            unspecified: false,
            calendar: true,
          });
        }),
        { numRuns: 500, examples: [[2023, 2, 29], [2024, 2, 29], [1900, 2, 29], [2000, 2, 29], [100, 2, 29], [2023, 4, 31], [2023, 0, 10], [2023, 13, 1], [2001, 21, 5]] },
      );
    });

    it('reads every YYYY-MM-DDTHH:MM[:SS][Z] string as the time it names, or says which field does not exist', () => {
      const pad = (value: number, width: number) => String(value).padStart(width, '0');
      fc.assert(
        // Every field of two digits, 00–99 (days to 31): the shapes a log writes, which the
        // fast path reads by character codes; the oracle is Date.parse, and for the
        // errors the expression's own wording.
        fc.property(
          fc.integer({ min: 100, max: 9999 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 31 }),
          fc.integer({ min: 0, max: 99 }),
          fc.integer({ min: 0, max: 99 }),
          fc.option(fc.integer({ min: 0, max: 99 })),
          fc.boolean(),
          (y, mo, d, h, mi, s, zulu) => {
            const text = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}${s === null ? '' : `:${pad(s, 2)}`}${zulu ? 'Z' : ''}`;
            const day = new Date(Date.UTC(y, mo - 1, d));
            const dayExists = mo >= 1 && mo <= 12 && d >= 1 && day.getUTCDate() === d;
            if (!dayExists || h > 23 || mi > 59 || (s ?? 0) > 59) {
              const error = mo < 1 || mo > 12 ? /month/ : !dayExists ? /days, so day/ : h > 23 ? /hour/ : mi > 59 ? /minute/ : /second/;
              expect(refusalOf(() => parseIso(text))?.reason, text).to.match(error);
              return;
            }
            const earliest = Date.parse(`${text.slice(0, 16)}:${pad(s ?? 0, 2)}Z`);
            expect(parseIso(text), text).to.deep.equal({
              source: text,
              earliest,
              latest: earliest + (s === null ? 59_999 : 999),
              precision: s === null ? 'minute' : 'second',
              approximate: false,
              uncertain: false,
              unspecified: false,
              // A time without an offset is the wall clock of wherever it is shown.
              calendar: !zulu,
            });
          },
        ),
        { numRuns: 800, examples: [[2024, 2, 29, 23, 59, 59, true], [2023, 2, 29, 12, 0, null, false], [2023, 6, 1, 24, 0, 0, true], [2023, 6, 1, 12, 60, null, true], [2023, 6, 1, 12, 30, 60, false]] },
      );
    });

    it('reads days of the years 0–99 as those years, not as 1900–1999', () => {
      expect(parseIso('0050-03-01')!.earliest).to.equal(Date.parse('0050-03-01T00:00:00Z'));
      expect(parseIso('0001-01-01')!.earliest).to.equal(Date.parse('0001-01-01T00:00:00Z'));
      // 4 CE was a leap year, 1 CE was not.
      expect(parseIso('0004-02-29')!.latest - parseIso('0004-02-29')!.earliest + 1).to.equal(86_400_000);
      expect(refusalOf(() => parseIso('0001-02-29'))?.reason).to.match(/has 28 days/);
    });
  });
});
