import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { defaultZone, fromWall, isValidZone, toWall, zoneOffset } from '../../src/time/wall.js';

const hour = 3_600_000;
const minute = 60_000;

/** Clock switches of 2023, as UTC instants. */
const berlinSpring = Date.UTC(2023, 2, 26, 1); // 02:00 CET → 03:00 CEST
const berlinAutumn = Date.UTC(2023, 9, 29, 1); // 03:00 CEST → 02:00 CET
const newYorkSpring = Date.UTC(2023, 2, 12, 7); // 02:00 EST → 03:00 EDT
const newYorkAutumn = Date.UTC(2023, 10, 5, 6); // 02:00 EDT → 01:00 EST

describe('toWall', () => {
  it('reads the wall clock of an instant as UTC ms', () => {
    expect(toWall(Date.UTC(2023, 6, 1, 12), 'Europe/Berlin')).to.equal(Date.UTC(2023, 6, 1, 14));
    expect(toWall(Date.UTC(2023, 0, 1, 12), 'Europe/Berlin')).to.equal(Date.UTC(2023, 0, 1, 13));
    expect(toWall(Date.UTC(2023, 6, 1, 12), 'America/New_York')).to.equal(Date.UTC(2023, 6, 1, 8));
    expect(toWall(Date.UTC(2023, 0, 1, 12), 'America/New_York')).to.equal(Date.UTC(2023, 0, 1, 7));
    expect(toWall(Date.UTC(2023, 0, 1, 12), 'UTC')).to.equal(Date.UTC(2023, 0, 1, 12));
    expect(toWall(Date.UTC(2023, 0, 1, 12), 'Asia/Kolkata')).to.equal(Date.UTC(2023, 0, 1, 17, 30));
  });

  it('reads fixed-offset zones (UTC, Etc/GMT±N) without lookups, as luxon reads them', () => {
    const instants = fc.integer({ min: -8_640_000_000_000, max: 8_640_000_000_000 });
    const zones = fc.constantFrom('UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/GMT+5', 'Etc/GMT-14', 'Etc/GMT+12');
    fc.assert(
      fc.property(instants, zones, (instant, zone) => {
        expect(zoneOffset(instant, zone)).to.equal(Math.round(IANAZone.create(zone).offset(instant) * minute));
      }),
    );
    // Etc/GMT+5 is five hours behind UTC (POSIX sign), at any date.
    expect(toWall(Date.UTC(1850, 0, 1), 'Etc/GMT+5')).to.equal(Date.UTC(1849, 11, 31, 19));
  });

  it('switches at the exact ms of a DST change', () => {
    expect(toWall(berlinSpring - 1, 'Europe/Berlin')).to.equal(Date.UTC(2023, 2, 26, 2) - 1);
    expect(toWall(berlinSpring, 'Europe/Berlin')).to.equal(Date.UTC(2023, 2, 26, 3));
    expect(toWall(newYorkAutumn - 1, 'America/New_York')).to.equal(Date.UTC(2023, 10, 5, 2) - 1);
    expect(toWall(newYorkAutumn, 'America/New_York')).to.equal(Date.UTC(2023, 10, 5, 1));
  });

  it('switches at the exact ms of a change in the middle of a UTC hour (Lord Howe Island, +10:30 to +11:00)', () => {
    // 2023-10-01 02:00 local standard time (+10:30) is 2023-09-30 15:30 UTC.
    const switched = Date.UTC(2023, 8, 30, 15, 30);
    expect(zoneOffset(switched - 1, 'Australia/Lord_Howe')).to.equal(10.5 * hour);
    expect(zoneOffset(switched, 'Australia/Lord_Howe')).to.equal(11 * hour);
    expect(toWall(switched, 'Australia/Lord_Howe')).to.equal(Date.UTC(2023, 9, 1, 2, 30));
  });

  it('switches at the exact ms of a change inside an hour (Berlin leaving local mean time in 1893)', () => {
    // Local mean time was +0:53:28 until 1893-04-01 00:00 local, 1893-03-31 23:06:32 UTC.
    const switched = Date.UTC(1893, 2, 31, 23, 6, 32);
    expect(zoneOffset(switched - 1, 'Europe/Berlin')).to.equal(53 * minute + 28_000);
    expect(zoneOffset(switched, 'Europe/Berlin')).to.equal(hour);
    expect(toWall(switched, 'Europe/Berlin')).to.equal(Date.UTC(1893, 3, 1, 0, 6, 32));
  });

  it('agrees with Intl at random instants across five centuries', () => {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/New_York',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1700, 0, 1), max: Date.UTC(2200, 0, 1) }), instant => {
        const at = Math.floor(instant / 1000) * 1000;
        const field = (type: string) => Number(parts.formatToParts(at).find(part => part.type === type)!.value);
        const expected = new Date(0);
        expected.setUTCFullYear(field('year'), field('month') - 1, field('day'));
        expected.setUTCHours(field('hour'), field('minute'), field('second'), 0);
        expect(toWall(at, 'America/New_York')).to.equal(+expected);
      }),
    );
  });

  it('gives NaN for a non-finite instant and throws for an unknown zone', () => {
    expect(toWall(Number.NaN, 'UTC')).to.be.NaN;
    expect(() => toWall(0, 'Mars/Olympus_Mons')).to.throw(RangeError, 'invalid time zone: Mars/Olympus_Mons');
  });
});

describe('fromWall', () => {
  for (const [zone, spring, autumn] of [
    ['Europe/Berlin', berlinSpring, berlinAutumn],
    ['America/New_York', newYorkSpring, newYorkAutumn],
  ] as const) {
    it(`round-trips every instant around the DST changes in ${zone} (the repeated hour gives its first instant)`, () => {
      fc.assert(
        fc.property(fc.constantFrom(spring, autumn), fc.integer({ min: -3 * hour, max: 3 * hour }), (change, delta) => {
          const instant = change + delta;
          const wall = toWall(instant, zone);
          const back = fromWall(wall, zone);
          expect(toWall(back, zone)).to.equal(wall);
          // After clocks go back, the hour before the change is read twice: the second
          // reading (the hour after the change) maps to the first.
          const repeated = change === autumn && delta >= 0 && delta < hour;
          expect(back).to.equal(repeated ? instant - hour : instant);
        }),
      );
    });
  }

  it('reads a repeated wall time as its earlier instant', () => {
    expect(fromWall(Date.UTC(2023, 9, 29, 2, 30), 'Europe/Berlin')).to.equal(Date.UTC(2023, 9, 29, 0, 30));
    expect(fromWall(Date.UTC(2023, 10, 5, 1, 30), 'America/New_York')).to.equal(Date.UTC(2023, 10, 5, 5, 30));
  });

  it('moves a skipped wall time past the gap', () => {
    // 02:30 does not happen on these days; it is read with the winter offset: 03:30 summer time.
    expect(fromWall(Date.UTC(2023, 2, 26, 2, 30), 'Europe/Berlin')).to.equal(Date.UTC(2023, 2, 26, 1, 30));
    expect(toWall(Date.UTC(2023, 2, 26, 1, 30), 'Europe/Berlin')).to.equal(Date.UTC(2023, 2, 26, 3, 30));
    expect(fromWall(Date.UTC(2023, 2, 12, 2, 30), 'America/New_York')).to.equal(Date.UTC(2023, 2, 12, 7, 30));
  });

  it('inverts toWall at random instants in many zones', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom('Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC'),
        (instant, zone) => {
          const wall = toWall(instant, zone);
          const back = fromWall(wall, zone);
          expect(toWall(back, zone)).to.equal(wall);
          expect(back).to.be.at.most(instant);
        },
      ),
    );
  });
});

describe('isValidZone and defaultZone', () => {
  it('accepts IANA zones the browser knows, and nothing else', () => {
    expect(isValidZone('Europe/Berlin')).to.equal(true);
    expect(isValidZone('America/New_York')).to.equal(true);
    expect(isValidZone('UTC')).to.equal(true);
    expect(isValidZone('Mars/Olympus_Mons')).to.equal(false);
    expect(isValidZone('')).to.equal(false);
  });

  it('defaults to a valid zone that toWall accepts', () => {
    const zone = defaultZone();
    expect(isValidZone(zone)).to.equal(true);
    expect(Number.isFinite(toWall(Date.UTC(2023, 0, 1), zone))).to.equal(true);
  });
});
