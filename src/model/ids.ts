/**
 * Ids for events that have none, derived from what identifies them (title and start)
 * rather than from their position, so that they survive reordering and stay the same on
 * every read of the same data: "e-0k3v9zq". Collisions get a suffix: "e-0k3v9zq-2".
 */
import type { IdIndex } from './id-index.js';

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;
const idDigits = 7; // 2^32 in base 36 has 7 digits
const idPrefix = 'e-';
const separator = 0; // hashed between title and start, so ("ab", "c") and ("a", "bc") differ

/** 32-bit FNV-1a over UTF-16 code units, continuing from `hash`: tiny, fast, and spreads ids well enough. */
export function fnv1a(text: string, hash = fnvOffset): number {
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), fnvPrime);
  }
  return hash >>> 0;
}

/**
 * A function giving the derived id for an event with `title` and `start` (the start's
 * source), unique among `taken`, which each new id joins (with the value −1).
 */
export function idDeriver(taken: IdIndex): (title: string, start: string) => string {
  // The next suffix to try per colliding id, so that many identical events cost O(1) each.
  const suffixes = new Map<string, number>();
  return (title, start) => {
    const hash = fnv1a(start, Math.imul(fnv1a(title) ^ separator, fnvPrime));
    const base = `${idPrefix}${(hash >>> 0).toString(36).padStart(idDigits, '0')}`;
    let id = base;
    if (taken.has(id)) {
      let n = suffixes.get(base) ?? 2;
      do id = `${base}-${n++}`;
      while (taken.has(id));
      suffixes.set(base, n);
    }
    taken.add(id, -1);
    return id;
  };
}
