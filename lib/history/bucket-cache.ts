/**
 * The trend buckets a store has read or written, kept in memory so a page's verdicts read a
 * model's window from IndexedDB once, not on every batch. Exact, not a guess: for each model
 * it holds every committed bucket from a day `from` on, and the store changes it only after the
 * transaction that wrote a bucket has committed. It assumes its store is the only writer of the
 * database (the background is; pages send it messages).
 */
import type { BucketRecord } from './records';

interface ModelBuckets {
  /** Every bucket of the model dated `from` or later is in `days` (absent = empty). */
  from: number;
  days: Map<number, BucketRecord>;
}

// Days this far behind the window asked for are let go.
const PRUNE_SLACK_DAYS = 30;

export class BucketCache {
  private readonly models = new Map<string, ModelBuckets>();

  /** Whether `day` of `model` is known exactly. */
  covers(model: string, day: number): boolean {
    const entry = this.models.get(model);
    return entry !== undefined && day >= entry.from;
  }

  /** The bucket of `model` on `day` (call only when `covers`; undefined = empty). */
  bucket(model: string, day: number): BucketRecord | undefined {
    return this.models.get(model)?.days.get(day);
  }

  /**
   * The buckets of `model` dated `fromDay` … `toDay`, day order, with `pending` (uncommitted
   * rewrites of this transaction, by `bucketId`) laid over them; null when not covered.
   */
  window(
    model: string,
    fromDay: number,
    toDay: number,
    pending: ReadonlyMap<string, BucketRecord>,
  ): BucketRecord[] | null {
    const entry = this.models.get(model);
    if (!entry || fromDay < entry.from) return null;
    if (fromDay - entry.from > PRUNE_SLACK_DAYS) {
      for (const day of entry.days.keys()) if (day < fromDay) entry.days.delete(day);
      entry.from = fromDay;
    }
    const days = new Map<number, BucketRecord>();
    for (const [day, bucket] of entry.days) if (day >= fromDay && day <= toDay) days.set(day, bucket);
    for (const bucket of pending.values()) {
      if (bucket.model !== model || bucket.day < fromDay || bucket.day > toDay) continue;
      if (bucket.ids.length > 0) days.set(bucket.day, bucket);
      else days.delete(bucket.day);
    }
    return [...days.values()].sort((a, b) => a.day - b.day);
  }

  /** Remember every committed bucket of `model` from `fromDay` on, as read from the database. */
  load(model: string, fromDay: number, buckets: readonly BucketRecord[]): void {
    const days = new Map<number, BucketRecord>();
    for (const bucket of buckets)
      if (bucket.day >= fromDay && bucket.ids.length > 0) days.set(bucket.day, bucket);
    this.models.set(model, { from: fromDay, days });
  }

  /** Apply committed rewrites (an empty bucket was deleted). */
  commit(buckets: Iterable<BucketRecord>): void {
    for (const bucket of buckets) {
      const entry = this.models.get(bucket.model);
      if (!entry || bucket.day < entry.from) continue;
      if (bucket.ids.length > 0) entry.days.set(bucket.day, bucket);
      else entry.days.delete(bucket.day);
    }
  }

  /** Forget everything (after a clear, or when in doubt). */
  clear(): void {
    this.models.clear();
  }
}

/** The key of a bucket in `pending` maps. */
export function bucketId(model: string, day: number): string {
  return `${model}\u0000${day}`;
}
