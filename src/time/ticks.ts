/**
 * Axis ticks for a wall-clock domain at a pixel width: the finest rung of the ladder
 * (tick-ladder.ts) whose ticks are at least `minSpacing` px apart and whose widest
 * label fits between its neighbours, so labels never collide, at any width and any
 * zoom from minutes to the whole Date range. Under the ticks, a coarser context row
 * ("2023" under "Aug", "Sep") says which day, month or year the reader is in.
 *
 * Spacing is judged on each rung's shortest gap (28 days for months), not on the
 * ticks in view, so panning at one zoom keeps the rung; only labels that grow wider
 * (years gaining a digit or an era) can move it up. Called on every frame of a zoom:
 * it makes a few dozen ticks and labels per rung it tries (usually one or two), with
 * cached Intl formats.
 */
import { yearOf } from '../model/calendar.js';
import { type LabelKind, tickLabel } from './tick-format.js';
import { type ContextRow, intervalTicks, ladder, type Rung, type TickUnit } from './tick-ladder.js';

export type { TickUnit } from './tick-ladder.js';

/** One labelled tick; `value` is wall-clock ms (see wall.ts). */
export interface Tick {
  readonly value: number;
  readonly label: string;
}

/** Options of `axisTicks`. */
export interface TickOptions {
  /** A BCP 47 locale for the labels; undefined is the runtime's default. */
  locale?: string;
  /** The least distance between two ticks, px (Observable Plot's `tickSpacing`). */
  minSpacing?: number;
  /** The width of a label in px; the default estimates 12 px text. */
  measure?: (text: string) => number;
}

/** What `axisTicks` returns. */
export interface AxisTicks {
  /** The ticks, ascending, inside the domain. */
  readonly ticks: readonly Tick[];
  /** The coarser row: the start of each context period in the domain, led by the period in progress at the domain's start. */
  readonly context: readonly Tick[];
  /** The unit the ticks step by. */
  readonly unit: TickUnit;
}

/** Observable Plot's default tick spacing, px. */
export const defaultMinSpacing = 80;
/** Free space kept between two labels, px. */
export const labelPadding = 8;
/** Width of one character of 12 px sans-serif text, about 0.6 em. */
const defaultCharWidth = 0.6 * 12;

/** The default label measure: an estimate from the length, for when no canvas is at hand. */
export const defaultMeasure = (text: string): number => text.length * defaultCharWidth;

/** Labels ticks of one kind, with the era on year labels when the axis crosses into BCE. */
const labelled = (values: readonly number[], kind: LabelKind, locale: string | undefined, era: boolean): Tick[] =>
  values.map(value => ({ value, label: tickLabel(kind, value, locale, era) }));

/** The widest label, px. */
function widest(ticks: readonly Tick[], measure: (text: string) => number): number {
  let width = 0;
  for (const tick of ticks) width = Math.max(width, measure(tick.label));
  return width;
}

/**
 * The context row: a tick at the start of each context period in [start, stop], led
 * by one at `start` for the period already in progress there.
 */
function contextTicks(row: ContextRow, start: number, stop: number, locale: string | undefined, era: boolean): Tick[] {
  const { interval, label } = row;
  const ticks = labelled(intervalTicks(interval, start, stop), label, locale, era);
  // A context label names its whole period, so the start itself labels the period in progress.
  if (ticks[0]?.value !== start) ticks.unshift({ value: start, label: tickLabel(label, start, locale, era) });
  return ticks;
}

/**
 * Drops ticks, left to right, until each label clears its neighbour: the last resort
 * when even the coarsest rung is too dense (a very narrow axis).
 */
function thinned(ticks: readonly Tick[], x: (value: number) => number, measure: (text: string) => number, minSpacing: number): Tick[] {
  const kept: Tick[] = [];
  for (const tick of ticks) {
    const previous = kept[kept.length - 1];
    const room = previous ? x(tick.value) - x(previous.value) : Infinity;
    if (!previous || room >= Math.max(minSpacing, (measure(previous.label) + measure(tick.label)) / 2 + labelPadding)) kept.push(tick);
  }
  return kept;
}

/**
 * Whether `px` of spacing is room for `need`, to within a millionth of a px: `stop − start`
 * is rounded differently as the domain pans, and a rung exactly at `minSpacing` (2 hours
 * in 320 px, 80 px a half hour) would then come and go from one pan step to the next
 * (fast-check found it).
 */
const fits = (px: number, need: number): boolean => px >= need - 1e-6;

/**
 * Ticks for the wall-clock `domain` drawn `width` px wide: the finest rung whose
 * ticks are `minSpacing` px apart (default 80) and whose widest label, by `measure`,
 * fits with `labelPadding` to spare; labels in `locale`. Year labels show the era
 * when the domain starts in or before 1 BCE (see year-ticks.ts for where multi-year
 * ticks fall around the epoch). An empty axis for a zero width or an empty domain.
 */
export function axisTicks(domain: readonly [number, number], width: number, options: TickOptions = {}): AxisTicks {
  const { locale, minSpacing = defaultMinSpacing, measure = defaultMeasure } = options;
  const [start, stop] = domain;
  if (!(width > 0) || !(stop > start) || !Number.isFinite(start) || !Number.isFinite(stop)) {
    return { ticks: [], context: [], unit: ladder[0].unit };
  }
  const pxPerMs = width / (stop - start);
  const era = yearOf(start) <= 0;
  const result = (rung: Rung, ticks: Tick[]): AxisTicks => ({
    ticks,
    context: rung.context ? contextTicks(rung.context, start, stop, locale, era) : [],
    unit: rung.unit,
  });

  const first = ladder.findIndex(rung => fits(rung.gap * pxPerMs, minSpacing));
  for (let i = first < 0 ? ladder.length : first; i < ladder.length; i++) {
    const rung = ladder[i];
    const ticks = labelled(rung.ticks(start, stop, locale), rung.label, locale, era);
    // Two neighbours are at least `gap` apart, so the widest label decides for all.
    if (fits(rung.gap * pxPerMs, Math.max(minSpacing, widest(ticks, measure) + labelPadding))) return result(rung, ticks);
  }
  const coarsest = ladder[ladder.length - 1];
  const ticks = labelled(coarsest.ticks(start, stop, locale), coarsest.label, locale, era);
  return result(coarsest, thinned(ticks, value => (value - start) * pxPerMs, measure, minSpacing));
}
