/**
 * Browser entry for tests/e2e/faults.e2e.ts: the real history store over Chromium's own
 * IndexedDB (not fake-indexeddb), for the faults that need the real engine: a write refused
 * for quota, and databases written at every earlier schema version opened by today's code.
 * Bundled by ./bundle-page.ts; the test drives `window.rigscoutFaults` from Playwright.
 */
import type { IDBPDatabase } from 'idb';
import { HISTORY_DB_VERSION, openHistoryDatabase, openHistoryDb } from '@/lib/history';
import { bucketsFromLifecycles } from '@/lib/history/buckets';
import type { BucketRecord } from '@/lib/history/records';
import { type Listing, listingKey, type Observation } from '@/lib/schema';
import { seededRandom } from '@/lib/seeded-random';
import { dayNumber } from '@/lib/trend/sample';
import { type BucketJson, bucketFromJson } from '../../unit/history/snapshot-json';
import { type SyntheticModel, syntheticListing, syntheticModels } from './synthetic';

const PROVINCES = ['内蒙古', '四川', '新疆', '云南'];

function listings(count: number, firstId: number, titlePad = 0): Listing[] {
  const all = syntheticModels();
  const out: Listing[] = [];
  const rnd = seededRandom(firstId % 100_000);
  for (let i = 0; i < count; i++) {
    const model = all[i % all.length] as SyntheticModel;
    const listing = syntheticListing(String(firstId + i), model, PROVINCES[i % 4] as string, 3000 + i);
    // A long title of random characters (storage compresses repeats) makes a batch big enough
    // to exceed a small quota.
    let pad = '';
    for (let c = 0; c < titlePad; c++) pad += String.fromCharCode(0x4e00 + Math.floor(rnd() * 20_000));
    out.push({ ...listing, title: `${listing.title} ${pad}`.slice(0, 4096) });
  }
  return out;
}

/** A structured-clone value with typed arrays as plain arrays, so stored and rebuilt compare equal. */
function plain<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) =>
      ArrayBuffer.isView(v) ? Array.from(v as unknown as number[]) : v,
    ),
  ) as T;
}

const bucketOrder = (a: BucketRecord, b: BucketRecord) => a.model.localeCompare(b.model) || a.day - b.day;

/**
 * Everything a store holds, sorted, for before/after comparisons: read through the store's own
 * API (whatever its schema version keeps on disk), and the trend buckets once the store has
 * folded its journal, with the buckets its lifecycles imply.
 */
async function dump(name: string) {
  const store = openHistoryDb(name);
  await store.flush();
  const observations: Observation[] = [];
  for await (const chunk of store.allObservations()) observations.push(...chunk);
  observations.sort((a, b) =>
    `${listingKey(a)}|${a.observedAt}`.localeCompare(`${listingKey(b)}|${b.observedAt}`),
  );
  const keys = [...new Set(observations.map((observation) => listingKey(observation)))].sort();
  const lifecycles = (await store.lifecycles(keys)).filter((lifecycle) => lifecycle !== undefined);
  await store.close();
  const db = await openHistoryDatabase(name);
  const buckets = (await db.getAll('buckets')).sort(bucketOrder);
  db.close();
  const expectedBuckets = bucketsFromLifecycles(lifecycles).sort(bucketOrder);
  return plain({ observations, lifecycles, buckets, expectedBuckets });
}

/** Ingest `count` listings (title padded by `titlePad` characters) at `at`; the error message if it fails. */
async function ingest(name: string, count: number, firstId: number, at: string, titlePad: number) {
  const store = openHistoryDb(name);
  try {
    const day = dayNumber(at);
    const result = await store.ingest(listings(count, firstId, titlePad), at, day - 89);
    return { ok: true as const, added: result.added };
  } catch (error) {
    const e = error as Error;
    return {
      ok: false as const,
      name: e.name,
      message: e.message,
      cause: (e.cause as Error | undefined)?.name ?? null,
    };
  } finally {
    await store.close();
  }
}

/** A database as version N stored it: every record of every store (typed columns as plain arrays). */
interface Snapshot {
  version: number;
  stores: Record<string, unknown[]>;
}

/** A record as the snapshot file holds it, typed columns restored for buckets. */
function fromJson(storeName: string, record: unknown): unknown {
  return storeName === 'buckets' ? bucketFromJson(record as BucketJson) : record;
}

/** Write a snapshot as its version stored it, then open it with today's code and dump it. */
async function upgrade(name: string, snapshot: Snapshot) {
  // The old version's stores are not today's: write them untyped, exactly as the snapshot has them.
  const old = (await openHistoryDatabase(name, indexedDB, snapshot.version)) as unknown as IDBPDatabase;
  const storeNames = [...old.objectStoreNames].sort();
  const names = Object.keys(snapshot.stores);
  const tx = old.transaction(names, 'readwrite');
  await Promise.all(
    names.flatMap((n) =>
      (snapshot.stores[n] ?? []).map((record) => tx.objectStore(n).put(fromJson(n, record))),
    ),
  );
  await tx.done;
  old.close();
  const store = openHistoryDb(name);
  const version = (await store.db()).version;
  const counts = await store.counts();
  const exported: unknown[] = [];
  for await (const chunk of store.allObservations()) exported.push(...chunk);
  await store.close();
  return { storeNames, version, counts, exported, ...(await dump(name)) };
}

async function usage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? 0;
}

Object.assign(window, {
  rigscoutFaults: { ingest, dump, upgrade, usage, currentVersion: HISTORY_DB_VERSION },
});
