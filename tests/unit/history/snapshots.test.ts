/**
 * One snapshot per database version (snapshots/v<N>.json): a database written at that version
 * is opened by the current code and must keep every record. A version without a snapshot fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import type { StoreNames } from 'idb';
import { describe, expect, it } from 'vitest';
import { HISTORY_DB_VERSION, openHistoryDatabase, openHistoryDb } from '@/lib/history';
import { bucketsFromLifecycles } from '@/lib/history/buckets';
import { fromRecord } from '@/lib/history/lifecycle';
import type { BucketRecord, HistoryDb, LifecycleRecord, ObservationRecord } from '@/lib/history/records';
import { listingKey, type Observation, observationSchema } from '@/lib/schema';
import { type BucketJson, bucketFromJson } from './snapshot-json';

/**
 * A database as version N stored it (`stores`: every record of every store), and, from v3 on
 * (whose records are compact), what it holds (`expected`): the Observations and lifecycles.
 */
interface Snapshot {
  version: number;
  stores: Record<string, unknown[]>;
  expected?: { observations: Observation[]; lifecycles: LifecycleRecord[] };
}

/** What a snapshot holds: as v1 and v2 stored it, or as v3's snapshot states it. */
function expectedOf(snapshot: Snapshot): { observations: Observation[]; lifecycles: LifecycleRecord[] } {
  if (snapshot.expected) return snapshot.expected;
  return {
    observations: (snapshot.stores.observations as ObservationRecord[]).map(fromRecord),
    lifecycles: snapshot.stores.listings as LifecycleRecord[],
  };
}

const exportOrder = (a: Observation, b: Observation) =>
  Date.parse(a.observedAt) - Date.parse(b.observedAt) ||
  listingKey(a).localeCompare(listingKey(b)) ||
  a.observedAt.localeCompare(b.observedAt);

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
    expect(snapshot.expected !== undefined, 'from v3 on a snapshot states what it holds').toBe(version >= 3);
    const factory = new IDBFactory();

    // Write the snapshot exactly as that version stored it.
    const old = await openHistoryDatabase('snap', factory, version);
    expect([...old.objectStoreNames].sort()).toEqual(Object.keys(snapshot.stores).sort());
    const names = Object.keys(snapshot.stores) as StoreNames<HistoryDb>[];
    const tx = old.transaction(names, 'readwrite');
    const records = (name: string): unknown[] =>
      name === 'buckets'
        ? (snapshot.stores.buckets as BucketJson[]).map(bucketFromJson)
        : (snapshot.stores[name] ?? []);
    await Promise.all(
      names.flatMap((name) => records(name).map((record) => tx.objectStore(name).put(record as never))),
    );
    await tx.done;
    old.close();

    const expected = expectedOf(snapshot);
    expect(expected.observations.length).toBeGreaterThan(0);
    const store = openHistoryDb('snap', factory);
    const db = await store.db();
    expect(db.version).toBe(HISTORY_DB_VERSION);
    expect(await store.counts()).toEqual({
      observations: expected.observations.length,
      listings: expected.lifecycles.length,
    });
    // Every Observation comes back exactly (values and key order), oldest first.
    const exported: Observation[] = [];
    for await (const chunk of store.allObservations(3)) exported.push(...chunk);
    expect(exported.map((o) => JSON.stringify(o))).toEqual(
      [...expected.observations].sort(exportOrder).map((o) => JSON.stringify(o)),
    );
    for (const observation of exported) expect(observationSchema.safeParse(observation).success).toBe(true);
    const keys = expected.lifecycles.map((lifecycle) => lifecycle.key);
    const lifecycles = await store.lifecycles(keys);
    expect(lifecycles).toEqual(expected.lifecycles);
    for (const key of keys) {
      expect(await store.observationsOf(key)).toEqual(exported.filter((o) => listingKey(o) === key));
    }
    // The trend buckets are exactly what the lifecycles imply (with any pending changes laid
    // over), before and after they are folded in, and in v2 exactly what was stored.
    const implied = bucketsFromLifecycles(expected.lifecycles).sort(bucketOrder);
    const served = async () =>
      [...(await store.samples(await store.models(), 0, 1e9)).values()].flat().sort(bucketOrder);
    expect(await served()).toEqual(implied);
    if (snapshot.stores.buckets && version < 3)
      expect((await db.getAll('buckets')).sort(bucketOrder)).toEqual(
        (snapshot.stores.buckets as BucketJson[]).map(bucketFromJson).sort(bucketOrder),
      );
    await store.flush();
    expect((await db.getAll('buckets')).sort(bucketOrder)).toEqual(implied);
    expect(await db.count('journal')).toBe(0);
    expect(await store.lifecycles(keys)).toEqual(expected.lifecycles);
    expect(await served()).toEqual(implied);
    await store.close();
  });
});

describe('the version ladder', () => {
  it('reaches the current version from scratch and from every older version', async () => {
    for (const from of [0, ...versions]) {
      const factory = new IDBFactory();
      if (from > 0) (await openHistoryDatabase('ladder', factory, from)).close();
      const db = await openHistoryDatabase('ladder', factory);
      expect([...db.objectStoreNames].sort()).toEqual(['buckets', 'journal', 'listings', 'meta', 'rows']);
      expect([...db.transaction('rows').store.indexNames]).toEqual(['byKey']);
      db.close();
    }
  });
});
