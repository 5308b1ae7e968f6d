/**
 * Opening the history database, with its version ladder. Each step upgrades from the version
 * before it; an old database climbs every step in order. Steps run inside the upgrade
 * transaction and touch nothing else, so a failed step aborts the upgrade and leaves the old
 * version intact.
 */
import { type IDBPDatabase, type IDBPTransaction, type StoreNames, wrap } from 'idb';
import { bucketsFromLifecycles } from './buckets';
import { chunkRows } from './chunks';
import { fromRecord, rebuildLifecycle, toStored } from './lifecycle';
import {
  HISTORY_DB_VERSION,
  type HistoryDb,
  type HistoryDbV2,
  type LifecycleRecord,
  type ObservationRecord,
  type StoredLifecycleRecord,
} from './records';

// Each step sees the database as it is at its own version: typed loosely here, precisely inside.
type AnyDb = HistoryDb & HistoryDbV2;
type UpgradeTx = IDBPTransaction<AnyDb, StoreNames<AnyDb>[], 'versionchange'>;
type Step = (db: IDBPDatabase<AnyDb>, tx: UpgradeTx) => Promise<void>;

/** Step n upgrades version n − 1 to n. */
export const UPGRADE_STEPS: Record<number, Step> = {
  /** v1: observations (by listing and instant) and listing lifecycles. */
  1: async (db) => {
    const observations = db.createObjectStore('observations', { keyPath: ['key', 'observedAt'] });
    // Export order: oldest first, ties broken by listing and the exact instant text.
    observations.createIndex('byAt', ['at', 'key', 'observedAt']);
    const listings = db.createObjectStore('listings', { keyPath: 'key' });
    listings.createIndex('byModel', 'model');
    listings.createIndex('byLastAt', 'lastAt');
  },
  /**
   * v2: daily trend buckets per model, so a verdict reads at most `windowDays` records per model
   * instead of scanning observations. Filled from the v1 lifecycles.
   */
  2: async (db, tx) => {
    db.createObjectStore('buckets', { keyPath: ['model', 'day'] });
    const lifecycles = (await tx.objectStore('listings').getAll()) as unknown as LifecycleRecord[];
    const buckets = tx.objectStore('buckets');
    await Promise.all(bucketsFromLifecycles(lifecycles).map((bucket) => buckets.put(bucket)));
  },
  /**
   * v3: observations as compact rows, one record per write and day (`rows`, multi-entry `byKey`
   * index for a listing's chunks) instead of one full record each; lifecycles carry the full
   * `base` Observation the rows are diffed against; `meta` keeps the observation count.
   * Buckets are unchanged.
   */
  3: async (db, tx) => {
    const old = tx.objectStore('observations') as unknown as {
      getAll(): Promise<ObservationRecord[]>;
    };
    const listings = tx.objectStore('listings') as unknown as {
      getAll(): Promise<LifecycleRecord[]>;
      put(value: StoredLifecycleRecord): Promise<unknown>;
    };
    // Primary key order [key, observedAt] groups each listing's observations.
    const [observations, lifecycles] = await Promise.all([old.getAll(), listings.getAll()]);
    db.deleteObjectStore('observations');
    const rows = db.createObjectStore('rows', { keyPath: ['day', 'seq'] });
    rows.createIndex('byKey', 'keys', { multiEntry: true });
    const meta = db.createObjectStore('meta', { keyPath: 'id' });
    db.createObjectStore('journal', { keyPath: 'seq' });
    const byKey = new Map<string, ObservationRecord[]>();
    for (const record of observations) {
      const list = byKey.get(record.key);
      if (list) list.push(record);
      else byKey.set(record.key, [record]);
    }
    const lifecycleOf = new Map(lifecycles.map((lifecycle) => [lifecycle.key, lifecycle]));
    const bases = new Map<string, ReturnType<typeof fromRecord>>();
    const writes: Promise<unknown>[] = [];
    for (const [key, list] of byKey) {
      list.sort((a, b) => a.at - b.at);
      const base = fromRecord(list[0] as ObservationRecord);
      bases.set(key, base);
      // An observation without a lifecycle (never written so, but kept if found) gets one.
      const lifecycle = lifecycleOf.get(key) ?? rebuildLifecycle(undefined, list, list.length);
      writes.push(listings.put(toStored(lifecycle, base)));
    }
    for (const lifecycle of lifecycles) {
      if (!bases.has(lifecycle.key)) writes.push(listings.put(toStored(lifecycle, lifecycle.latest)));
    }
    for (const chunk of chunkRows(observations.map(fromRecord), bases)) writes.push(rows.add(chunk));
    writes.push(meta.put({ id: 'counts', observations: observations.length }));
    await Promise.all(writes);
  },
};

/**
 * Open (creating or upgrading) the history database at `version` (the current one unless a
 * test asks for an older one). `factory` is `indexedDB` unless injected (tests pass a
 * fake-indexeddb `IDBFactory`).
 */
export function openHistoryDatabase(
  name: string,
  factory: IDBFactory = indexedDB,
  version: number = HISTORY_DB_VERSION,
): Promise<IDBPDatabase<HistoryDb>> {
  const request = factory.open(name, version);
  let failure: unknown;
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as IDBPDatabase<AnyDb>;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTx;
    climb(db, tx, event.oldVersion, event.newVersion ?? version).catch((error: unknown) => {
      // Abort so the database stays at its old version; the open request then fails with it.
      failure = error;
      try {
        tx.abort();
      } catch {
        // Already finished or aborted.
      }
    });
  });
  return (wrap(request) as Promise<IDBPDatabase<HistoryDb>>).catch((error: unknown) => {
    throw failure ?? error;
  });
}

async function climb(db: IDBPDatabase<AnyDb>, tx: UpgradeTx, from: number, to: number): Promise<void> {
  for (let v = from + 1; v <= to; v++) {
    const step = UPGRADE_STEPS[v];
    if (!step) throw new Error(`no upgrade step to history version ${v}`);
    await step(db, tx);
  }
}
