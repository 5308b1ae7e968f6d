/**
 * A model's regional series, kept ready for the popup. Computing a series means reading the
 * model's trend samples and fitting every region: tens of milliseconds, most of the popup's
 * wait. The background already knows which models the user is looking at (the pages it just
 * ingested), so it computes their series in the quiet moment after a page arrives, and drops a
 * model's series as soon as new listings of that model are stored.
 */

export interface SeriesCache<T> {
  /** The series of `model` as of now: cached, or computed (and cached). */
  get(model: string): Promise<T>;
  /** New listings of these models were stored: forget their series. */
  invalidate(models: Iterable<string>): void;
  /** Compute the series of `model` soon, if it is not ready: the popup is likely to ask for it. */
  prefetch(model: string): void;
  /** Forget everything (the history was cleared or replaced). */
  clear(): void;
}

export interface SeriesCacheOptions {
  /** How long a computed series stays valid even without new listings (the trend's "now" moves). */
  maxAgeMs?: number;
  /** How long after the last ingest the recomputation waits (pages arrive in bursts). */
  settleMs?: number;
  /** Models kept at most (least recently used dropped). */
  capacity?: number;
  now?: () => number;
  schedule?: (fn: () => void, ms: number) => void;
}

export function createSeriesCache<T>(
  compute: (model: string) => Promise<T>,
  options: SeriesCacheOptions = {},
): SeriesCache<T> {
  const maxAge = options.maxAgeMs ?? 10 * 60_000;
  const settle = options.settleMs ?? 300;
  const capacity = options.capacity ?? 32;
  const now = options.now ?? Date.now;
  const schedule = options.schedule ?? ((fn, ms) => setTimeout(fn, ms));
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  let dirty = new Set<string>();
  let timer = false;
  let generation = 0;

  const load = (model: string): Promise<T> => {
    const value = compute(model);
    const entry = { at: now(), value };
    entries.delete(model);
    entries.set(model, entry);
    while (entries.size > capacity) entries.delete(entries.keys().next().value as string);
    // A failed computation is not kept: the next request tries again.
    value.catch(() => {
      if (entries.get(model) === entry) entries.delete(model);
    });
    return value;
  };

  const refresh = () => {
    timer = false;
    const models = dirty;
    dirty = new Set();
    for (const model of models) void load(model).catch(() => undefined);
  };

  return {
    get(model) {
      const entry = entries.get(model);
      if (entry && now() - entry.at <= maxAge) {
        entries.delete(model);
        entries.set(model, entry);
        return entry.value;
      }
      return load(model);
    },
    invalidate(models) {
      for (const model of models) entries.delete(model);
    },
    prefetch(model) {
      if (entries.has(model)) return;
      dirty.add(model);
      if (!timer) {
        timer = true;
        const current = generation;
        schedule(() => {
          if (current === generation) refresh();
          else timer = false;
        }, settle);
      }
    },
    clear() {
      generation++;
      entries.clear();
      dirty = new Set();
      timer = false;
    },
  };
}
