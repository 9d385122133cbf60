import { expect } from '@open-wc/testing';
import { axisTicks } from '../../src/time/ticks.js';
import { tickLabel } from '../../src/time/tick-format.js';
import { yearStart } from '../../src/time/year.js';

const labels = (ticks: readonly { label: string }[]) => ticks.map(tick => tick.label);

describe('tick labels', () => {
  it('read clock times in the locale’s own 12- or 24-hour clock', () => {
    const nine = Date.UTC(2023, 7, 16, 9);
    expect(tickLabel('time', nine, 'en-GB', false)).to.equal('09:00');
    expect(tickLabel('time', nine, 'de', false)).to.equal('09:00');
    expect(tickLabel('time', nine, 'en-US', false)).to.match(/^9:00\sAM$/);
    expect(tickLabel('time', Date.UTC(2023, 7, 16, 21, 30), 'en-US', false)).to.match(/^9:30\sPM$/);
  });

  it('read days, months and years as the locale writes them, in UTC', () => {
    const day = Date.UTC(2023, 7, 16);
    expect(tickLabel('day', day, 'en-GB', false)).to.equal('16');
    expect(tickLabel('month', day, 'en-US', false)).to.equal('Aug');
    expect(tickLabel('date', day, 'en-GB', false)).to.equal('16 Aug 2023');
    expect(tickLabel('date', day, 'en-US', false)).to.equal('Aug 16, 2023');
    expect(tickLabel('monthYear', day, 'en-US', false)).to.equal('Aug 2023');
    expect(tickLabel('year', day, 'de', false)).to.equal('2023');
    // The last ms of a UTC day is still that day, whatever the browser's own zone.
    expect(tickLabel('day', Date.UTC(2023, 7, 17) - 1, 'en-GB', false)).to.equal('16');
  });

  it('name the era of years before 1 CE, and of every year when asked', () => {
    const ides = yearStart(-43) + (31 + 28 + 14) * 86_400_000;
    expect(tickLabel('monthYear', ides, 'en-US', false)).to.equal('Mar 44 BC');
    expect(tickLabel('year', ides, 'en-US', false)).to.equal('44 BC');
    expect(tickLabel('year', yearStart(0), 'en-US', false)).to.equal('1 BC');
    expect(tickLabel('year', yearStart(1000), 'en-US', true)).to.equal('1000 AD');
    expect(tickLabel('year', yearStart(1000), 'de', true)).to.equal('1000 n. Chr.');
  });
});

describe('axisTicks labels', () => {
  it('put the year under months, led by the year in progress', () => {
    const domain: [number, number] = [Date.UTC(2023, 6, 20), Date.UTC(2024, 1, 10)];
    const { ticks, context, unit } = axisTicks(domain, 800, { locale: 'en-US' });
    expect(unit).to.equal('month');
    expect(labels(ticks)).to.deep.equal(['Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb']);
    expect(context).to.deep.equal([
      { value: domain[0], label: '2023' },
      { value: Date.UTC(2024, 0, 1), label: '2024' },
    ]);
  });

  it('put the month under days, and the day under hours', () => {
    const days = axisTicks([Date.UTC(2023, 6, 29, 12), Date.UTC(2023, 7, 3, 12)], 500, { locale: 'en-GB' });
    expect(days.unit).to.equal('day');
    expect(labels(days.ticks)).to.deep.equal(['30', '31', '1', '2', '3']);
    expect(days.context).to.deep.equal([
      { value: Date.UTC(2023, 6, 29, 12), label: 'Jul 2023' },
      { value: Date.UTC(2023, 7, 1), label: 'Aug 2023' },
    ]);

    const hours = axisTicks([Date.UTC(2023, 7, 16, 8, 30), Date.UTC(2023, 7, 16, 12, 30)], 350, { locale: 'de' });
    expect(hours.unit).to.equal('hour');
    expect(labels(hours.ticks)).to.deep.equal(['09:00', '10:00', '11:00', '12:00']);
    expect(labels(hours.context)).to.deep.equal(['16. Aug. 2023']);
  });

  it('tick round historical years across the epoch: 2000 BC, 1000 BC, 1 AD, 1000 AD, 2000 AD', () => {
    const domain: [number, number] = [yearStart(-2499), yearStart(2501)];
    const en = axisTicks(domain, 600, { locale: 'en-US' });
    expect(en.unit).to.equal('year');
    expect(labels(en.ticks)).to.deep.equal(['2000 BC', '1000 BC', '1 AD', '1000 AD', '2000 AD']);
    expect(labels(axisTicks(domain, 600, { locale: 'de' }).ticks)).to.deep.equal(['2000 v. Chr.', '1000 v. Chr.', '1 n. Chr.', '1000 n. Chr.', '2000 n. Chr.']);
  });

  it('show the era on every year only when the axis reaches 1 BC', () => {
    expect(labels(axisTicks([yearStart(1000), yearStart(3001)], 600, { locale: 'en-US' }).ticks)).to.deep.equal(['1000', '1500', '2000', '2500', '3000']);
    expect(labels(axisTicks([yearStart(-6), yearStart(7)], 600, { locale: 'en-US' }).ticks)).to.deep.equal([
      '6 BC', '4 BC', '2 BC', '2 AD', '4 AD', '6 AD',
    ]);
  });

  it('start weeks on the locale’s first day where the browser knows it', () => {
    const domain: [number, number] = [Date.UTC(2023, 7, 1), Date.UTC(2023, 8, 30)];
    const gb = axisTicks(domain, 700, { locale: 'en-GB' });
    expect(gb.unit).to.equal('week');
    // Mondays: 7, 14, 21, 28 August 2023.
    expect(gb.ticks.every(tick => new Date(tick.value).getUTCDay() === 1)).to.equal(true);
    expect(labels(gb.ticks).slice(0, 4)).to.deep.equal(['7', '14', '21', '28']);
  });
});
