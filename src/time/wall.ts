/**
 * Wall-clock time: epoch ms of the clock on the wall in a time zone, read as if it
 * were UTC. The axis works in wall-clock ms so that d3's UTC intervals and UTC
 * formats give local ticks and labels, and calendar dates (already wall-clock values)
 * are never shifted. Offsets come from luxon (the browser's IANA data) and are cached
 * per zone and hour, because prepare() converts every event of a document.
 */
import { IANAZone, SystemZone } from 'luxon';

const msPerMinute = 60_000;
const msPerHour = 3_600_000;
const msPerDay = 86_400_000;
/** The zone `defaultZone` falls back to when luxon's default is not an IANA zone. */
const fallbackZone = 'UTC';
/** Hours cached per zone before the cache starts afresh (about 1 MB at most). */
const maxCachedHours = 20_000;

/** One zone and the offsets (ms) it has at the first ms of each hour asked about, by hour number. */
interface ZoneOffsets {
  readonly zone: IANAZone;
  readonly hourStarts: Map<number, number>;
  /** The offset of a zone that never changes it (UTC, Etc/GMT+5): no lookups at all. */
  readonly fixed?: number;
}

/** IANA's fixed-offset zones: UTC under its names, and the Etc/GMT±N zones. */
const fixedZone = /^(?:Etc\/)?(?:UTC|UCT|GMT|GMT0|GMT[+-]0|Greenwich|Universal|Zulu)$|^Etc\/GMT[+-]\d{1,2}$/;

const zones = new Map<string, ZoneOffsets>();

function offsetsOf(name: string): ZoneOffsets {
  let offsets = zones.get(name);
  if (!offsets) {
    const zone = IANAZone.create(name);
    if (!zone.isValid) throw new RangeError(`invalid time zone: ${name}`);
    offsets = { zone, hourStarts: new Map(), fixed: fixedZone.test(name) ? exactOffset(zone, 0) : undefined };
    zones.set(name, offsets);
  }
  return offsets;
}

/** The zone's exact offset (ms, rounded to whole ms: LMT offsets have seconds) at an instant; a luxon call. */
const exactOffset = (zone: IANAZone, epochMs: number): number => Math.round(zone.offset(epochMs) * msPerMinute);

/** The offset at the first ms of hour `hour`, cached. */
function hourStart({ zone, hourStarts }: ZoneOffsets, hour: number): number {
  let offset = hourStarts.get(hour);
  if (offset === undefined) {
    offset = exactOffset(zone, hour * msPerHour);
    if (hourStarts.size >= maxCachedHours) hourStarts.clear();
    hourStarts.set(hour, offset);
  }
  return offset;
}

/**
 * The offset (ms) of `zone` at an instant: wall clock minus UTC. Throws a RangeError
 * for an unknown zone.
 */
export function zoneOffset(epochMs: number, zone: string): number {
  const offsets = offsetsOf(zone);
  if (offsets.fixed !== undefined) return offsets.fixed;
  const hour = Math.floor(epochMs / msPerHour);
  const offset = hourStart(offsets, hour);
  // Clocks never change twice within an hour, so an hour that starts with the same
  // offset as the next one keeps it throughout. An hour that ends in a change (a DST
  // switch, or local mean time ending at an odd second) is worked out to the ms.
  // Consecutive hours share their boundary, so a run of events costs one luxon call an hour.
  return offset === hourStart(offsets, hour + 1) ? offset : exactOffset(offsets.zone, epochMs);
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
 * The zone shown when none is asked for: the viewer's (luxon's system zone), as
 * model/format.ts uses, or UTC when that is not an IANA zone. (Not luxon's
 * `Settings.defaultZone`: reading Settings pulls all of luxon, DateTime included, into
 * the bundle, about 17 kB gzipped, for a setting only a page sharing our luxon could
 * change; such a page sets the `time-zone` attribute instead.)
 */
export function defaultZone(): string {
  const name = SystemZone.instance.name;
  return isValidZone(name) ? name : fallbackZone;
}
