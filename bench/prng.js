// A small seeded PRNG, so that every run (and both libraries) sees the same data.
// Plain ESM with no imports: loaded by Node and by the bench page alike.

/**
 * mulberry32: a 32-bit seeded generator with a good enough spread for test data.
 *
 * @param {number} seed any 32-bit integer
 * @returns {() => number} a function returning floats in [0, 1)
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An integer in [min, max] drawn from `random`.
 *
 * @param {() => number} random
 * @param {number} min
 * @param {number} max
 */
export const randomInt = (random, min, max) => min + Math.floor(random() * (max - min + 1));
