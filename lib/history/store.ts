/**
 * The price history over IndexedDB: observations, listing lifecycles and daily trend buckets,
 * always written together in one transaction, so an abort (a full disk, a closed browser) leaves
 * all three as they were.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { type Listing, listingKey, type Observation } from '@/lib/schema';
import { keyId, type TrendSample } from '@/lib/trend/sample';
import { BucketCache, bucketId } from './bucket-cache';
import { emptyBucket, type FiledSample, filedSampleOf, rewriteBucket, sameFiling } from './buckets';
import { historyError } from './errors';
import { applySighting, fromRecord, rebuildLifecycle, toRecord } from './lifecycle';
import { openHistoryDatabase } from './open';
import type { BucketRecord, HistoryDb, LifecycleRecord, ObservationRecord } from './records';

type WriteTx = IDBPTransaction<HistoryDb, ('observations' | 'listings' | 'buckets')[], 'readwrite'>;

/** What a live ingest did, and what a verdict needs next. */
export interface IngestResult {
  /** Observations added (first sightings and price changes). */
  added: number;
  /** The lifecycle of every ingested listing, by key, after the ingest. */
  lifecycles: Map<string, LifecycleRecord>;
  /** Trend samples of the batch's models from `fromDay` on, read in the same transaction. */
  samples: Map<string, BucketRecord[]>;
}

/** What an import did. */
export interface ImportCounts {
  added: number;
  duplicates: number;
}

/** The history store. Opens its database lazily, once. */
export class HistoryStore {
  private opened: Promise<IDBPDatabase<HistoryDb>> | null = null;
  private readonly cache = new BucketCache();

  constructor(private readonly open: () => Promise<IDBPDatabase<HistoryDb>>) {}

  /** The open database (opened on first use; a failed open is retried next time). */
  db(): Promise<IDBPDatabase<HistoryDb>> {
    if (!this.opened) {
      this.opened = this.open().catch((error: unknown) => {
        this.opened = null;
        throw historyError('opening the price history', error);
      });
    }
    return this.opened;
  }

  /**
   * Record a page's listings seen at `observedAt` (ISO UTC) and read back the trend samples of
   * their models from `fromDay` on (none when null), in one transaction. Every listing is kept, rig or
   * not (only rigs vote in the trend buckets). Idempotent: a batch no newer than a listing's last sighting changes nothing for it.
   */
  async ingest(
    listings: readonly Listing[],
    observedAt: string,
    fromDay: number | null,
  ): Promise<IngestResult> {
    const db = await this.db();
    // The last copy of a listing in a batch wins, as if seen last.
    const batch = new Map<string, Listing>();
    for (const listing of listings) batch.set(listingKey(listing), listing);
    const models = new Set<string>();
    for (const listing of listings) if (listing.miner) models.add(listing.miner.model);

    const tx = db.transaction(['observations', 'listings', 'buckets'], 'readwrite');
    return this.run(tx, 'saving the listings', async (onCommit) => {
      const keys = [...batch.keys()];
      const listingsStore = tx.objectStore('listings');
      const previous = await Promise.all(keys.map((key) => listingsStore.get(key)));
      const lifecycles = new Map<string, LifecycleRecord>();
      const moves: Move[] = [];
      const writes: Promise<unknown>[] = [];
      let added = 0;
      keys.forEach((key, i) => {
        const before = previous[i];
        const sighting = applySighting(before, batch.get(key) as Listing, observedAt);
        if (!sighting) {
          if (before) lifecycles.set(key, before);
          return;
        }
        lifecycles.set(key, sighting.lifecycle);
        track(writes, listingsStore.put(sighting.lifecycle));
        if (sighting.stored) {
          track(writes, tx.objectStore('observations').put(sighting.stored));
          added++;
        }
        moves.push({
          key,
          from: before ? filedSampleOf(before) : null,
          to: filedSampleOf(sighting.lifecycle),
        });
      });
      const [, pending] = await Promise.all([Promise.all(writes), this.applyMoves(tx, moves, onCommit)]);
      const samples =
        fromDay === null
          ? new Map<string, BucketRecord[]>()
          : await this.readSamples(
              tx.objectStore('buckets'),
              models,
              fromDay,
              Number.POSITIVE_INFINITY,
              pending,
              onCommit,
            );
      return { added, lifecycles, samples };
    });
  }

  /**
   * Add observations (any order; each validated by the caller) as they are: an observation
   * already stored (same listing, same `observedAt`) is a duplicate and changes nothing.
   */
  async importObservations(observations: readonly Observation[]): Promise<ImportCounts> {
    const db = await this.db();
    const byKey = new Map<string, ObservationRecord[]>();
    for (const observation of observations) {
      const record = toRecord(observation);
      const list = byKey.get(record.key);
      if (list) list.push(record);
      else byKey.set(record.key, [record]);
    }
    const tx = db.transaction(['observations', 'listings', 'buckets'], 'readwrite');
    return this.run(tx, 'importing the history', async (onCommit) => {
      const keys = [...byKey.keys()];
      const listingsStore = tx.objectStore('listings');
      const observationsStore = tx.objectStore('observations');
      const previous = await Promise.all(keys.map((key) => listingsStore.get(key)));
      // Every stored observation has a lifecycle, so a listing without one has none to read.
      const stored = await Promise.all(
        keys.map((key, i) =>
          previous[i]
            ? observationsStore.getAll(listingRange(key))
            : Promise.resolve<ObservationRecord[]>([]),
        ),
      );
      let added = 0;
      let duplicates = 0;
      const moves: Move[] = [];
      const writes: Promise<unknown>[] = [];
      keys.forEach((key, i) => {
        const existing = stored[i] as ObservationRecord[];
        const seen = new Set(existing.map((record) => record.observedAt));
        const fresh: ObservationRecord[] = [];
        for (const record of byKey.get(key) as ObservationRecord[]) {
          if (seen.has(record.observedAt)) {
            duplicates++;
            continue;
          }
          seen.add(record.observedAt);
          fresh.push(record);
        }
        if (fresh.length === 0) return;
        added += fresh.length;
        for (const record of fresh) track(writes, observationsStore.put(record));
        const all = [...existing, ...fresh].sort((a, b) => a.at - b.at);
        const before = previous[i];
        const lifecycle = rebuildLifecycle(before, all, fresh.length);
        track(writes, listingsStore.put(lifecycle));
        moves.push({ key, from: before ? filedSampleOf(before) : null, to: filedSampleOf(lifecycle) });
      });
      await Promise.all([Promise.all(writes), this.applyMoves(tx, moves, onCommit)]);
      return { added, duplicates };
    });
  }

  /** Trend samples of `models` dated `fromDay` … `toDay` (UTC day numbers). */
  async samples(
    models: Iterable<string>,
    fromDay: number,
    toDay: number,
  ): Promise<Map<string, BucketRecord[]>> {
    const db = await this.db();
    const tx = db.transaction('buckets', 'readonly');
    const loads: (() => void)[] = [];
    const samples = await this.readSamples(tx.store, new Set(models), fromDay, toDay, new Map(), (fn) => {
      loads.push(fn);
    });
    await tx.done;
    for (const load of loads) load();
    return samples;
  }

  /** Every model that has trend samples. */
  async models(): Promise<string[]> {
    const db = await this.db();
    const keys = await db.getAllKeys('buckets');
    return [...new Set(keys.map((key) => key[0]))];
  }

  /** The lifecycles of `keys`, in order (undefined for a listing never seen). */
  async lifecycles(keys: readonly string[]): Promise<(LifecycleRecord | undefined)[]> {
    const db = await this.db();
    const tx = db.transaction('listings', 'readonly');
    const result = await Promise.all(keys.map((key) => tx.store.get(key)));
    await tx.done;
    return result;
  }

  /** A listing's stored observations, oldest first. */
  async observationsOf(key: string): Promise<Observation[]> {
    const db = await this.db();
    const records = await db.getAll('observations', listingRange(key));
    return records.sort((a, b) => a.at - b.at).map(fromRecord);
  }

  /**
   * Every observation, oldest first, in chunks of `chunkSize` (each chunk read in its own short
   * transaction, so a million observations never sit in memory at once).
   */
  async *allObservations(chunkSize = 5000): AsyncGenerator<Observation[]> {
    const db = await this.db();
    let after: [number, string, string] | null = null;
    for (;;) {
      const range: IDBKeyRange | null = after ? IDBKeyRange.lowerBound(after, true) : null;
      const records = await db.getAllFromIndex('observations', 'byAt', range, chunkSize);
      if (records.length === 0) return;
      const last = records[records.length - 1] as ObservationRecord;
      after = [last.at, last.key, last.observedAt];
      yield records.map(fromRecord);
      if (records.length < chunkSize) return;
    }
  }

  /** Remove everything. */
  async clear(): Promise<void> {
    const db = await this.db();
    const tx = db.transaction(['observations', 'listings', 'buckets'], 'readwrite');
    await this.run(tx, 'clearing the history', async (onCommit) => {
      onCommit(() => this.cache.clear());
      await Promise.all([
        tx.objectStore('observations').clear(),
        tx.objectStore('listings').clear(),
        tx.objectStore('buckets').clear(),
      ]);
    });
  }

  /** How many observations and listings are stored. */
  async counts(): Promise<{ observations: number; listings: number }> {
    const db = await this.db();
    const tx = db.transaction(['observations', 'listings'], 'readonly');
    const [observations, listings] = await Promise.all([
      tx.objectStore('observations').count(),
      tx.objectStore('listings').count(),
    ]);
    await tx.done;
    return { observations, listings };
  }

  /** Close the database (tests, and before deleting it). */
  async close(): Promise<void> {
    const opened = this.opened;
    this.opened = null;
    if (opened) (await opened).close();
  }

  /**
   * Run `work` in `tx` and wait for the commit. Any failure, in `work` or in the commit, aborts
   * the whole transaction and surfaces as a HistoryStoreError saying what was not saved.
   */
  private async run<T>(
    tx: WriteTx,
    what: string,
    work: (onCommit: (apply: () => void) => void) => Promise<T>,
  ): Promise<T> {
    // Observe `done` at once so an abort before we await it is never an unhandled rejection.
    const done = tx.done.then(
      () => null,
      (error: unknown) => error ?? new Error('transaction aborted'),
    );
    // Memory follows the database only once the transaction has committed.
    const afterCommit: (() => void)[] = [];
    let result: T;
    try {
      result = await work((apply) => {
        afterCommit.push(apply);
      });
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request.
      }
      await done;
      throw historyError(what, error);
    }
    const failure = await done;
    if (failure) throw historyError(what, failure);
    for (const apply of afterCommit) apply();
    return result;
  }

  /**
   * Apply sample moves, reading and rewriting each touched bucket once (from memory when the
   * cache knows it). Returns the rewritten buckets by `bucketId`, committed to the cache with
   * the transaction.
   */
  private async applyMoves(
    tx: WriteTx,
    moves: readonly Move[],
    onCommit: (apply: () => void) => void,
  ): Promise<Map<string, BucketRecord>> {
    const changes = new Map<
      string,
      { model: string; day: number; remove: Set<number>; add: TrendSample[] }
    >();
    const changeOf = (model: string, day: number) => {
      const id = bucketId(model, day);
      let change = changes.get(id);
      if (!change) {
        change = { model, day, remove: new Set(), add: [] };
        changes.set(id, change);
      }
      return change;
    };
    for (const { key, from, to } of moves) {
      if (sameFiling(from, to)) continue;
      if (from) changeOf(from.model, from.day).remove.add(keyId(key));
      if (to) changeOf(to.model, to.day).add.push(to.sample);
    }
    const rewritten = new Map<string, BucketRecord>();
    if (changes.size === 0) return rewritten;
    const store = tx.objectStore('buckets');
    const list = [...changes.values()];
    const loaded = await Promise.all(
      list.map((change) =>
        this.cache.covers(change.model, change.day)
          ? this.cache.bucket(change.model, change.day)
          : store.get([change.model, change.day]),
      ),
    );
    const writes: Promise<unknown>[] = [];
    list.forEach((change, i) => {
      const bucket = rewriteBucket(
        loaded[i] ?? emptyBucket(change.model, change.day),
        change.remove,
        change.add,
      );
      rewritten.set(bucketId(change.model, change.day), bucket);
      track(writes, bucket.ids.length > 0 ? store.put(bucket) : store.delete([change.model, change.day]));
    });
    await Promise.all(writes);
    onCommit(() => this.cache.commit(rewritten.values()));
    return rewritten;
  }

  /**
   * The buckets of `models` from `fromDay` to `toDay`: from the cache, with this transaction's
   * `pending` rewrites laid over, or read in `store`'s transaction (which sees its own writes)
   * and cached on commit.
   */
  private async readSamples(
    store: BucketReader,
    models: ReadonlySet<string>,
    fromDay: number,
    toDay: number,
    pending: ReadonlyMap<string, BucketRecord>,
    onCommit: (apply: () => void) => void,
  ): Promise<Map<string, BucketRecord[]>> {
    const samples = new Map<string, BucketRecord[]>();
    const missing: string[] = [];
    for (const model of models) {
      const cached = this.cache.window(model, fromDay, toDay, pending);
      if (cached) samples.set(model, cached);
      else missing.push(model);
    }
    const read = await Promise.all(
      missing.map((model) =>
        store.getAll(IDBKeyRange.bound([model, fromDay], [model, Number.POSITIVE_INFINITY])),
      ),
    );
    missing.forEach((model, i) => {
      const buckets = read[i] as BucketRecord[];
      samples.set(
        model,
        buckets.filter((bucket) => bucket.day <= toDay),
      );
      onCommit(() => this.cache.load(model, fromDay, buckets));
    });
    return samples;
  }
}

/** Open the history store (lazily: nothing touches IndexedDB until the first call). */
export function openHistoryDb(name = 'rigscout-history', factory?: IDBFactory): HistoryStore {
  return new HistoryStore(() => openHistoryDatabase(name, factory ?? indexedDB));
}

/**
 * Collect a write's promise to await later. If the work throws before then, the transaction is
 * aborted and the write rejects with nobody listening yet: mark it handled now.
 */
function track(writes: Promise<unknown>[], write: Promise<unknown>): void {
  write.catch(() => undefined);
  writes.push(write);
}

/** A listing's sample moving between buckets. */
interface Move {
  key: string;
  from: FiledSample | null;
  to: FiledSample | null;
}

function listingRange(key: string): IDBKeyRange {
  // Every [key, observedAt] with this key: observedAt strings sort between '' and '\uffff'.
  return IDBKeyRange.bound([key, ''], [key, '\uffff']);
}

/** The part of a bucket store (in any transaction mode) that reading samples needs. */
interface BucketReader {
  getAll(range: IDBKeyRange): Promise<BucketRecord[]>;
}
