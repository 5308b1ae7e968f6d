import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHistoryApi } from '@/lib/background/history-api';
import { HistoryStoreError, openHistoryDb } from '@/lib/history';
import type { HistoryStore } from '@/lib/history/store';
import { unpackChunk } from '@/lib/trend/chunk';
import { DEFAULT_TREND_OPTIONS } from '@/lib/trend/options';
import { type ListingSpec, listing, NOW } from '../trend/fixtures';

const stores: HistoryStore[] = [];
function freshStore(): HistoryStore {
  const store = openHistoryDb('test-history', new IDBFactory());
  stores.push(store);
  return store;
}
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

/** Make the `n`th record write (put or add) from now on throw as a full disk does. */
function failWrite(n: number): void {
  let calls = 0;
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args as Parameters<typeof original>);
    });
  }
}

const at = (daysAgo: number) => new Date(NOW - daysAgo * 86_400_000).toISOString();
const page = (specs: ListingSpec[]) => specs.map(listing);

describe('live ingest', () => {
  it('is idempotent: the same batch twice adds nothing', async () => {
    const store = freshStore();
    const batch = page([
      { id: '1', amount: 4000 },
      { id: '2', amount: 4100 },
    ]);
    const first = await store.ingest(batch, at(1), 0);
    const again = await store.ingest(batch, at(1), 0);
    expect(first.added).toBe(2);
    expect(again.added).toBe(0);
    expect(await store.counts()).toEqual({ observations: 2, listings: 2 });
    const [lifecycle] = await store.lifecycles(['goofish:1']);
    expect(lifecycle?.seenCount).toBe(1);
  });

  it('records a later sighting at the same price in the lifecycle only', async () => {
    const store = freshStore();
    await store.ingest(page([{ id: '1', amount: 4000 }]), at(3), 0);
    const result = await store.ingest(page([{ id: '1', amount: 4000 }]), at(1), 0);
    expect(result.added).toBe(0);
    const lifecycle = result.lifecycles.get('goofish:1');
    expect(lifecycle).toMatchObject({ firstSeen: at(3), lastSeen: at(1), seenCount: 2, priceSince: at(3) });
    expect(lifecycle?.prices).toHaveLength(1);
    expect(await store.observationsOf('goofish:1')).toHaveLength(1);
  });

  it('adds an observation and moves the trend sample when the price changes', async () => {
    const store = freshStore();
    await store.ingest(page([{ id: '1', amount: 4000 }]), at(10), 0);
    const result = await store.ingest(page([{ id: '1', amount: 3600 }]), at(2), 0);
    expect(result.added).toBe(1);
    expect(result.lifecycles.get('goofish:1')?.prices.map((p) => p.amount)).toEqual([4000, 3600]);
    const samples = result.samples.get('Antminer S19j Pro')?.flatMap((chunk) => unpackChunk(chunk)) ?? [];
    expect(samples).toHaveLength(1);
    expect(samples[0]).toMatchObject({ unitPrice: 3600, day: Math.floor(Date.parse(at(2)) / 86_400_000) });
  });

  it('keeps every listing, rig or not, but files only rigs in the trend buckets', async () => {
    const store = freshStore();
    const result = await store.ingest(
      page([
        { id: 'rig', amount: 4000 },
        { id: 'fan', amount: 50, isMiningRig: false },
      ]),
      at(1),
      0,
    );
    expect(result.added).toBe(2);
    expect(result.lifecycles.get('goofish:fan')).toMatchObject({ seenCount: 1, firstSeen: at(1) });
    expect(await store.counts()).toEqual({ observations: 2, listings: 2 });
    expect((await store.observationsOf('goofish:fan')).map((o) => [o.isMiningRig, o.price?.amount])).toEqual([
      [false, 50],
    ]);
    const samples = result.samples.get('Antminer S19j Pro')?.flatMap((chunk) => unpackChunk(chunk)) ?? [];
    expect(samples.map((sample) => sample.unitPrice)).toEqual([4000]);
  });

  it('ignores a sighting older than the last one', async () => {
    const store = freshStore();
    await store.ingest(page([{ id: 'rig', amount: 4000 }]), at(1), 0);
    const old = await store.ingest(page([{ id: 'rig', amount: 9999 }]), at(5), 0);
    expect(old.added).toBe(0);
    expect(await store.counts()).toEqual({ observations: 1, listings: 1 });
  });

  it('leaves the store as it was when a write fails (disk full)', async () => {
    const store = freshStore();
    await store.ingest(page([{ id: '1', amount: 4000 }]), at(5), 0);
    // A live batch is one write: its journal record (observations, lifecycles, bucket changes).
    failWrite(1);
    const failing = store.ingest(
      page([
        { id: '1', amount: 3000 },
        { id: '2', amount: 4100 },
      ]),
      at(1),
      0,
    );
    await expect(failing).rejects.toBeInstanceOf(HistoryStoreError);
    await expect(failing).rejects.toThrow(/storage is full/);
    vi.restoreAllMocks();
    expect(await store.counts()).toEqual({ observations: 1, listings: 1 });
    const [lifecycle] = await store.lifecycles(['goofish:1']);
    expect(lifecycle?.prices.map((p) => p.amount)).toEqual([4000]);
    expect(
      (await store.samples(['Antminer S19j Pro'], 0, 1e9))
        .get('Antminer S19j Pro')
        ?.flatMap((chunk) => unpackChunk(chunk)),
    ).toHaveLength(1);
    // And it still works afterwards.
    expect((await store.ingest(page([{ id: '2', amount: 4100 }]), at(1), 0)).added).toBe(1);
  });
});

describe('the lifecycle journal', () => {
  it('serves lifecycles before and after they are folded in, in this life and the next', async () => {
    const factory = new IDBFactory();
    const open = () => {
      const store = openHistoryDb('journal', factory);
      stores.push(store);
      return store;
    };
    const store = open();
    await store.ingest(
      page([
        { id: '1', amount: 4000 },
        { id: 'fan', amount: 50, isMiningRig: false },
      ]),
      at(3),
      0,
    );
    await store.ingest(page([{ id: '1', amount: 3900 }]), at(2), 0);
    const expected = await store.lifecycles(['goofish:1', 'goofish:fan', 'goofish:none']);
    expect(expected.map((l) => l?.seenCount)).toEqual([2, 1, undefined]);
    // Another life reads the journal (nothing folded in yet: `listings` is empty).
    const db = await store.db();
    expect(await db.count('listings')).toBe(0);
    expect(await db.count('journal')).toBe(2);
    const next = open();
    expect(await next.lifecycles(['goofish:1', 'goofish:fan', 'goofish:none'])).toEqual(expected);
    expect(await next.counts()).toEqual({ observations: 3, listings: 2 });
    await next.close();

    await store.flush();
    expect(await db.count('journal')).toBe(0);
    expect(await db.count('listings')).toBe(2);
    expect(await store.lifecycles(['goofish:1', 'goofish:fan', 'goofish:none'])).toEqual(expected);
    // Sightings after the fold build on it.
    const later = await store.ingest(page([{ id: '1', amount: 3900 }]), at(1), 0);
    expect(later.lifecycles.get('goofish:1')).toMatchObject({
      seenCount: 3,
      firstSeen: at(3),
      lastSeen: at(1),
    });
    expect(await open().counts()).toEqual({ observations: 3, listings: 2 });
  });
});

describe('folding a large journal', () => {
  it('folds lifecycles in slices, a page still answered between them, and loses nothing', async () => {
    const factory = new IDBFactory();
    const store = openHistoryDb('fold', factory);
    stores.push(store);
    const specs = Array.from({ length: 4500 }, (_, i) => ({ id: `l${i}`, amount: 3000 + (i % 500) }));
    await store.ingest(page(specs), at(2), 0);
    const keys = specs.map((spec) => `goofish:${spec.id}`);
    const before = await store.lifecycles(keys);
    const folding = store.flush();
    // Queued behind the first slice, ahead of the rest.
    const between = await store.ingest(page([{ id: 'l1', amount: 2500 }]), at(1), 0);
    expect(between.lifecycles.get('goofish:l1')).toMatchObject({ seenCount: 2, firstSeen: at(2) });
    await folding;
    const db = await store.db();
    expect(await db.count('journal')).toBe(0);
    expect(await db.count('listings')).toBe(4500);
    const after = await store.lifecycles(keys);
    expect(after[0]).toEqual(before[0]);
    expect(after[1]?.prices.map((p) => p.amount)).toEqual([3001, 2500]);
    expect(after.slice(2)).toEqual(before.slice(2));
    const next = openHistoryDb('fold', factory);
    stores.push(next);
    expect(await next.lifecycles(keys)).toEqual(after);
    expect(await next.counts()).toEqual({ observations: 4501, listings: 4500 });
  });
});

describe('the in-memory buckets', () => {
  it('always match the database, through moves, failures and clears', async () => {
    const factory = new IDBFactory();
    const store = openHistoryDb('cached', factory);
    stores.push(store);
    const fresh = () => {
      const other = openHistoryDb('cached', factory);
      stores.push(other);
      return other;
    };
    const read = async (s: HistoryStore) => {
      const buckets =
        (await s.samples(['Antminer S19j Pro', 'Antminer L7'], 0, 1e9)).get('Antminer S19j Pro') ?? [];
      return buckets.flatMap((b) => unpackChunk(b)).sort((a, b) => a.id - b.id);
    };
    await store.ingest(
      page([
        { id: '1', amount: 4000 },
        { id: '2', amount: 4100 },
      ]),
      at(9),
      0,
    );
    await read(store); // warms the cache
    await store.ingest(
      page([
        { id: '1', amount: 3900 },
        { id: '3', amount: 4200 },
      ]),
      at(5),
      0,
    );
    await store.importObservations([{ ...listing({ id: '2', amount: 3000 }), observedAt: at(3) }]);
    expect(await read(store)).toEqual(await read(fresh()));

    // The batch's one write, its journal record, is refused.
    failWrite(1);
    await expect(
      store.ingest(
        page([
          { id: '1', amount: 100 },
          { id: '4', amount: 4400 },
        ]),
        at(1),
        0,
      ),
    ).rejects.toThrow();
    vi.restoreAllMocks();
    expect(await read(store)).toEqual(await read(fresh()));
    expect((await read(store)).map((s) => s.unitPrice)).toEqual(expect.not.arrayContaining([100]));

    await store.clear();
    expect(await read(store)).toEqual([]);
    await store.ingest(page([{ id: '5', amount: 4000 }]), at(0), 0);
    expect(await read(store)).toEqual(await read(fresh()));
    expect(await read(store)).toHaveLength(1);
  });
});

describe('history API', () => {
  const options = async () => DEFAULT_TREND_OPTIONS;

  it('answers a page with verdicts in one round trip, in input order', async () => {
    const api = createHistoryApi(freshStore(), options, { storage: {} });
    // A week of earlier pages: eight listings around ¥4000 in CN-SC.
    for (let d = 0; d < 8; d++) {
      await api.ingestAndJudge(page([{ id: `m${d}`, amount: 3900 + d * 30 }]), at(8 - d));
    }
    const verdicts = await api.ingestAndJudge(
      page([
        { id: 'cheap', amount: 3000 },
        { id: 'fan', amount: 50, isMiningRig: false },
        { id: 'fair', amount: 4000 },
        { id: 'new-model', amount: 4000, model: 'Whatsminer M60S' },
      ]),
      at(0),
    );
    expect(verdicts.map((v) => [v.listingId, v.verdict.verdict])).toEqual([
      ['cheap', 'below'],
      ['fan', 'unknown'],
      ['fair', 'in-line'],
      ['new-model', 'unknown'],
    ]);
    // The eight earlier listings and `fair`, seen on the same page.
    expect(verdicts[0]?.verdict.basis).toMatchObject({ level: 'subdivision', region: 'CN-SC', points: 9 });
    expect(verdicts[0]?.unitRate).toBeCloseTo(3000 / 104, 3);
    expect(verdicts[0]?.priceChanges).toEqual([{ at: at(0), amount: 3000, currency: 'CNY' }]);
    // The popup reads back every listing of the page, the "not a rig" one included.
    const popup = await api.verdictsFor(
      ['cheap', 'fan', 'fair', 'new-model'].map((listingId) => ({ site: 'goofish', listingId })),
      at(0),
    );
    expect(
      popup.map((p) => [p.observation.listingId, p.observation.isMiningRig, p.verdict.verdict.verdict]),
    ).toEqual([
      ['cheap', true, 'below'],
      ['fan', false, 'unknown'],
      ['fair', true, 'in-line'],
      ['new-model', true, 'unknown'],
    ]);
    expect(popup[1]?.verdict.verdict.basis).toMatchObject({ level: null, points: 0 });
  });

  it('serves a listing history, a model series and the popup verdicts', async () => {
    const api = createHistoryApi(freshStore(), options, { storage: {}, now: () => NOW });
    for (let d = 0; d < 6; d++) await api.ingestAndJudge(page([{ id: `m${d}`, amount: 4000 }]), at(20 - d));
    await api.ingestAndJudge(page([{ id: 'm0', amount: 3800 }]), at(3));
    const history = await api.listingHistory({ site: 'goofish', listingId: 'm0' });
    expect(history?.prices.map((p) => p.amount)).toEqual([4000, 3800]);
    expect(history?.observations.map((o) => o.price?.amount)).toEqual([4000, 3800]);
    expect(await api.listingHistory({ site: 'goofish', listingId: 'nope' })).toBeNull();

    const series = await api.modelSeries('Antminer S19j Pro', new Date(NOW).toISOString());
    expect(series).toMatchObject({ unit: 'TH/s', currency: 'CNY', windowDays: 90 });
    expect(series.regions.map((r) => r.region)).toEqual([null, 'CN', 'CN-SC']);
    expect(series.regions[0]?.listings).toBe(6);
    expect(series.regions[0]?.days.length).toBeGreaterThan(0);
    expect((await api.modelSeries('Nothing')).regions).toEqual([]);

    const popup = await api.verdictsFor([
      { site: 'goofish', listingId: 'm1' },
      { site: 'goofish', listingId: 'unknown' },
    ]);
    expect(popup).toHaveLength(1);
    expect(popup[0]?.observation.listingId).toBe('m1');
    expect(popup[0]?.verdict.verdict.basis.points).toBe(5);
  });

  it('reports storage and asks for persistence once', async () => {
    const persist = vi.fn(async () => true);
    const api = createHistoryApi(freshStore(), options, {
      storage: { persist, persisted: async () => false, estimate: async () => ({ usage: 10, quota: 100 }) },
    });
    await api.ingestAndJudge(page([{ id: '1', amount: 4000 }]), at(1));
    await api.ingestAndJudge(page([{ id: '2', amount: 4000 }]), at(1));
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await api.storageInfo()).toEqual({
      observations: 2,
      listings: 2,
      persisted: false,
      usageBytes: 10,
      quotaBytes: 100,
    });
    await api.clearHistory();
    expect((await api.storageInfo()).observations).toBe(0);
  });
});
