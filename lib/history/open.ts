/**
 * Opening the history database, with its version ladder. Each step upgrades from the version
 * before it; an old database climbs every step in order. Steps run inside the upgrade
 * transaction and touch nothing else, so a failed step aborts the upgrade and leaves the old
 * version intact.
 */
import { type IDBPDatabase, type IDBPTransaction, type StoreNames, wrap } from 'idb';
import { bucketsFromLifecycles } from './buckets';
import { HISTORY_DB_VERSION, type HistoryDb, type LifecycleRecord } from './records';

type UpgradeTx = IDBPTransaction<HistoryDb, StoreNames<HistoryDb>[], 'versionchange'>;
type Step = (db: IDBPDatabase<HistoryDb>, tx: UpgradeTx) => Promise<void>;

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
    const lifecycles: LifecycleRecord[] = await tx.objectStore('listings').getAll();
    const buckets = tx.objectStore('buckets');
    await Promise.all(bucketsFromLifecycles(lifecycles).map((bucket) => buckets.put(bucket)));
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
    const db = wrap(request.result) as unknown as IDBPDatabase<HistoryDb>;
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

async function climb(db: IDBPDatabase<HistoryDb>, tx: UpgradeTx, from: number, to: number): Promise<void> {
  for (let v = from + 1; v <= to; v++) {
    const step = UPGRADE_STEPS[v];
    if (!step) throw new Error(`no upgrade step to history version ${v}`);
    await step(db, tx);
  }
}
