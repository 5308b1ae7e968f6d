/**
 * Order statistics the trend engine is built on. Everything here is O(n log n) at most and
 * allocation-light, because a page of 60 listings can ask for dozens of fits.
 */

/** The median of `values` (NaN when empty). Does not modify its input. */
export function median(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  const mid = n >> 1;
  return n % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The weighted median: the value at which the cumulative weight reaches half of the total; when
 * the weight splits exactly in half, the mean of the two middle values, so equal weights give the
 * ordinary median. Entries with zero weight are ignored; NaN when no weight is positive.
 */
export function weightedMedian(values: ArrayLike<number>, weights: ArrayLike<number>): number {
  const n = values.length;
  const order = new Uint32Array(n);
  let total = 0;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    if (w > 0) {
      order[m++] = i;
      total += w;
    }
  }
  if (m === 0) return Number.NaN;
  const idx = order.subarray(0, m).sort((a, b) => (values[a] as number) - (values[b] as number));
  const half = total / 2;
  let acc = 0;
  for (let k = 0; k < m; k++) {
    const i = idx[k] as number;
    acc += weights[i] as number;
    // A hair of tolerance so that floating-point sums of equal weights still split evenly.
    if (acc >= half - 1e-12 * total) {
      if (Math.abs(acc - half) <= 1e-12 * total && k + 1 < m) {
        // Exactly half the weight on each side: average the two middle values, as the
        // ordinary median does, so equal weights give the ordinary median.
        return ((values[i] as number) + (values[idx[k + 1] as number] as number)) / 2;
      }
      return values[i] as number;
    }
  }
  return values[idx[m - 1] as number] as number;
}
