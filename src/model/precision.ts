import type { Precision } from './types.js';

/** Every precision, coarsest first. */
export const precisions: readonly Precision[] = ['millennium', 'century', 'decade', 'year', 'season', 'month', 'day', 'minute', 'second'];

const rank = new Map(precisions.map((precision, i) => [precision, i]));

/** The finer of two precisions: "day" for ("year", "day"). */
export function finerPrecision(a: Precision, b: Precision): Precision {
  return rank.get(a)! >= rank.get(b)! ? a : b;
}

/** True for precisions coarser than a day (a point known only to a month, a year, …). */
export function isCoarserThanDay(precision: Precision): boolean {
  return rank.get(precision)! < rank.get('day')!;
}
