/**
 * What the background does for each validated message. The history itself (store, trend,
 * export) lives behind `HistoryApi`; this module adds the per-tab bookkeeping the popup needs.
 */
import type { ContentToBackground, PageToBackground } from '@/lib/messages/protocol';
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
          // Acknowledge only after the observations are durably written: the content script
          // resends anything not acknowledged, and ingest is idempotent.
          const verdicts = await history.ingestAndJudge(message.listings, now().toISOString());
          await tabs.addListings(tabId, message.pageUrl, message.pageKind, message.listings);
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
