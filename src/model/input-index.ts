import type { TimelineEvent } from './types.js';

/**
 * How long an array kept by input index (`event.index`) must be to hold `events`: a
 * document's events, or a subset of them, come in input order, so the last holds the
 * largest index.
 */
export const inputIndexCount = (events: readonly TimelineEvent[]): number => (events.length > 0 ? events[events.length - 1].index + 1 : 0);
