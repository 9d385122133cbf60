import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { epochTickStep, roundYears, shortestYearGap, yearTicks } from '../../src/time/year-ticks.js';
import { historicalYear, yearStart } from '../../src/time/year.js';

const steps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000, 200_000];

describe('roundYears', () => {
  it('ticks 2000 BCE, 1000 BCE, 1 CE, 1000, 2000 for a 1000-year step', () => {
    expect(roundYears(1000, -2499, 2500)).to.deep.equal([-1999, -999, 1, 1000, 2000]);
  });

  it('leaves the hole at the epoch for small steps rather than crowd "1 CE" next to "2 CE"', () => {
    expect(roundYears(2, -5, 5)).to.deep.equal([-5, -3, -1, 2, 4]);
    expect(roundYears(5, -12, 12)).to.deep.equal([-9, -4, 5, 10]);
  });

  it('ticks every year across the epoch for a 1-year step: 2 BCE, 1 BCE, 1 CE', () => {
    expect(roundYears(1, -1, 2)).to.deep.equal([-1, 0, 1, 2]);
  });

  it('ticks only CE or only BCE years when the range stays on one side', () => {
    expect(roundYears(10, 1981, 2019)).to.deep.equal([1990, 2000, 2010]);
    expect(roundYears(100, -550, -150)).to.deep.equal([-499, -399, -299, -199]);
  });

  it('falls on round historical years, ascending, at least the shortest gap apart', () => {
    fc.assert(
      fc.property(fc.constantFrom(...steps), fc.integer({ min: -271_000, max: 275_000 }), fc.integer({ min: 0, max: 60 }), (step, first, count) => {
        const last = Math.min(275_000, first + count * step);
        const years = roundYears(step, first, last);
        years.forEach((year, i) => {
          expect(year).to.be.within(first, last);
          const { year: historical } = historicalYear(year);
          const epochTick = year === 1 && step >= epochTickStep;
          expect(epochTick || historical % step === 0, `${year} for step ${step}`).to.equal(true);
          if (i > 0) expect(year - years[i - 1]).to.be.at.least(shortestYearGap(step));
        });
        // Nothing round is missed: the ticks are at most one step apart, or two across the epoch.
        for (let i = 1; i < years.length; i++) expect(years[i] - years[i - 1]).to.be.at.most(2 * step);
      }),
    );
  });
});

describe('yearTicks', () => {
  it('gives the starts of the round years inside the domain', () => {
    expect(yearTicks(1000, yearStart(-2499) + 1, yearStart(2000))).to.deep.equal([yearStart(-1999), yearStart(-999), yearStart(1), yearStart(1000), yearStart(2000)]);
  });
});
