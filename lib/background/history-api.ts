/**
 * The background's history API: what the router calls for history messages. It joins the store
 * (lib/history) and the trend engine (lib/trend); every answer is plain data matching the
 * shapes in lib/messages/history-responses.ts and lib/messages/responses.ts.
 */
import type { HistoryStore, LifecycleRecord } from '@/lib/history';
import { csvHeader, csvRows } from '@/lib/history/csv';
import { parseHistoryJsonl, toJsonl } from '@/lib/history/jsonl';
import { requestPersistentStorage, type StorageManagerLike, storageEstimate } from '@/lib/history/persist';
import type {
  ImportReport,
  ListingHistory,
  ModelSeries,
  StorageInfo,
} from '@/lib/messages/history-responses';
import type { ListingVerdict } from '@/lib/messages/protocol';
import { type Listing, listingKey, type Observation } from '@/lib/schema';
import { TrendBook } from '@/lib/trend/judge';
import { type TrendOptions, windowStartDay } from '@/lib/trend/options';
import { dayNumber } from '@/lib/trend/sample';
import { dailyMedians, modelTrend, UNIT_LABEL } from '@/lib/trend/series';

/** A listing on a page, by site and id. */
export interface ListingRef {
  site: string;
  listingId: string;
}

/** A stored listing with its verdict now (the popup's list). */
export interface StoredVerdict {
  observation: Observation;
  verdict: ListingVerdict;
}

export interface HistoryApi {
  /** Record a page's listings and answer their verdicts, in input order, in one round trip. */
  ingestAndJudge(listings: readonly Listing[], observedAt: string): Promise<ListingVerdict[]>;
  /** A listing's own history; null when never seen. */
  listingHistory(ref: ListingRef): Promise<ListingHistory>;
  /** A model's trend per region with daily medians, at `now` (ISO; default the current time). */
  modelSeries(model: string, now?: string): Promise<ModelSeries>;
  /** The whole history as JSON Lines (oldest first) or CSV. */
  exportHistory(format: 'jsonl' | 'csv'): Promise<string>;
  /** Import JSON Lines: good lines kept, bad ones reported by number. Idempotent. */
  importHistory(text: string): Promise<ImportReport>;
  clearHistory(): Promise<void>;
  storageInfo(): Promise<StorageInfo>;
  /** The stored latest sighting and today's verdict of each known listing, in input order. */
  verdictsFor(refs: readonly ListingRef[], now?: string): Promise<StoredVerdict[]>;
}

/** Observations per import transaction: big enough to be fast, small enough to stay responsive. */
const IMPORT_CHUNK = 5000;

export interface HistoryApiDeps {
  /** Where persistence is asked for and usage read (default `navigator.storage`). */
  storage?: StorageManagerLike;
  /** The current time (tests). */
  now?: () => number;
}

/** Build the history API over `store`, reading trend options on every call. */
export function createHistoryApi(
  store: HistoryStore,
  getOptions: () => Promise<TrendOptions>,
  deps: HistoryApiDeps = {},
): HistoryApi {
  const clock = deps.now ?? Date.now;
  let persistenceAsked = false;

  function askPersistenceOnce(): void {
    if (persistenceAsked) return;
    persistenceAsked = true;
    void requestPersistentStorage(deps.storage);
  }

  function parseNow(now: string | undefined): number {
    if (now === undefined) return clock();
    const at = Date.parse(now);
    if (Number.isNaN(at)) throw new Error(`not a date: ${now}`);
    return at;
  }

  function firstDay(options: TrendOptions, now: number): number {
    return windowStartDay(dayNumber(now), options.windowDays);
  }

  function verdictOf(
    book: TrendBook,
    listing: Listing,
    lifecycle: LifecycleRecord | undefined,
  ): ListingVerdict {
    const { verdict, unitRate } = book.judge(listing);
    const priceChanges: ListingVerdict['priceChanges'] = [];
    for (const point of lifecycle?.prices ?? []) {
      if (point.amount !== null && point.currency !== null) {
        priceChanges.push({ at: point.at, amount: point.amount, currency: point.currency });
      }
    }
    return { site: listing.site, listingId: listing.listingId, verdict, unitRate, priceChanges };
  }

  return {
    async ingestAndJudge(listings, observedAt) {
      askPersistenceOnce();
      const options = await getOptions();
      const now = Date.parse(observedAt);
      const { lifecycles, samples } = await store.ingest(listings, observedAt, firstDay(options, now));
      const book = new TrendBook(samples, options, now);
      return listings.map((listing) => verdictOf(book, listing, lifecycles.get(listingKey(listing))));
    },

    async listingHistory(ref) {
      const key = listingKey(ref);
      const [lifecycle] = await store.lifecycles([key]);
      if (!lifecycle) return null;
      return {
        key,
        site: lifecycle.site,
        listingId: lifecycle.listingId,
        firstSeen: lifecycle.firstSeen,
        lastSeen: lifecycle.lastSeen,
        seenCount: lifecycle.seenCount,
        latest: lifecycle.latest,
        prices: lifecycle.prices,
        observations: await store.observationsOf(key),
      };
    },

    async modelSeries(model, nowText) {
      const options = await getOptions();
      const now = parseNow(nowText);
      const samples = await store.samples([model], firstDay(options, now), dayNumber(now));
      const book = new TrendBook(samples, options, now);
      const trend = modelTrend(book, model);
      const base = { model, windowDays: options.windowDays, now: new Date(now).toISOString() };
      if (!trend) return { ...base, unit: UNIT_LABEL.machine, currency: null, regions: [] };
      const modelSamples = book.samplesOf(model);
      return {
        ...base,
        unit: UNIT_LABEL[trend.unit],
        currency: trend.currency,
        regions: trend.regions.map((region) => ({
          ...region,
          days: dailyMedians(modelSamples, trend.unit, region.currency, region.region, options, now),
        })),
      };
    },

    async exportHistory(format) {
      const parts: string[] = [format === 'csv' ? csvHeader() : ''];
      for await (const chunk of store.allObservations())
        parts.push(format === 'csv' ? csvRows(chunk) : toJsonl(chunk));
      return parts.join('');
    },

    async importHistory(text) {
      const parsed = parseHistoryJsonl(text);
      let added = 0;
      let duplicates = 0;
      for (let i = 0; i < parsed.observations.length; i += IMPORT_CHUNK) {
        const counts = await store.importObservations(parsed.observations.slice(i, i + IMPORT_CHUNK));
        added += counts.added;
        duplicates += counts.duplicates;
      }
      return { added, duplicates, rejected: parsed.rejected };
    },

    async clearHistory() {
      await store.clear();
    },

    async storageInfo() {
      const [counts, estimate] = await Promise.all([store.counts(), storageEstimate(deps.storage)]);
      return { ...counts, ...estimate };
    },

    async verdictsFor(refs, nowText) {
      const options = await getOptions();
      const now = parseNow(nowText);
      const lifecycles = await store.lifecycles(refs.map((ref) => listingKey(ref)));
      const known = lifecycles.filter((lifecycle): lifecycle is LifecycleRecord => lifecycle !== undefined);
      const models = new Set<string>();
      for (const lifecycle of known) if (lifecycle.latest.miner) models.add(lifecycle.latest.miner.model);
      const samples = await store.samples(models, firstDay(options, now), dayNumber(now));
      const book = new TrendBook(samples, options, now);
      return known.map((lifecycle) => ({
        observation: lifecycle.latest,
        verdict: verdictOf(book, lifecycle.latest, lifecycle),
      }));
    },
  };
}
