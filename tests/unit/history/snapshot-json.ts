/** Snapshot files hold records as JSON: buckets' typed columns come back from plain arrays here. */
import type { BucketRecord } from '@/lib/history/records';

/** A bucket as JSON holds it: typed columns as plain arrays. */
export type BucketJson = Omit<BucketRecord, 'ids' | 'unitPrices' | 'hashrates' | 'codes'> & {
  ids: number[];
  unitPrices: number[];
  hashrates: number[];
  codes: number[];
};

/** A stored bucket from its JSON form. */
export function bucketFromJson(json: BucketJson): BucketRecord {
  return {
    ...json,
    ids: Float64Array.from(json.ids),
    unitPrices: Float64Array.from(json.unitPrices),
    hashrates: Float64Array.from(json.hashrates),
    codes: Uint32Array.from(json.codes),
  };
}
