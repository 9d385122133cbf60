/**
 * Event density for the overview strip: how many events start in each of `bins`
 * equal slices of `domain` (wall-clock ms), from the prepared start times (sorted or
 * not). One pass, no allocation beyond the counts.
 */
export function density(starts: Float64Array, [t0, t1]: readonly [number, number], bins: number): Uint32Array {
  const counts = new Uint32Array(Math.max(1, bins));
  const k = counts.length / (t1 - t0 || 1);
  for (let i = 0; i < starts.length; i++) {
    const bin = Math.floor((starts[i] - t0) * k);
    if (bin >= 0 && bin < counts.length) counts[bin]++;
  }
  return counts;
}

/**
 * An SVG path of the counts as bars on a square-root scale (so one event among
 * thousands still shows), `width` × `height` px, baseline at the bottom.
 */
export function densityPath(counts: Uint32Array, width: number, height: number): string {
  let max = 0;
  for (const count of counts) max = Math.max(max, count);
  if (max === 0) return '';
  const w = width / counts.length;
  const parts: string[] = [];
  counts.forEach((count, i) => {
    if (count === 0) return;
    const h = Math.max(1, (Math.sqrt(count) / Math.sqrt(max)) * height);
    parts.push(`M${(i * w).toFixed(1)},${height}v${(-h).toFixed(1)}h${Math.max(1, w - 0.5).toFixed(1)}v${h.toFixed(1)}z`);
  });
  return parts.join('');
}
