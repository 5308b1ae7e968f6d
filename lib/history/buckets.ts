/**
 * Daily trend buckets: pure operations on `BucketRecord`s. A listing's sample lives in exactly
 * one bucket (its model, the day its current price was first seen); a price change moves it.
 */
import type { TrendSample } from '@/lib/trend/sample';
import { dayNumber, sampleOf } from '@/lib/trend/sample';
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
    s.key === t.key &&
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
  return {
    model,
    day,
    keys: [],
    regions: [],
    currencies: [],
    unitPrices: [],
    hashrates: [],
    units: [],
    flags: [],
  };
}

/** Put `sample` in `bucket`, replacing the listing's previous entry there. */
export function addToBucket(bucket: BucketRecord, sample: TrendSample): void {
  let i = bucket.keys.indexOf(sample.key);
  if (i === -1) i = bucket.keys.length;
  bucket.keys[i] = sample.key;
  bucket.regions[i] = sample.region;
  bucket.currencies[i] = sample.currency;
  bucket.unitPrices[i] = sample.unitPrice;
  bucket.hashrates[i] = sample.hashrateHs;
  bucket.units[i] = sample.unit;
  bucket.flags[i] = sample.flag;
}

/** Take the listing `key` out of `bucket` (no-op when absent). */
export function removeFromBucket(bucket: BucketRecord, key: string): void {
  const i = bucket.keys.indexOf(key);
  if (i === -1) return;
  for (const column of [
    bucket.keys,
    bucket.regions,
    bucket.currencies,
    bucket.unitPrices,
    bucket.hashrates,
    bucket.units,
    bucket.flags,
  ] as unknown[][]) {
    column.splice(i, 1);
  }
}

/** Append the samples of `bucket` to `out`. */
export function samplesOfBucket(bucket: BucketRecord, out: TrendSample[]): void {
  for (let i = 0; i < bucket.keys.length; i++) {
    out.push({
      key: bucket.keys[i] as string,
      region: bucket.regions[i] as string,
      day: bucket.day,
      currency: bucket.currencies[i] as string,
      unitPrice: bucket.unitPrices[i] as number,
      hashrateHs: bucket.hashrates[i] as number,
      unit: bucket.units[i] as TrendSample['unit'],
      flag: bucket.flags[i] as TrendSample['flag'],
    });
  }
}

/** Every bucket the lifecycles imply (the v1 → v2 migration, and a rebuild). */
export function bucketsFromLifecycles(lifecycles: Iterable<LifecycleRecord>): BucketRecord[] {
  const buckets = new Map<string, BucketRecord>();
  for (const lifecycle of lifecycles) {
    const filed = filedSampleOf(lifecycle);
    if (!filed) continue;
    const id = `${filed.model}\u0000${filed.day}`;
    let bucket = buckets.get(id);
    if (!bucket) {
      bucket = emptyBucket(filed.model, filed.day);
      buckets.set(id, bucket);
    }
    addToBucket(bucket, filed.sample);
  }
  return [...buckets.values()];
}
