/**
 * Daily trend buckets: a model's `SampleChunk` for one day, as the store keeps it. A listing's
 * sample lives in exactly one bucket (its model, the day its current price was first seen); a
 * price change moves it.
 */
import { emptyChunk, rewriteChunk } from '@/lib/trend/chunk';
import { dayNumber, sampleOf, type TrendSample } from '@/lib/trend/sample';
import type { BucketRecord, LifecycleRecord } from './records';

/** Where a listing's sample is filed, with the sample; null when the listing cannot vote. */
export interface FiledSample {
  model: string;
  day: number;
  sample: TrendSample;
}

/** The sample a lifecycle contributes to the trend, and its bucket. */
export function filedSampleOf(lifecycle: LifecycleRecord): FiledSample | null {
  const latest = lifecycle.latest;
  if (!latest.miner) return null;
  const day = dayNumber(lifecycle.priceSince);
  const sample = sampleOf(latest, day);
  return sample ? { model: latest.miner.model, day, sample } : null;
}

/** Whether two filings are the same bucket and the same vote. */
export function sameFiling(a: FiledSample | null, b: FiledSample | null): boolean {
  if (a === null || b === null) return a === b;
  const s = a.sample;
  const t = b.sample;
  return (
    a.model === b.model &&
    a.day === b.day &&
    s.id === t.id &&
    s.region === t.region &&
    s.currency === t.currency &&
    s.unitPrice === t.unitPrice &&
    s.hashrateHs === t.hashrateHs &&
    s.unit === t.unit &&
    s.flag === t.flag
  );
}

/** An empty bucket. */
export function emptyBucket(model: string, day: number): BucketRecord {
  return { model, ...emptyChunk(day) };
}

/** `bucket` without the listings in `remove` (by `keyId`) and with `add`, in one pass. */
export function rewriteBucket(
  bucket: BucketRecord,
  remove: ReadonlySet<number>,
  add: readonly TrendSample[],
): BucketRecord {
  return rewriteChunk(bucket, remove, add);
}

/** Every bucket the lifecycles imply (the v1 → v2 migration, and a rebuild). */
export function bucketsFromLifecycles(lifecycles: Iterable<LifecycleRecord>): BucketRecord[] {
  const groups = new Map<string, { model: string; day: number; samples: TrendSample[] }>();
  for (const lifecycle of lifecycles) {
    const filed = filedSampleOf(lifecycle);
    if (!filed) continue;
    const id = `${filed.model}\u0000${filed.day}`;
    const group = groups.get(id);
    if (group) group.samples.push(filed.sample);
    else groups.set(id, { model: filed.model, day: filed.day, samples: [filed.sample] });
  }
  return [...groups.values()].map(({ model, day, samples }) =>
    rewriteBucket(emptyBucket(model, day), new Set(), samples),
  );
}
