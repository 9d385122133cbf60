import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { astronomicalYear, formatYear, historicalYear, yearStart } from '../../src/time/year.js';

describe('historicalYear and astronomicalYear', () => {
  it('skip year 0: astronomical 0 is 1 BCE, -43 is 44 BCE, 1993 is 1993 CE', () => {
    expect(historicalYear(0)).to.deep.equal({ year: 1, bce: true });
    expect(historicalYear(-43)).to.deep.equal({ year: 44, bce: true });
    expect(historicalYear(1)).to.deep.equal({ year: 1, bce: false });
    expect(historicalYear(1993)).to.deep.equal({ year: 1993, bce: false });
  });

  it('are inverses, and a historical year is never 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: -300_000, max: 300_000 }), astronomical => {
        const { year, bce } = historicalYear(astronomical);
        expect(year).to.be.at.least(1);
        expect(astronomicalYear(year, bce)).to.equal(astronomical);
      }),
    );
  });
});

describe('yearStart', () => {
  it('is 1 January 00:00 UTC of the astronomical year, also for years 0–99 and before 0', () => {
    expect(yearStart(1970)).to.equal(0);
    expect(yearStart(2023)).to.equal(Date.UTC(2023, 0, 1));
    // Date.UTC maps years 0–99 to 1900–1999, so these are written out.
    expect(yearStart(0)).to.equal(-62_167_219_200_000);
    expect(yearStart(50)).to.equal(-62_167_219_200_000 + (50 * 365 + 13) * 86_400_000);
    expect(new Date(yearStart(-43)).getUTCFullYear()).to.equal(-43);
  });

  it('is NaN outside the Date range', () => {
    expect(yearStart(300_000)).to.be.NaN;
  });
});

describe('formatYear', () => {
  it('reads a CE year as the bare number', () => {
    expect(formatYear(1993, 'en')).to.equal('1993');
    expect(formatYear(1993, 'de')).to.equal('1993');
  });

  it('reads years before 1 CE with the era, and astronomical 0 as 1 BC', () => {
    expect(formatYear(0, 'en')).to.equal('1 BC');
    expect(formatYear(-43, 'en')).to.equal('44 BC');
    expect(formatYear(-43, 'de')).to.equal('44 v. Chr.');
  });

  it('adds the era to CE years when asked', () => {
    expect(formatYear(1993, 'en', true)).to.equal('1993 AD');
    expect(formatYear(1, 'en', true)).to.equal('1 AD');
    expect(formatYear(1993, 'de', true)).to.equal('1993 n. Chr.');
  });

  it('never reads "0", whatever the year', () => {
    fc.assert(
      fc.property(fc.integer({ min: -271_000, max: 275_000 }), fc.constantFrom('en', 'de', 'en-GB'), fc.boolean(), (year, locale, era) => {
        expect(formatYear(year, locale, era)).not.to.match(/^0(\D|$)/);
      }),
    );
  });
});
