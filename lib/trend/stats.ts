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
 * Expected O(n) (quickselect on weight), as it runs thousands of times per page.
 */
export function weightedMedian(values: ArrayLike<number>, weights: ArrayLike<number>): number {
  const n = values.length;
  const v = new Float64Array(n);
  const w = new Float64Array(n);
  let m = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const weight = weights[i] as number;
    if (weight > 0) {
      v[m] = values[i] as number;
      w[m] = weight;
      total += weight;
      m++;
    }
  }
  if (m === 0) return Number.NaN;
  const half = total / 2;
  // A hair of tolerance so that floating-point sums of equal weights still split evenly.
  const eps = 1e-12 * total;
  let below = 0;
  let lo = 0;
  let hi = m - 1;
  for (;;) {
    if (lo === hi) return v[lo] as number;
    const pivot = medianOfThree(v[lo] as number, v[(lo + hi) >> 1] as number, v[hi] as number);
    // Three-way partition of [lo, hi]: < pivot, = pivot, > pivot.
    let lt = lo;
    let gt = hi;
    let i = lo;
    let wLess = 0;
    let wEqual = 0;
    while (i <= gt) {
      const x = v[i] as number;
      if (x < pivot) {
        wLess += w[i] as number;
        swap(v, w, i++, lt++);
      } else if (x > pivot) {
        swap(v, w, i, gt--);
      } else {
        wEqual += w[i] as number;
        i++;
      }
    }
    if (below + wLess > half + eps) {
      hi = lt - 1;
    } else if (below + wLess + wEqual >= half - eps) {
      if (Math.abs(below + wLess + wEqual - half) <= eps && gt < hi) {
        let next = Number.POSITIVE_INFINITY;
        for (let k = gt + 1; k <= hi; k++) next = Math.min(next, v[k] as number);
        return (pivot + next) / 2;
      }
      if (Math.abs(below + wLess - half) <= eps && wLess > 0) {
        let previous = Number.NEGATIVE_INFINITY;
        for (let k = lo; k < lt; k++) previous = Math.max(previous, v[k] as number);
        return (previous + pivot) / 2;
      }
      return pivot;
    } else {
      below += wLess + wEqual;
      lo = gt + 1;
    }
  }
}

function medianOfThree(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}

function swap(v: Float64Array, w: Float64Array, i: number, j: number): void {
  const tv = v[i] as number;
  v[i] = v[j] as number;
  v[j] = tv;
  const tw = w[i] as number;
  w[i] = w[j] as number;
  w[j] = tw;
}
