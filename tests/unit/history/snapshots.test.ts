/**
 * One snapshot per database version (snapshots/v<N>.json): a database written at that version
 * is opened by the current code and must keep every record. A version without a snapshot fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { HISTORY_DB_VERSION, openHistoryDatabase, openHistoryDb } from '@/lib/history';
import { bucketsFromLifecycles } from '@/lib/history/buckets';
import { fromRecord } from '@/lib/history/lifecycle';
import type { BucketRecord, LifecycleRecord, ObservationRecord } from '@/lib/history/records';
import { observationSchema } from '@/lib/schema';

/** A bucket as JSON holds it: typed columns as plain arrays. */
type BucketJson = Omit<BucketRecord, 'ids' | 'unitPrices' | 'hashrates' | 'codes'> & {
  ids: number[];
  unitPrices: number[];
  hashrates: number[];
  codes: number[];
};

interface Snapshot {
  version: number;
  stores: { observations: ObservationRecord[]; listings: LifecycleRecord[]; buckets?: BucketJson[] };
}

function bucketFromJson(json: BucketJson): BucketRecord {
  return {
    ...json,
    ids: Float64Array.from(json.ids),
    unitPrices: Float64Array.from(json.unitPrices),
    hashrates: Float64Array.from(json.hashrates),
    codes: Uint32Array.from(json.codes),
  };
}

const versions = Array.from({ length: HISTORY_DB_VERSION }, (_, i) => i + 1);
const bucketOrder = (a: BucketRecord, b: BucketRecord) => a.model.localeCompare(b.model) || a.day - b.day;

describe.each(versions)('history database version %i', (version) => {
  const path = new URL(`./snapshots/v${version}.json`, import.meta.url);

  it('has a snapshot', () => {
    expect(existsSync(path), `tests/unit/history/snapshots/v${version}.json is missing`).toBe(true);
  });

  it('upgrades to the current version keeping every record', async () => {
    const snapshot = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
    expect(snapshot.version).toBe(version);
    const factory = new IDBFactory();

    // Write the snapshot exactly as that version stored it.
    const old = await openHistoryDatabase('snap', factory, version);
    expect([...old.objectStoreNames].sort()).toEqual(Object.keys(snapshot.stores).sort());
    const names = Object.keys(snapshot.stores) as (keyof Snapshot['stores'])[];
    const tx = old.transaction(names, 'readwrite');
    const records = (name: keyof Snapshot['stores']): unknown[] =>
      name === 'buckets' ? (snapshot.stores.buckets ?? []).map(bucketFromJson) : snapshot.stores[name];
    await Promise.all(
      names.flatMap((name) => records(name).map((record) => tx.objectStore(name).put(record as never))),
    );
    await tx.done;
    old.close();

    const store = openHistoryDb('snap', factory);
    const db = await store.db();
    expect(db.version).toBe(HISTORY_DB_VERSION);
    expect(await db.getAll('observations')).toEqual(
      expect.arrayContaining(snapshot.stores.observations.map((o) => expect.objectContaining(o))),
    );
    expect(await db.count('observations')).toBe(snapshot.stores.observations.length);
    const lifecycles = await db.getAll('listings');
    expect(lifecycles).toHaveLength(snapshot.stores.listings.length);
    expect(lifecycles).toEqual(expect.arrayContaining(snapshot.stores.listings));
    // The trend buckets are exactly what the lifecycles imply (and, from v2 on, what was stored).
    const buckets = (await db.getAll('buckets')).sort(bucketOrder);
    expect(buckets).toEqual(bucketsFromLifecycles(lifecycles).sort(bucketOrder));
    if (snapshot.stores.buckets)
      expect(buckets).toEqual(snapshot.stores.buckets.map(bucketFromJson).sort(bucketOrder));
    // And everything stored is still a valid Observation.
    for (const record of await db.getAll('observations')) {
      expect(observationSchema.safeParse(fromRecord(record)).success).toBe(true);
    }
    await store.close();
  });
});

describe('the version ladder', () => {
  it('reaches the current version from scratch and from every older version', async () => {
    for (const from of [0, ...versions]) {
      const factory = new IDBFactory();
      if (from > 0) (await openHistoryDatabase('ladder', factory, from)).close();
      const db = await openHistoryDatabase('ladder', factory);
      expect([...db.objectStoreNames].sort()).toEqual(['buckets', 'listings', 'observations']);
      expect([...db.transaction('observations').store.indexNames]).toEqual(['byAt']);
      db.close();
    }
  });
});
