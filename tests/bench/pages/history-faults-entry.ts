/**
 * Browser entry for tests/e2e/faults.e2e.ts: the real history store over Chromium's own
 * IndexedDB (not fake-indexeddb), for the faults that need the real engine: a write refused
 * for quota, and databases written at every earlier schema version opened by today's code.
 * Bundled by ./bundle-page.ts; the test drives `window.rigscoutFaults` from Playwright.
 */
import { HISTORY_DB_VERSION, openHistoryDatabase, openHistoryDb } from '@/lib/history';
import { bucketsFromLifecycles } from '@/lib/history/buckets';
import type { BucketRecord, LifecycleRecord, ObservationRecord } from '@/lib/history/records';
import type { Listing } from '@/lib/schema';
import { dayNumber } from '@/lib/trend/sample';
import { random, type SyntheticModel, syntheticListing, syntheticModels } from './synthetic';

const PROVINCES = ['内蒙古', '四川', '新疆', '云南'];

function listings(count: number, firstId: number, titlePad = 0): Listing[] {
  const all = syntheticModels();
  const out: Listing[] = [];
  const rnd = random(firstId % 100_000);
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

/** Everything a store holds, sorted, for before/after comparisons. */
async function dump(name: string) {
  const db = await openHistoryDatabase(name);
  const observations = (await db.getAll('observations')).sort((a, b) =>
    `${a.key}|${a.observedAt}`.localeCompare(`${b.key}|${b.observedAt}`),
  );
  const lifecycles = (await db.getAll('listings')).sort((a, b) => a.key.localeCompare(b.key));
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

interface Snapshot {
  version: number;
  stores: { observations: ObservationRecord[]; listings: LifecycleRecord[]; buckets?: BucketRecord[] };
}

/** Write a snapshot as its version stored it, then open it with today's code and dump it. */
async function upgrade(name: string, snapshot: Snapshot) {
  const old = await openHistoryDatabase(name, indexedDB, snapshot.version);
  const storeNames = [...old.objectStoreNames].sort();
  const names = Object.keys(snapshot.stores) as (keyof Snapshot['stores'])[];
  const tx = old.transaction(names, 'readwrite');
  await Promise.all(
    names.flatMap((n) => (snapshot.stores[n] ?? []).map((record) => tx.objectStore(n).put(record as never))),
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
