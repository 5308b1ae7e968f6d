/**
 * Pending trend-bucket changes (schema v3): a write records which samples leave and join which
 * buckets in its journal record instead of rewriting each bucket it touches; the changes are
 * folded into `buckets` with the journal. Until then every read of a bucket lays them over it.
 */

import type { TrendSample } from '@/lib/trend/sample';
import { bucketId } from './bucket-cache';
import { emptyBucket, rewriteBucket } from './buckets';
import type { BucketRecord } from './records';

/** Samples leaving (by `keyId`) and joining one bucket. */
export interface BucketChange {
  model: string;
  day: number;
  remove: number[];
  add: TrendSample[];
}

/** `first` then `second` as one change: the same bucket as applying both in turn. */
export function mergeChanges(first: BucketChange, second: BucketChange): BucketChange {
  const removed = new Set(second.remove);
  for (const sample of second.add) removed.add(sample.id);
  return {
    model: first.model,
    day: first.day,
    remove: [...new Set([...first.remove, ...second.remove])],
    add: [...first.add.filter((sample) => !removed.has(sample.id)), ...second.add],
  };
}

/** `bucket` (undefined: none stored) with `change` applied. */
export function applyChange(bucket: BucketRecord | undefined, change: BucketChange): BucketRecord {
  return rewriteBucket(bucket ?? emptyBucket(change.model, change.day), new Set(change.remove), change.add);
}

/** Pending changes by bucket. */
export class PendingBuckets {
  readonly changes = new Map<string, BucketChange>();

  /** Record committed changes, in commit order. */
  add(changes: Iterable<BucketChange>): void {
    for (const change of changes) {
      const id = bucketId(change.model, change.day);
      const before = this.changes.get(id);
      this.changes.set(id, before ? mergeChanges(before, change) : change);
    }
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
  ) {
    const days = new Map<number, BucketRecord | undefined>();
    for (const bucket of stored) if (bucket.day >= fromDay) days.set(bucket.day, bucket);
    for (const list of [this.changes.values(), extra]) {
      for (const change of list) {
        if (change.model !== model || change.day < fromDay) continue;
        days.set(change.day, applyChange(days.get(change.day), change));
      }
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
