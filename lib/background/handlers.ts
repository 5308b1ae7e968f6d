/**
 * What the background does for each validated message. The history itself (store, trend,
 * export) lives behind `HistoryApi`; this module adds the per-tab bookkeeping the popup needs.
 */
import { regionLabel } from '@/lib/i18n/region-label';
import type { ContentToBackground, JudgedListing, PageToBackground } from '@/lib/messages/protocol';
import { listingKey } from '@/lib/schema';
import { buildListing } from '@/lib/sites/build-listing';
import type { HistoryApi } from './history-api';
import type { RouterHandlers } from './router';
import type { TabStateStore } from './tab-state';

export interface HandlerDeps {
  history: HistoryApi;
  tabs: TabStateStore;
  now(): Date;
}

export function createHandlers({ history, tabs, now }: HandlerDeps): RouterHandlers {
  return {
    async content(message: ContentToBackground, tabId: number) {
      switch (message.type) {
        case 'content/listings-seen': {
          // The page only reports what it shows; interpreting it happens here, out of its reach.
          const listings = message.listings.map(buildListing);
          // Acknowledge only after the observations are durably written: the content script
          // resends anything not acknowledged, and ingest is idempotent.
          const judged = await history.ingestAndJudge(listings, now().toISOString());
          await tabs.addListings(tabId, message.pageUrl, message.pageKind, listings);
          return { ok: true, verdicts: joinVerdicts(listings, judged) };
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
          const listings = await history.verdictsFor(state.refs);
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
          return { ok: true, series: await history.modelSeries(message.model, message.now) };
        case 'page/export-history':
          return { ok: true, text: await history.exportHistory(message.format) };
        case 'page/import-history':
          return { ok: true, report: await history.importHistory(message.text) };
        case 'page/clear-history':
          await history.clearHistory();
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
