// Order statistics of a list of samples.

/**
 * The q-quantile (0..1) of `values` by linear interpolation between closest ranks.
 *
 * @param {number[]} values
 * @param {number} q
 * @returns {number | undefined} undefined for an empty list
 */
export function quantile(values, q) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * q;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/** @param {number[]} values */
export const median = values => quantile(values, 0.5);

/** @param {number[]} values */
export const p95 = values => quantile(values, 0.95);
