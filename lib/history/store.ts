/**
 * The price history over IndexedDB: observations (compact rows, one chunk per write and day),
 * listing lifecycles and daily trend buckets, always written together in one transaction, so an
 * abort (a full disk, a closed browser) leaves all of them as they were.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { type Listing, listingKey, type Observation } from '@/lib/schema';
import { keyId } from '@/lib/trend/sample';
import { BucketCache, bucketId } from './bucket-cache';
import { applyChange, type BucketChange, PendingBuckets } from './bucket-changes';
import { type FiledSample, filedSampleOf, sameFiling } from './buckets';
import { ChunkSequence, chunkRows, expandChunk } from './chunks';
import { historyError } from './errors';
import {
  applySighting,
  extendLifecycle,
  fromRecord,
  fromStored,
  rebuildLifecycle,
  toRecord,
  toStored,
} from './lifecycle';
import { openHistoryDatabase } from './open';
import type {
  BucketRecord,
  HistoryDb,
  JournalRecord,
  LifecycleRecord,
  ObservationRecord,
  RowChunkRecord,
  StoredLifecycleRecord,
} from './records';

const WRITE_STORES = ['rows', 'listings', 'buckets', 'meta', 'journal'] as const;
type WriteTx = IDBPTransaction<
  HistoryDb,
  typeof WRITE_STORES extends readonly (infer N)[] ? N[] : never,
  'readwrite'
>;
/** Pending journal lifecycles that make a write fold them into `listings` at once. */
const FLUSH_AT = 10_000;
/** Quiet time after a write before pending lifecycles are folded in. */
const FLUSH_IDLE_MS = 2000;
/** Lifecycles folded per transaction. */
const FOLD_SLICE = 2000;

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
  private readonly sequence = new ChunkSequence();
  /**
   * The key of every stored listing, read once per store life, so a listing never seen needs no
   * read. Like the bucket cache it follows commits and assumes this store is the only writer.
   */
  private known: Set<string> | null = null;
  /** The stored observation count, read once per store life with the known keys. */
  private count: number | null = null;
  /** The write in progress (or last finished): the next one starts after it. */
  private writing: Promise<unknown> = Promise.resolve();
  /** Lifecycles in the journal, not yet folded into `listings`: they override it. */
  private readonly journal = new Map<string, StoredLifecycleRecord>();
  /** Row chunks in the journal, not yet moved to `rows`. */
  private pendingRows: RowChunkRecord[] = [];
  /** Bucket changes in the journal, not yet folded into `buckets`. */
  private readonly pendingBuckets = new PendingBuckets();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;

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
   * not (only rigs vote in the trend buckets). Idempotent: a batch no newer than a listing's last
   * sighting changes nothing for it.
   */
  ingest(listings: readonly Listing[], observedAt: string, fromDay: number | null): Promise<IngestResult> {
    return this.exclusive(() => this.ingestNow(listings, observedAt, fromDay));
  }

  private async ingestNow(
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

    const tx = db.transaction([...WRITE_STORES], 'readwrite');
    return this.run(tx, 'saving the listings', async (onCommit) => {
      const { count, known } = await this.begin(tx);
      const keys = [...batch.keys()];
      const previous = await this.storedOf(tx, keys);
      const lifecycles = new Map<string, LifecycleRecord>();
      const moves: Move[] = [];
      const writes: Promise<unknown>[] = [];
      const stored: Observation[] = [];
      const lives: StoredLifecycleRecord[] = [];
      const bases = new Map<string, Observation>();
      const fresh = new Set<string>();
      const freshMoves: Move[] = [];
      keys.forEach((key, i) => {
        const prior = previous[i];
        const before = prior ? fromStored(prior) : undefined;
        const sighting = applySighting(before, batch.get(key) as Listing, observedAt);
        if (!sighting) {
          if (before) lifecycles.set(key, before);
          return;
        }
        lifecycles.set(key, sighting.lifecycle);
        const observation = sighting.stored ? fromRecord(sighting.stored) : null;
        const base = prior?.base ?? (observation as Observation);
        bases.set(key, base);
        lives.push(toStored(sighting.lifecycle, base));
        if (observation) stored.push(observation);
        const move = {
          key,
          from: before ? filedSampleOf(before) : null,
          to: filedSampleOf(sighting.lifecycle),
        };
        if (prior) moves.push(move);
        else {
          fresh.add(key);
          freshMoves.push(move);
        }
      });
      // First sightings file their samples last: the journal stores only their bases and a new
      // life derives their lifecycles and samples, appending them in the same order.
      const { changes, rewritten } = this.bucketChanges([...moves, ...freshMoves], onCommit);
      this.writeJournal(
        tx,
        { observations: stored, bases, lives, buckets: changes, count, known, fresh },
        writes,
        onCommit,
      );
      // No need to wait for each write: a failed one aborts the transaction, which `run` reports.
      const samples =
        fromDay === null
          ? new Map<string, BucketRecord[]>()
          : await this.readSamples(
              tx.objectStore('buckets'),
              models,
              fromDay,
              Number.POSITIVE_INFINITY,
              rewritten,
              onCommit,
              changes,
            );
      return { added: stored.length, lifecycles, samples };
    });
  }

  /**
   * Add observations (any order; each validated by the caller) as they are: an observation
   * already stored (same listing, same `observedAt`) is a duplicate and changes nothing.
   */
  importObservations(observations: readonly Observation[]): Promise<ImportCounts> {
    return this.exclusive(() => this.importNow(observations));
  }

  private async importNow(observations: readonly Observation[]): Promise<ImportCounts> {
    const db = await this.db();
    const byKey = new Map<string, ObservationRecord[]>();
    let duplicates = 0;
    const inInput = new Set<string>();
    for (const observation of observations) {
      const record = toRecord(observation);
      const id = `${record.key}\u0000${record.observedAt}`;
      if (inInput.has(id)) {
        duplicates++;
        continue;
      }
      inInput.add(id);
      const list = byKey.get(record.key);
      if (list) list.push(record);
      else byKey.set(record.key, [record]);
    }
    const tx = db.transaction([...WRITE_STORES], 'readwrite');
    return this.run(tx, 'importing the history', async (onCommit) => {
      const { count, known } = await this.begin(tx);
      const keys = [...byKey.keys()];
      const previous = await this.storedOf(tx, keys);
      // A listing's stored observations are read only when an imported one is not newer than
      // its last sighting (it may be a duplicate, or fall between stored ones).
      const older = keys.filter((key, i) => {
        const prior = previous[i];
        return (
          prior !== undefined && (byKey.get(key) as ObservationRecord[]).some((r) => r.at <= prior.lastAt)
        );
      });
      const storedOf = await this.readStored(tx, older, previous, keys);
      const moves: Move[] = [];
      const writes: Promise<unknown>[] = [];
      const fresh: Observation[] = [];
      const lives: StoredLifecycleRecord[] = [];
      const bases = new Map<string, Observation>();
      keys.forEach((key, i) => {
        const prior = previous[i];
        const before = prior ? fromStored(prior) : undefined;
        const existing = storedOf.get(key);
        const seen = new Set(existing?.map((record) => record.observedAt));
        const added: ObservationRecord[] = [];
        for (const record of byKey.get(key) as ObservationRecord[]) {
          if (seen.has(record.observedAt)) duplicates++;
          else added.push(record);
        }
        if (added.length === 0) return;
        added.sort((a, b) => a.at - b.at);
        const lifecycle =
          before && !existing
            ? extendLifecycle(before, added)
            : rebuildLifecycle(
                before,
                [...(existing ?? []), ...added].sort((a, b) => a.at - b.at),
                added.length,
              );
        const base = prior?.base ?? fromRecord(added[0] as ObservationRecord);
        bases.set(key, base);
        for (const record of added) fresh.push(fromRecord(record));
        lives.push(toStored(lifecycle, base));
        moves.push({ key, from: before ? filedSampleOf(before) : null, to: filedSampleOf(lifecycle) });
      });
      const { changes } = this.bucketChanges(moves, onCommit);
      this.writeJournal(
        tx,
        { observations: fresh, bases, lives, buckets: changes, count, known },
        writes,
        onCommit,
      );
      await Promise.all(writes);
      return { added: fresh.length, duplicates };
    });
  }

  /** Trend samples of `models` dated `fromDay` … `toDay` (UTC day numbers). */
  async samples(
    models: Iterable<string>,
    fromDay: number,
    toDay: number,
  ): Promise<Map<string, BucketRecord[]>> {
    const db = await this.db();
    const tx = db.transaction(['buckets', 'listings', 'journal', 'meta'], 'readonly');
    await this.load(tx);
    const loads: (() => void)[] = [];
    const samples = await this.readSamples(
      tx.objectStore('buckets'),
      new Set(models),
      fromDay,
      toDay,
      new Map(),
      (fn) => {
        loads.push(fn);
      },
    );
    await tx.done;
    for (const load of loads) load();
    return samples;
  }

  /** Every model that has trend samples. */
  async models(): Promise<string[]> {
    const db = await this.db();
    const tx = db.transaction(['buckets', 'listings', 'journal', 'meta'], 'readonly');
    const [keys] = await Promise.all([tx.objectStore('buckets').getAllKeys(), this.load(tx)]);
    await tx.done;
    const models = new Set(keys.map((key) => key[0]));
    // A model with pending changes only has samples once they are applied; check the overlay.
    for (const model of this.pendingBuckets.models()) {
      if (!models.has(model) && (await this.samples([model], 0, Number.POSITIVE_INFINITY)).get(model)?.length)
        models.add(model);
    }
    return [...models];
  }

  /** The lifecycles of `keys`, in order (undefined for a listing never seen). */
  async lifecycles(keys: readonly string[]): Promise<(LifecycleRecord | undefined)[]> {
    const db = await this.db();
    const tx = db.transaction(['listings', 'journal', 'meta'], 'readonly');
    const result = await this.storedOf(tx, keys);
    await tx.done;
    return result.map((stored) => (stored ? fromStored(stored) : undefined));
  }

  /** A listing's stored observations, oldest first. */
  async observationsOf(key: string): Promise<Observation[]> {
    const db = await this.db();
    const tx = db.transaction(['rows', 'listings', 'journal', 'meta'], 'readonly');
    const [[stored], chunks] = await Promise.all([
      this.storedOf(tx, [key]),
      tx.objectStore('rows').index('byKey').getAll(key),
    ]);
    await tx.done;
    if (!stored) return [];
    const bases = new Map([[key, stored.base]]);
    return [...chunks, ...this.pendingRows.filter((chunk) => chunk.keys.includes(key))]
      .flatMap((chunk) => expandChunk(chunk, bases, key))
      .sort(byInstant);
  }

  /**
   * Every observation, oldest first, in chunks of `chunkSize`. Row chunks are read in day order,
   * a few at a time in short transactions, and a day is sorted and handed out once every chunk
   * of it has been read: a million observations never sit in memory at once.
   */
  async *allObservations(chunkSize = 5000): AsyncGenerator<Observation[]> {
    const db = await this.db();
    const bases = new Map<string, Observation>();
    let after: [number, number] | null = null;
    let pending: Observation[] = [];
    let pendingDay = Number.NEGATIVE_INFINITY;
    // The journal's chunks as of the start, merged in day order; if a fold moves them to `rows`
    // meanwhile, they are skipped there.
    let journal: RowChunkRecord[] | null = null;
    let skip = new Set<number>();
    let next = 0;
    const take = (chunk: RowChunkRecord): Observation[][] => {
      const out: Observation[][] = [];
      if (chunk.day !== pendingDay) {
        out.push(...slices(pending.sort(exportOrder), chunkSize));
        pending = [];
        pendingDay = chunk.day;
      }
      for (const observation of expandChunk(chunk, bases)) pending.push(observation);
      return out;
    };
    for (;;) {
      const range: IDBKeyRange | null = after ? IDBKeyRange.lowerBound(after, true) : null;
      const tx = db.transaction(['rows', 'listings', 'journal', 'meta'], 'readonly');
      const [chunks]: [RowChunkRecord[], Set<string>] = await Promise.all([
        tx.objectStore('rows').getAll(range, EXPORT_CHUNKS),
        this.load(tx),
      ]);
      if (journal === null) {
        journal = [...this.pendingRows].sort((x, y) => x.day - y.day || x.seq - y.seq);
        skip = new Set(journal.map((chunk) => chunk.seq));
      }
      const wanted = chunks.flatMap((chunk) => chunk.keys);
      if (next === 0) for (const chunk of journal) wanted.push(...chunk.keys);
      const missing = [...new Set(wanted)].filter((key) => !bases.has(key));
      const found = await this.storedOf(tx, missing);
      await tx.done;
      missing.forEach((key, i) => {
        const stored = found[i];
        if (stored) bases.set(key, stored.base);
      });
      for (const chunk of chunks) {
        if (skip.has(chunk.seq)) continue;
        while (next < journal.length && (journal[next] as RowChunkRecord).day <= chunk.day)
          yield* take(journal[next++] as RowChunkRecord);
        yield* take(chunk);
      }
      if (next === 0 && journal.length === 0) next = 1;
      const last: RowChunkRecord | undefined = chunks[chunks.length - 1];
      if (!last || chunks.length < EXPORT_CHUNKS) break;
      after = [last.day, last.seq];
    }
    while (journal && next < journal.length) {
      const chunk = journal[next++];
      if (chunk) yield* take(chunk);
    }
    yield* slices(pending.sort(exportOrder), chunkSize);
  }

  /** Remove everything. */
  clear(): Promise<void> {
    return this.exclusive(() => this.clearNow());
  }

  private async clearNow(): Promise<void> {
    const db = await this.db();
    const tx = db.transaction([...WRITE_STORES], 'readwrite');
    await this.run(tx, 'clearing the history', async (onCommit) => {
      onCommit(() => {
        this.cache.clear();
        this.known = new Set();
        this.count = 0;
        this.pendingRows = [];
        this.journal.clear();
        this.pendingBuckets.clear();
      });
      await Promise.all(WRITE_STORES.map((name) => tx.objectStore(name).clear()));
    });
  }

  /** How many observations and listings are stored. */
  async counts(): Promise<{ observations: number; listings: number }> {
    const db = await this.db();
    const tx = db.transaction(['meta', 'listings', 'journal'], 'readonly');
    const known = await this.load(tx);
    await tx.done;
    return { observations: this.count ?? 0, listings: known.size };
  }

  /**
   * Fold the journal's lifecycles into `listings` (one put each) and empty it, in one
   * transaction. Runs by itself when the store has been idle a moment or many are pending; a
   * failure leaves the journal as it was, to be folded next time.
   */
  async flush(): Promise<void> {
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    // Lifecycles go first, a slice per transaction, so a page arriving meanwhile waits for one
    // slice at most (it queues behind the current one, the next queues behind it).
    while (this.journal.size > FOLD_SLICE) await this.exclusive(() => this.foldLifecycles());
    await this.exclusive(() => this.flushNow());
  }

  /**
   * Fold `FOLD_SLICE` pending lifecycles into `listings`. The journal keeps its records until the
   * last fold empties it; a new life reads them again and finds the same lifecycles (or newer).
   */
  private async foldLifecycles(): Promise<void> {
    if (this.journal.size <= FOLD_SLICE) return;
    const db = await this.db();
    const tx = db.transaction([...WRITE_STORES], 'readwrite');
    await this.run(tx, 'tidying the history', async (onCommit) => {
      await this.begin(tx);
      const slice = [...this.journal.values()].slice(0, FOLD_SLICE);
      const listings = tx.objectStore('listings');
      await Promise.all(slice.map((lifecycle) => listings.put(lifecycle)));
      onCommit(() => {
        for (const lifecycle of slice) this.journal.delete(lifecycle.key);
      });
    });
  }

  private async flushNow(): Promise<void> {
    if (this.journal.size === 0 && this.pendingBuckets.size === 0 && this.pendingRows.length === 0) return;
    const db = await this.db();
    const tx = db.transaction([...WRITE_STORES], 'readwrite');
    await this.run(tx, 'tidying the history', async (onCommit) => {
      await this.begin(tx);
      // Writes run one at a time, so nothing changes the journal while this runs.
      const rows = tx.objectStore('rows');
      const listings = tx.objectStore('listings');
      const buckets = tx.objectStore('buckets');
      const keys = this.pendingBuckets.keys();
      const stored = new Map<string, BucketRecord | undefined>();
      const found = await Promise.all(keys.map((key) => buckets.get(key)));
      keys.forEach(([model, day], i) => {
        stored.set(bucketId(model, day), found[i]);
      });
      const writes: Promise<unknown>[] = [];
      for (const bucket of this.pendingBuckets.folded((model, day) => stored.get(bucketId(model, day))))
        writes.push(bucket.ids.length > 0 ? buckets.put(bucket) : buckets.delete([bucket.model, bucket.day]));
      for (const lifecycle of this.journal.values()) writes.push(listings.put(lifecycle));
      // `put`: moving a chunk twice (another life folded it already) leaves it as it is.
      for (const chunk of this.pendingRows) writes.push(rows.put(chunk));
      writes.push(tx.objectStore('meta').put({ id: COUNTS, observations: this.count ?? 0 }));
      writes.push(tx.objectStore('journal').clear());
      await Promise.all(writes);
      onCommit(() => {
        this.journal.clear();
        this.pendingBuckets.clear();
        this.pendingRows = [];
      });
    });
  }

  /** Fold pending lifecycles in, then close the database (tests, and before deleting it). */
  async close(): Promise<void> {
    const opened = this.opened;
    if (opened) await this.flush().catch(() => undefined);
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    this.opened = null;
    this.known = null;
    this.count = null;
    this.pendingRows = [];
    this.journal.clear();
    this.pendingBuckets.clear();
    this.cache.clear();
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
   * The first request of a write, before anything in memory is trusted: once it answers, every
   * earlier write has committed (and updated memory). Loads the known keys on first use.
   */
  private async begin(tx: WriteTx): Promise<{ count: number; known: Set<string> }> {
    const known = await this.load(tx);
    return { count: this.count ?? 0, known };
  }

  /**
   * Run writes one at a time, each after the one before has committed and updated memory, so
   * memory can answer a write without asking the database first.
   */
  private exclusive<T>(write: () => Promise<T>): Promise<T> {
    const result = this.writing.then(write);
    this.writing = result.catch(() => undefined);
    return result;
  }

  /**
   * The known keys, and the journal in memory: read once per store life. Loads run in
   * transaction order, so the first to finish saw the state every later commit builds on.
   */
  private async load(tx: LifecycleTx): Promise<Set<string>> {
    if (this.known) return this.known;
    const [keys, journal, meta] = await Promise.all([
      tx.objectStore('listings').getAllKeys(),
      tx.objectStore('journal').getAll(),
      tx.objectStore('meta').get(COUNTS),
    ]);
    if (this.known) return this.known;
    const known = new Set(keys);
    let count = meta?.observations ?? 0;
    // Journal records in write order: a later one holds the newer lifecycle.
    for (const record of journal) {
      const firsts = firstSightings(record.fresh ?? []);
      for (const stored of [...record.lives, ...firsts.lives]) {
        this.journal.set(stored.key, stored);
        known.add(stored.key);
      }
      this.pendingBuckets.add(record.buckets);
      this.pendingBuckets.add(firsts.buckets);
      for (const chunk of record.rows) {
        this.pendingRows.push(chunk);
        count += chunk.rows.length;
      }
    }
    this.count = count;
    this.known = known;
    return known;
  }

  /** The stored lifecycles of `keys`, in order: from the journal, else `listings` (if known). */
  private async storedOf(
    tx: LifecycleTx,
    keys: readonly string[],
  ): Promise<(StoredLifecycleRecord | undefined)[]> {
    const known = await this.load(tx);
    const listings = tx.objectStore('listings');
    return Promise.all(
      keys.map((key) => this.journal.get(key) ?? (known.has(key) ? listings.get(key) : undefined)),
    );
  }

  /**
   * Queue a write as one journal record: its observations (as row chunks), lifecycles and
   * bucket changes. Memory follows on commit; `flush` moves them to their stores later.
   */
  private writeJournal(
    tx: WriteTx,
    write: {
      observations: readonly Observation[];
      bases: ReadonlyMap<string, Observation>;
      lives: StoredLifecycleRecord[];
      buckets: BucketChange[];
      count: number;
      known: Set<string>;
      /** Listings seen for the first time (live ingest): stored as their base only. */
      fresh?: ReadonlySet<string>;
    },
    writes: Promise<unknown>[],
    onCommit: (apply: () => void) => void,
  ): void {
    const { observations, bases, lives, buckets, count, known } = write;
    const rows = chunkRows(observations, bases, this.sequence);
    if (lives.length === 0 && buckets.length === 0 && rows.length === 0) return;
    track(
      writes,
      tx.objectStore('journal').add(journalRecord(this.sequence.next(), lives, buckets, rows, write.fresh)),
    );
    onCommit(() => {
      this.count = count + observations.length;
      for (const chunk of rows) this.pendingRows.push(chunk);
      for (const stored of lives) {
        this.journal.set(stored.key, stored);
        known.add(stored.key);
      }
      this.pendingBuckets.add(buckets);
      this.scheduleFlush();
    });
  }

  /** Fold the journal in soon: at once when it is large, else once writes pause. */
  private scheduleFlush(): void {
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    const delay = this.journal.size >= FLUSH_AT ? 0 : FLUSH_IDLE_MS;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      // A failed fold keeps the journal; the next write schedules another.
      this.flush().catch(() => undefined);
    }, delay);
  }

  /**
   * The stored observations of `wanted` listings (a subset of `keys`, whose stored lifecycles
   * are `previous`), each chunk read once however many of them it holds.
   */
  private async readStored(
    tx: WriteTx,
    wanted: readonly string[],
    previous: readonly (StoredLifecycleRecord | undefined)[],
    keys: readonly string[],
  ): Promise<Map<string, ObservationRecord[]>> {
    const result = new Map<string, ObservationRecord[]>();
    if (wanted.length === 0) return result;
    const rows = tx.objectStore('rows');
    const chunkKeys = await Promise.all(wanted.map((key) => rows.index('byKey').getAllKeys(key)));
    const unique = new Map<string, [number, number]>();
    for (const list of chunkKeys) for (const id of list) unique.set(`${id[0]}:${id[1]}`, id);
    const chunks = (await Promise.all([...unique.values()].map((id) => rows.get(id)))).filter(
      (chunk): chunk is RowChunkRecord => chunk !== undefined,
    );
    const wantedSet = new Set(wanted);
    for (const chunk of this.pendingRows)
      if (chunk.keys.some((key) => wantedSet.has(key))) chunks.push(chunk);
    const bases = new Map<string, Observation>();
    keys.forEach((key, i) => {
      const prior = previous[i];
      if (prior) bases.set(key, prior.base);
    });
    for (const key of wanted) result.set(key, []);
    for (const chunk of chunks) {
      for (const observation of expandChunk(chunk, bases)) {
        result.get(listingKey(observation))?.push(toRecord(observation));
      }
    }
    return result;
  }

  /**
   * The bucket changes of `moves`, recorded (with the write's journal record) instead of written.
   * Returns them, and the rewritten buckets the cache covers, by `bucketId`, which the cache
   * takes on commit.
   */
  private bucketChanges(
    moves: readonly Move[],
    onCommit: (apply: () => void) => void,
  ): { changes: BucketChange[]; rewritten: Map<string, BucketRecord> } {
    const byId = new Map<string, BucketChange>();
    const changeOf = (model: string, day: number) => {
      const id = bucketId(model, day);
      let change = byId.get(id);
      if (!change) {
        change = { model, day, remove: [], add: [] };
        byId.set(id, change);
      }
      return change;
    };
    for (const { key, from, to } of moves) {
      if (sameFiling(from, to)) continue;
      if (from) changeOf(from.model, from.day).remove.push(keyId(key));
      if (to) changeOf(to.model, to.day).add.push(to.sample);
    }
    const changes = [...byId.values()];
    const rewritten = new Map<string, BucketRecord>();
    for (const [id, change] of byId) {
      if (this.cache.covers(change.model, change.day))
        rewritten.set(id, applyChange(this.cache.bucket(change.model, change.day), change));
    }
    onCommit(() => {
      this.pendingBuckets.add(changes);
      this.cache.commit(rewritten.values());
    });
    return { changes, rewritten };
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
    extra: readonly BucketChange[] = [],
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
      // What the buckets hold once this transaction commits: stored, pending, and its own changes.
      const buckets = this.pendingBuckets.overlay(model, fromDay, read[i] as BucketRecord[], extra);
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

const COUNTS = 'counts';

/**
 * A write's journal record. Listings seen for the first time in a live batch are stored as their
 * base only (about half the fields to clone on every page): `firstSightings` derives the rest.
 * Their samples come last in each bucket change (the ingest files them last), so the derived
 * changes append to the stored ones in the same order.
 */
function journalRecord(
  seq: number,
  lives: StoredLifecycleRecord[],
  buckets: BucketChange[],
  rows: RowChunkRecord[],
  fresh: ReadonlySet<string> | undefined,
): JournalRecord {
  if (!fresh || fresh.size === 0) return { seq, lives, buckets, rows };
  const freshIds = new Set([...fresh].map(keyId));
  return {
    seq,
    lives: lives.filter((stored) => !fresh.has(stored.key)),
    fresh: lives.filter((stored) => fresh.has(stored.key)).map((stored) => stored.base),
    buckets: buckets
      .map((change) => ({ ...change, add: change.add.filter((sample) => !freshIds.has(sample.id)) }))
      .filter((change) => change.add.length > 0 || change.remove.length > 0),
    rows,
  };
}

/** The lifecycles and bucket changes of listings first seen as `bases` (one sighting each). */
function firstSightings(bases: readonly Observation[]): {
  lives: StoredLifecycleRecord[];
  buckets: BucketChange[];
} {
  const lives: StoredLifecycleRecord[] = [];
  const buckets: BucketChange[] = [];
  for (const base of bases) {
    const lifecycle = (applySighting(undefined, base, base.observedAt) as { lifecycle: LifecycleRecord })
      .lifecycle;
    lives.push(toStored(lifecycle, base));
    const filed = filedSampleOf(lifecycle);
    if (filed) buckets.push({ model: filed.model, day: filed.day, remove: [], add: [filed.sample] });
  }
  return { lives, buckets };
}
/** Row chunks read per export transaction. */
const EXPORT_CHUNKS = 200;

/** Oldest first; ties by the exact instant text. */
function byInstant(a: Observation, b: Observation): number {
  return Date.parse(a.observedAt) - Date.parse(b.observedAt) || compare(a.observedAt, b.observedAt);
}

/** Export order: oldest first, ties broken by listing key and the exact instant text. */
function exportOrder(a: Observation, b: Observation): number {
  return (
    Date.parse(a.observedAt) - Date.parse(b.observedAt) ||
    compare(listingKey(a), listingKey(b)) ||
    compare(a.observedAt, b.observedAt)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function* slices<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** A transaction (any mode) that can read lifecycles. */
type LifecycleTx = IDBPTransaction<
  HistoryDb,
  ('listings' | 'journal' | 'rows' | 'meta' | 'buckets')[],
  IDBTransactionMode
>;

/** The part of a bucket store (in any transaction mode) that reading samples needs. */
interface BucketReader {
  getAll(range: IDBKeyRange): Promise<BucketRecord[]>;
}
