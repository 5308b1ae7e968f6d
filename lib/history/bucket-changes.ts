/**
 * Pending trend-bucket changes (schema v3): a write records which samples leave and join which
 * buckets in its journal record instead of rewriting each bucket it touches; the changes are
 * folded into `buckets` with the journal. Until then every read of a bucket lays them over it.
 */
import type { TrendSample } from '@/lib/trend/sample';
import { bucketId } from './bucket-cache';
import { emptyBucket, rewriteBucket } from './buckets';
import type { BucketRecord } from './records';

/** Samples leaving (by `keyId`) and joining one bucket, as a journal record stores them. */
export interface BucketChange {
  model: string;
  day: number;
  remove: number[];
  add: TrendSample[];
}

/**
 * The changes pending for one bucket, merged: applying it equals applying each in turn. A
 * sample joining again replaces its earlier entry and goes last (Map order), as a rewrite does.
 */
interface MergedChange {
  model: string;
  day: number;
  remove: Set<number>;
  add: Map<number, TrendSample>;
}

/** `bucket` (undefined: none stored) with `change` applied. */
export function applyChange(bucket: BucketRecord | undefined, change: BucketChange): BucketRecord {
  return rewriteBucket(bucket ?? emptyBucket(change.model, change.day), new Set(change.remove), change.add);
}

function applyMerged(bucket: BucketRecord | undefined, change: MergedChange): BucketRecord {
  return rewriteBucket(bucket ?? emptyBucket(change.model, change.day), change.remove, [
    ...change.add.values(),
  ]);
}

/** Pending changes by bucket, merged in place as writes commit (linear in the changes). */
export class PendingBuckets {
  private readonly changes = new Map<string, MergedChange>();

  /** How many buckets have pending changes. */
  get size(): number {
    return this.changes.size;
  }

  /** Record committed changes, in commit order. */
  add(changes: Iterable<BucketChange>): void {
    for (const change of changes) {
      const id = bucketId(change.model, change.day);
      let merged = this.changes.get(id);
      if (!merged) {
        merged = { model: change.model, day: change.day, remove: new Set(), add: new Map() };
        this.changes.set(id, merged);
      }
      for (const id of change.remove) {
        merged.remove.add(id);
        merged.add.delete(id);
      }
      for (const sample of change.add) {
        merged.add.delete(sample.id);
        merged.add.set(sample.id, sample);
      }
    }
  }

  /** Each pending bucket: its model, day, and the bucket as stored (`stored`) with its changes. */
  *folded(stored: (model: string, day: number) => BucketRecord | undefined): Generator<BucketRecord> {
    for (const change of this.changes.values()) yield applyMerged(stored(change.model, change.day), change);
  }

  /** The buckets with pending changes, as [model, day]. */
  keys(): [string, number][] {
    return [...this.changes.values()].map((change) => [change.model, change.day]);
  }

  /**
   * `model`'s buckets as stored (day order, from `fromDay` on) with the pending changes and then
   * `extra` (a transaction's own) laid over; empty buckets left out.
   */
  overlay(
    model: string,
    fromDay: number,
    stored: readonly BucketRecord[],
    extra: readonly BucketChange[] = [],
  ): BucketRecord[] {
    const days = new Map<number, BucketRecord | undefined>();
    for (const bucket of stored) if (bucket.day >= fromDay) days.set(bucket.day, bucket);
    for (const change of this.changes.values()) {
      if (change.model !== model || change.day < fromDay) continue;
      days.set(change.day, applyMerged(days.get(change.day), change));
    }
    for (const change of extra) {
      if (change.model !== model || change.day < fromDay) continue;
      days.set(change.day, applyChange(days.get(change.day), change));
    }
    return [...days.values()]
      .filter((bucket): bucket is BucketRecord => bucket !== undefined && bucket.ids.length > 0)
      .sort((a, b) => a.day - b.day);
  }

  /** Models with pending changes. */
  models(): Set<string> {
    return new Set([...this.changes.values()].map((change) => change.model));
  }

  clear(): void {
    this.changes.clear();
  }
}
