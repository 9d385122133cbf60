/**
 * Keyboard navigation over events, as a pure function: which event a key moves to
 * from the events that have focus now (a mark's one event, or a cluster's).
 */
import { bisector } from 'd3-array';
import type { Prepared } from './prepare.js';

/** A key that moves focus between events. */
export type Move = 'previous' | 'next' | 'lane-up' | 'lane-down' | 'first' | 'last';

const byStart = bisector((t: number) => t);

/**
 * The event to move to. `current` is what has focus (in time order), `firstVisible`
 * where ← and → begin when nothing has, and `centre` the time ↑ and ↓ aim for then.
 * Undefined when focus stays where it is: there is no event at all, or no lane further
 * up or down.
 */
export function moveTarget(move: Move, prepared: Prepared, current: ArrayLike<number> | undefined, firstVisible: number | undefined, centre: number): number | undefined {
  const { order, rank } = prepared;
  const n = order.length;
  if (n === 0) return undefined;
  switch (move) {
    case 'first':
      return order[0];
    case 'last':
      return order[n - 1];
    case 'next':
    case 'previous': {
      if (!current || current.length === 0) return firstVisible ?? order[0];
      const to = move === 'next' ? rank[current[current.length - 1]] + 1 : rank[current[0]] - 1;
      return order[Math.max(0, Math.min(n - 1, to))];
    }
    default:
      return neighbourInLane(prepared, current, move === 'lane-up' ? -1 : 1, centre);
  }
}

/**
 * The event in the nearest non-empty lane above or below whose start is nearest in time
 * to what has focus: a mark's start, or the middle of a cluster's starts (its first
 * event's start made every ↑ or ↓ from a cluster spanning months land months earlier:
 * at 100,000 events each press moved the view back a quarter of a year). With nothing
 * focused, nearest to `centre`; undefined at the edge, where focus stays.
 */
function neighbourInLane(prepared: Prepared, current: ArrayLike<number> | undefined, step: -1 | 1, centre: number): number | undefined {
  const laneCount = prepared.lanes.length;
  const focused = current && current.length > 0 ? current : undefined;
  const time = focused ? (prepared.startEarliest[focused[0]] + prepared.startEarliest[focused[focused.length - 1]]) / 2 : centre;
  let lane = focused ? prepared.laneOf[focused[0]] : step > 0 ? -1 : laneCount;
  for (lane += step; lane >= 0 && lane < laneCount; lane += step) {
    const { members, starts } = prepared.lanes[lane];
    if (members.length === 0) continue;
    const i = byStart.center(starts, time);
    return members[Math.max(0, Math.min(members.length - 1, i))];
  }
  return undefined;
}
