/**
 * Wall-clock time: epoch ms of the clock on the wall in a time zone, read as if it
 * were UTC. The axis works in wall-clock ms so that d3's UTC intervals and UTC
 * formats give local ticks and labels, and calendar dates (already wall-clock values)
 * are never shifted. Offsets come from luxon (the browser's IANA data) and are cached
 * per zone and hour, because prepare() converts every event of a document.
 */
import { IANAZone, Settings } from 'luxon';

const msPerMinute = 60_000;
const msPerHour = 3_600_000;
const msPerDay = 86_400_000;
/** The zone `defaultZone` falls back to when luxon's default is not an IANA zone. */
const fallbackZone = 'UTC';
/** Cached hours per zone before the cache starts afresh (a few MB at most). */
const maxCachedHours = 200_000;
/**
 * Marks an hour in which the offset changes (a DST switch or an LMT change at an odd
 * minute): such hours are computed exactly on every call, never from the cache.
 */
const mixedHour = Number.NaN;

/** Offsets of one zone: the offset (ms) in force through each whole hour, by hour number. */
interface ZoneOffsets {
  readonly zone: IANAZone;
  readonly hours: Map<number, number>;
}

const zones = new Map<string, ZoneOffsets>();

function offsetsOf(name: string): ZoneOffsets {
  let offsets = zones.get(name);
  if (!offsets) {
    const zone = IANAZone.create(name);
    if (!zone.isValid) throw new RangeError(`invalid time zone: ${name}`);
    offsets = { zone, hours: new Map() };
    zones.set(name, offsets);
  }
  return offsets;
}

/** The zone's exact offset (ms, rounded to whole ms: LMT offsets have seconds) at an instant. */
const exactOffset = (zone: IANAZone, epochMs: number): number => Math.round(zone.offset(epochMs) * msPerMinute);

/** The offset through hour `hour`, or `mixedHour` when it changes within that hour. */
function hourOffset(offsets: ZoneOffsets, hour: number): number {
  const { zone, hours } = offsets;
  let offset = hours.get(hour);
  if (offset === undefined) {
    const atStart = exactOffset(zone, hour * msPerHour);
    // The offset at the last ms of the hour: equal to the start's unless a switch falls inside.
    const atEnd = exactOffset(zone, (hour + 1) * msPerHour - 1);
    offset = atStart === atEnd ? atStart : mixedHour;
    if (hours.size >= maxCachedHours) hours.clear();
    hours.set(hour, offset);
  }
  return offset;
}

/**
 * The offset (ms) of `zone` at an instant: wall clock minus UTC. Throws a RangeError
 * for an unknown zone.
 */
export function zoneOffset(epochMs: number, zone: string): number {
  const offsets = offsetsOf(zone);
  const offset = hourOffset(offsets, Math.floor(epochMs / msPerHour));
  return Number.isNaN(offset) ? exactOffset(offsets.zone, epochMs) : offset;
}

/**
 * The wall-clock value of an instant in an IANA zone: the local date and time read as
 * UTC epoch ms. `toWall(Date.UTC(2023, 6, 1, 12), 'Europe/Berlin')` is
 * `Date.UTC(2023, 6, 1, 14)`. Throws a RangeError for an unknown zone; a non-finite
 * input gives NaN.
 */
export function toWall(epochMs: number, zone: string): number {
  if (!Number.isFinite(epochMs)) return Number.NaN;
  return epochMs + zoneOffset(epochMs, zone);
}

/**
 * The instant whose wall clock in `zone` reads `wallMs` (the inverse of `toWall`, for
 * times given to the API). Wall times that happen twice (clocks set back) give the
 * earlier instant; wall times that never happen (clocks set forward) are read with the
 * offset before the switch, so they land just after it, as Temporal's "compatible"
 * disambiguation does. Throws a RangeError for an unknown zone.
 */
export function fromWall(wallMs: number, zone: string): number {
  if (!Number.isFinite(wallMs)) return Number.NaN;
  // Offsets lie within ±1 day, so these two instants bracket any switch near wallMs.
  const before = wallMs - zoneOffset(wallMs - msPerDay, zone);
  const after = wallMs - zoneOffset(wallMs + msPerDay, zone);
  const beforeFits = toWall(before, zone) === wallMs;
  const afterFits = toWall(after, zone) === wallMs;
  if (beforeFits && afterFits) return Math.min(before, after);
  if (afterFits) return after;
  if (beforeFits) return before;
  // Neither offset reads back: a gap. The offset in force just before it carries the
  // wall time past the gap. (With no switch nearby, `before` always fits.)
  return before;
}

/** Whether `zone` is an IANA time zone name the browser knows ("Europe/Berlin", "UTC"). */
export function isValidZone(zone: string): boolean {
  return typeof zone === 'string' && zone !== '' && IANAZone.isValidZone(zone);
}

/**
 * The zone shown when none is asked for: luxon's `Settings.defaultZone` (the viewer's
 * zone unless the page set another), as model/format.ts uses, or UTC when that is not
 * an IANA zone (a fixed offset, say).
 */
export function defaultZone(): string {
  const name = Settings.defaultZone.name;
  return isValidZone(name) ? name : fallbackZone;
}
