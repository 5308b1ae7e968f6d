/** One line of `npm run bench` output. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The goal, e.g. `>= 50000` or `<= 8`. */
  budget: string;
  pass: boolean;
}

/** A benchmark module under tests/bench exports `default: BenchModule`. */
export type BenchModule = () => Promise<BenchResult[]>;

/** Build a result against a lower bound (throughput). */
export function atLeast(name: string, value: number, unit: string, min: number): BenchResult {
  return { name, value: round(value), unit, budget: `>= ${min}`, pass: value >= min };
}

/** Build a result against an upper bound (latency, size). */
export function atMost(name: string, value: number, unit: string, max: number): BenchResult {
  return { name, value: round(value), unit, budget: `<= ${max}`, pass: value <= max };
}

/**
 * Items per second for `fn` over `items`, best of `rounds` passes after one warm-up pass:
 * the best pass is the least disturbed by the other core's load.
 */
export function throughput<T>(items: readonly T[], fn: (item: T) => unknown, rounds = 5): number {
  let sink = 0;
  const pass = () => {
    const start = performance.now();
    for (const item of items) if (fn(item) != null) sink++;
    return performance.now() - start;
  };
  pass();
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) best = Math.min(best, pass());
  if (sink < 0) throw new Error('unreachable');
  return (items.length / best) * 1000;
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
