import { finerPrecision } from './precision.js';
import type { TimelineDate } from './types.js';

/**
 * The smallest date covering `a` and `b`: the finer precision, and every qualifier of
 * either. It is a calendar date only when both are. The source is `a`'s: callers set
 * their own.
 */
export function extent(a: TimelineDate, b: TimelineDate): TimelineDate {
  return {
    source: a.source,
    earliest: Math.min(a.earliest, b.earliest),
    latest: Math.max(a.latest, b.latest),
    precision: finerPrecision(a.precision, b.precision),
    approximate: a.approximate || b.approximate,
    uncertain: a.uncertain || b.uncertain,
    unspecified: a.unspecified || b.unspecified,
    calendar: a.calendar && b.calendar,
  };
}
