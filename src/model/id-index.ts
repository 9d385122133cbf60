/**
 * Event ids to numbers (where the event is: its input index, or its place among the
 * drawn events), in an open-addressing table under our own hash of the id: the FNV-1a
 * that derived ids are made with (ids.ts), and linear probing.
 *
 * Why not a `Map`: a Map hashes a string key the first time it meets that string, in
 * the engine's runtime, and the ids of a document just read are all strings it has
 * never met. Measured in headless Chromium (100,000 ids "e1" … "e100000", new in a
 * fresh page, 4 rounds): a Map's get and set of each id 42–80 ms, the same over ids it
 * had hashed before 8–16 ms, this table 11–19 ms. Checking ids for duplicates that way
 * was ~40 ms of loading 100,000 events.
 */
import { fnv1a } from './ids.js';

/** Looking ids up (what the layout and the element need of an index). */
export interface IdLookup {
  /** The number `id` was added with, or undefined when it was not. */
  get(id: string): number | undefined;
  has(id: string): boolean;
}

export class IdIndex implements IdLookup {
  /** The ids by slot (undefined: a free slot); a power of two long, at most half full. */
  private keys: (string | undefined)[] = [];
  private values = new Int32Array(0);
  private count = 0;

  /** An index with room for `expected` ids before it grows. */
  constructor(expected = 0) {
    this.allocate(slotsFor(expected));
  }

  /** The index of `ids`, each to its place in the list (a later duplicate keeps the first place). */
  static of(ids: readonly string[]): IdIndex {
    const index = new IdIndex(ids.length);
    for (let i = 0; i < ids.length; i++) index.add(ids[i], i);
    return index;
  }

  /** How many ids it holds. */
  get size(): number {
    return this.count;
  }

  get(id: string): number | undefined {
    const slot = this.slotOf(id);
    return this.keys[slot] === undefined ? undefined : this.values[slot];
  }

  has(id: string): boolean {
    return this.keys[this.slotOf(id)] !== undefined;
  }

  /** Adds `id` with `value`, unless it is there: then the value it has (and it keeps it), else undefined. */
  add(id: string, value: number): number | undefined {
    let slot = this.slotOf(id);
    if (this.keys[slot] !== undefined) return this.values[slot];
    if (2 * (this.count + 1) > this.keys.length) {
      this.grow();
      slot = this.slotOf(id);
    }
    this.keys[slot] = id;
    this.values[slot] = value;
    this.count++;
    return undefined;
  }

  /** The slot holding `id`, or the free slot where it would go. */
  private slotOf(id: string): number {
    const mask = this.keys.length - 1;
    let slot = fnv1a(id) & mask;
    for (;;) {
      const key = this.keys[slot];
      if (key === undefined || key === id) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private allocate(slots: number): void {
    this.keys = new Array<string | undefined>(slots).fill(undefined);
    this.values = new Int32Array(slots);
  }

  private grow(): void {
    const { keys, values } = this;
    this.allocate(keys.length * 2);
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot];
      if (key === undefined) continue;
      const free = this.slotOf(key);
      this.keys[free] = key;
      this.values[free] = values[slot];
    }
  }
}

/** Slots for `count` ids: a power of two, at least twice as many (and at least 8). */
function slotsFor(count: number): number {
  let slots = 8;
  while (slots < 2 * count) slots *= 2;
  return slots;
}
