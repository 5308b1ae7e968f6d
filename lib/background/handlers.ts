/**
 * What the background does for each validated message. The history itself (store, trend,
 * export) lives behind `HistoryApi`; this module adds the per-tab bookkeeping the popup needs.
 */
import { regionLabel } from '@/lib/i18n/region-label';
import type { ContentToBackground, JudgedListing, PageToBackground } from '@/lib/messages/protocol';
import { listingKey } from '@/lib/schema';
import { buildListing } from '@/lib/sites/build-listing';
import type { HistoryApi } from './history-api';
import { createRecentVerdicts } from './recent-verdicts';
import type { RouterHandlers } from './router';
import { createSeriesCache } from './series-cache';
import type { TabStateStore } from './tab-state';

export interface HandlerDeps {
  history: HistoryApi;
  tabs: TabStateStore;
  now(): Date;
}

type Series = Awaited<ReturnType<HistoryApi['modelSeries']>>;

export function createHandlers({ history, tabs, now }: HandlerDeps): RouterHandlers {
  const series = createSeriesCache<Series>((model) => history.modelSeries(model));
  const recent = createRecentVerdicts();
  return {
    async content(message: ContentToBackground, tabId: number) {
      switch (message.type) {
        case 'content/listings-seen': {
          // The page only reports what it shows; interpreting it happens here, out of its reach.
          const listings = message.listings.map(buildListing);
          // Acknowledge only after the observations are durably written: the content script
          // resends anything not acknowledged, and ingest is idempotent.
          const observedAt = now().toISOString();
          const judged = await history.ingestAndJudge(listings, observedAt);
          recent.remember(listings, judged, observedAt);
          await tabs.addListings(tabId, message.pageUrl, message.pageKind, listings);
          const verdicts = joinVerdicts(listings, judged);
          refreshSeries(series, verdicts);
          return { ok: true, verdicts };
        }
        case 'content/page-not-understood': {
          const { type: _type, ...diagnostic } = message;
          await tabs.setDiagnostic(tabId, diagnostic);
          return { ok: true, verdicts: [] };
        }
      }
    },

    async page(message: PageToBackground) {
      switch (message.type) {
        case 'page/tab-listings': {
          const state = await tabs.get(message.tabId);
          if (!state) return { ok: true, pageUrl: null, pageKind: null, listings: [], diagnostic: null };
          // Verdicts the pages just got are served as they were; only the rest are computed.
          const remembered = recent.lookup(state.refs);
          const missing = state.refs.filter((_, i) => remembered[i] === undefined);
          const computed = missing.length > 0 ? await history.verdictsFor(missing) : [];
          const byKey = new Map(computed.map((entry) => [listingKey(entry.observation), entry]));
          const listings = state.refs.flatMap((ref, i) => {
            const entry = remembered[i] ?? byKey.get(listingKey(ref));
            return entry ? [entry] : [];
          });
          return {
            ok: true,
            pageUrl: state.pageUrl,
            pageKind: state.pageKind,
            listings,
            diagnostic: state.diagnostic,
          };
        }
        case 'page/listing-history':
          return { ok: true, history: await history.listingHistory(message.ref) };
        case 'page/model-series':
          return {
            ok: true,
            // A series for another moment is computed as asked; "now" comes ready from the cache.
            series: message.now
              ? await history.modelSeries(message.model, message.now)
              : await series.get(message.model),
          };
        case 'page/export-history':
          return { ok: true, text: await history.exportHistory(message.format) };
        case 'page/import-history': {
          const report = await history.importHistory(message.text);
          series.clear();
          recent.clear();
          return { ok: true, report };
        }
        case 'page/clear-history':
          await history.clearHistory();
          series.clear();
          recent.clear();
          return { ok: true };
        case 'page/storage-info':
          return { ok: true, info: await history.storageInfo() };
      }
    },
  };
}

/** Pair each interpreted listing with its verdict and the basis region's names. */
function joinVerdicts(
  listings: readonly JudgedListing['listing'][],
  verdicts: readonly JudgedListing['judged'][],
): JudgedListing[] {
  const byKey = new Map(verdicts.map((verdict) => [listingKey(verdict), verdict]));
  const out: JudgedListing[] = [];
  for (const listing of listings) {
    const judged = byKey.get(listingKey(listing));
    if (!judged) continue;
    const region = judged.verdict.basis.region;
    out.push({
      listing,
      judged,
      regionNames: { en: regionLabel(region, 'en'), zh: regionLabel(region, 'zh') },
    });
  }
  return out;
}

/**
 * New listings change their models' series: drop those, and have the series the popup will
 * open with (the page's first rig with a trend, as its default selection) ready before it asks.
 */
function refreshSeries(
  cache: { invalidate(models: Iterable<string>): void; prefetch(model: string): void },
  verdicts: readonly JudgedListing[],
): void {
  const models = new Set<string>();
  for (const { listing } of verdicts)
    if (listing.isMiningRig && listing.miner) models.add(listing.miner.model);
  if (models.size === 0) return;
  cache.invalidate(models);
  const first =
    verdicts.find(
      (v) => v.listing.isMiningRig && v.listing.miner && v.judged.verdict.verdict !== 'unknown',
    ) ?? verdicts.find((v) => v.listing.isMiningRig && v.listing.miner);
  if (first?.listing.miner) cache.prefetch(first.listing.miner.model);
}
