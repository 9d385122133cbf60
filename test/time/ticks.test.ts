import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { axisTicks, defaultMeasure, defaultMinSpacing, labelPadding, type AxisTicks, type TickOptions } from '../../src/time/ticks.js';
import { formatYear } from '../../src/time/year.js';

const minute = 60_000;
const day = 86_400_000;
const year = 365.2425 * day;
/** The Date range, ms either side of 1970. */
const maxTime = 8.64e15;

const spans: [string, number][] = [
  ['10 minutes', 10 * minute],
  ['2 hours', 120 * minute],
  ['3 days', 3 * day],
  ['2 weeks', 14 * day],
  ['3 months', 91 * day],
  ['2 years', 2 * year],
  ['40 years', 40 * year],
  ['700 years', 700 * year],
  ['5,000 years', 5000 * year],
  ['200,000 years', 200_000 * year],
];
const widths = [320, 1200, 4000];
const locales = ['en-GB', 'en-US', 'de'];
/** A wider measure than the default: about 16 px text. */
const wideMeasure = (text: string) => text.length * 9.5;

/** What must hold for every axis: the properties the renderer relies on. */
function checkAxis({ ticks, context, unit }: AxisTicks, domain: [number, number], width: number, options: TickOptions = {}) {
  const { locale, measure = defaultMeasure, minSpacing = defaultMinSpacing } = options;
  const [start, stop] = domain;
  const x = (value: number) => ((value - start) / (stop - start)) * width;
  const where = (i: number) => `${ticks[i - 1].label} | ${ticks[i].label} (${unit}, ${width} px)`;
  ticks.forEach((tick, i) => {
    expect(tick.value).to.be.within(start, stop);
    expect(tick.label).not.to.match(/(^|[^\d.,:])0($|[^\d.,:])/, 'a year 0');
    if (i === 0) return;
    expect(tick.value).to.be.greaterThan(ticks[i - 1].value);
    const room = x(tick.value) - x(ticks[i - 1].value);
    expect(room, where(i)).to.be.at.least(minSpacing - 1e-6);
    expect(room, where(i)).to.be.at.least((measure(tick.label) + measure(ticks[i - 1].label)) / 2 + labelPadding - 1e-6);
  });
  if (unit === 'year') {
    // Year labels say it all; they show the era on every label once the axis reaches 1 BCE.
    expect(context).to.deep.equal([]);
    const era = new Date(start).getUTCFullYear() <= 0;
    for (const tick of ticks) expect(tick.label).to.equal(formatYear(new Date(tick.value).getUTCFullYear(), locale, era));
    return;
  }
  // The context row: the period in progress at the start, then each period's start.
  expect(context.length).to.be.at.least(1);
  expect(context[0].value).to.equal(start);
  context.forEach((tick, i) => {
    expect(tick.value).to.be.within(start, stop);
    if (i > 0) expect(tick.value).to.be.greaterThan(context[i - 1].value);
  });
  // Coarser: never more context periods than ticks (plus one: a window narrower than a
  // tick step, holding no tick, may still cross a period's start), and each starts a
  // day, month or year.
  expect(context.length - 1).to.be.at.most(ticks.length + 1);
  for (const { value } of context.slice(1)) {
    const date = new Date(value);
    expect(date.getUTCHours() + date.getUTCMinutes()).to.equal(0);
    if (unit !== 'minute' && unit !== 'hour') expect(date.getUTCDate()).to.equal(1);
    if (unit === 'month') expect(date.getUTCMonth()).to.equal(0);
  }
}

describe('axisTicks', () => {
  for (const width of widths) {
    for (const [name, span] of spans) {
      it(`labels ${name} at ${width} px without collisions`, () => {
        const start = Date.UTC(2023, 7, 16, 9, 3) - span / 2;
        const domain: [number, number] = [Math.max(-maxTime, start), Math.max(-maxTime, start) + span];
        for (const locale of locales) {
          const axis = axisTicks(domain, width, { locale });
          checkAxis(axis, domain, width, { locale });
          expect(axis.ticks.length, `${locale}: ${axis.ticks.map(t => t.label)}`).to.be.within(2, width / 80 + 1);
        }
      });
    }
  }

  it('picks finer units for wider axes and shorter spans', () => {
    const units = spans.map(([, span]) => axisTicks([0, span], 1200).unit);
    expect(units).to.deep.equal(['minute', 'minute', 'hour', 'day', 'week', 'month', 'year', 'year', 'year', 'year']);
    const byWidth = widths.map(width => axisTicks([0, 91 * day], width).unit);
    expect(byWidth).to.deep.equal(['month', 'week', 'day']);
  });

  it('holds at any span, position, width, locale and label measure', () => {
    fc.assert(
      fc.property(
        fc.double({ min: Math.log(10 * minute), max: Math.log(200_000 * year), noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 200, max: 5000 }),
        fc.constantFrom(...locales),
        fc.constantFrom(defaultMeasure, wideMeasure),
        fc.constantFrom(60, 80, 120),
        (logSpan, where, width, locale, measure, minSpacing) => {
          const span = Math.exp(logSpan);
          const start = -maxTime + where * (2 * maxTime - span);
          const domain: [number, number] = [start, start + span];
          const options = { locale, measure, minSpacing };
          checkAxis(axisTicks(domain, width, options), domain, width, options);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the tick step while panning at a fixed zoom', () => {
    const step = ({ ticks }: AxisTicks) => Math.min(...ticks.slice(1).map((tick, i) => tick.value - ticks[i].value));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.constantFrom(...widths), fc.double({ min: -5e12, max: 5e12, noNaN: true }), (which, width, shift) => {
        const span = spans[which][1];
        const here = axisTicks([0, span], width);
        const there = axisTicks([shift, shift + span], width);
        expect(there.unit).to.equal(here.unit);
        // Steps of a unit are fixed except for the length of months and years.
        if (here.unit !== 'month' && here.unit !== 'year') expect(step(there)).to.equal(step(here));
      }),
    );
  });

  it('keeps a rung that fits exactly while panning: 2 hours in 320 px, half hours 80 px apart', () => {
    const span = 120 * minute;
    for (const shift of [0, 3518111.8729523337, 1e12 + 0.1, -5e12 + 7]) expect(axisTicks([shift, shift + span], 320).unit, `shifted ${shift} ms`).to.equal('minute');
  });

  it('may show a period starting in a window that holds no tick (4.4 days at 200 px)', () => {
    const start = Date.UTC(2023, 4, 30, 12);
    const axis = axisTicks([start, start + 4.4 * day], 200, { locale: 'en-GB', minSpacing: 120 });
    checkAxis(axis, [start, start + 4.4 * day], 200, { locale: 'en-GB', minSpacing: 120 });
    expect(axis.ticks).to.deep.equal([]);
    expect(axis.context.map(tick => tick.label)).to.deep.equal(['May 2023', 'Jun 2023']);
  });

  it('thins the coarsest ticks when even they do not fit', () => {
    const domain: [number, number] = [-maxTime, maxTime];
    const axis = axisTicks(domain, 60);
    checkAxis(axis, domain, 60);
    expect(axis.ticks.length).to.be.at.most(1);
  });

  it('is empty for a zero width or an empty domain', () => {
    expect(axisTicks([0, day], 0).ticks).to.deep.equal([]);
    expect(axisTicks([day, day], 800).ticks).to.deep.equal([]);
    expect(axisTicks([Number.NaN, day], 800).ticks).to.deep.equal([]);
  });

  it('labels the first and last minutes to years of the Date range', () => {
    for (const [name, span] of spans.slice(0, -1)) {
      for (const domain of [
        [-maxTime, -maxTime + span],
        [maxTime - span, maxTime],
      ] as [number, number][]) {
        const axis = axisTicks(domain, 1200, { locale: 'en-GB' });
        checkAxis(axis, domain, 1200, { locale: 'en-GB' });
        expect(axis.ticks.length, `${name} from ${domain[0]}`).to.be.at.least(2);
      }
    }
  });
});
