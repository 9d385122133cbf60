/**
 * Values worked out once per event and kept by the event's index (its place in the
 * prepared document): a flat array, not a Map. A Map keyed by index rehashes itself
 * whole each time it doubles, and a zoom into a new stretch of 100,000 events adds
 * hundreds of labels at once: the one step that took the labels past 65,536 entries
 * paid ~10 ms for it (CPU profile of the bench's zoomTo series; bench/README.md).
 */
export class PerEvent<T> {
  private slots: (T | undefined)[] = [];
  private size = 0;

  /** Forgets every value; indices below `size` (default: as before) may be stored. */
  clear(size = this.size): void {
    this.size = size;
    this.slots = [];
  }

  get(index: number): T | undefined {
    return this.slots[index];
  }

  set(index: number, value: T): void {
    // Allocated whole on first use, packed: filling it index by index at random would
    // leave V8 a sparse (dictionary) array, a hash table again.
    if (this.slots.length < this.size) this.slots = new Array<T | undefined>(this.size).fill(undefined);
    this.slots[index] = value;
  }
}
