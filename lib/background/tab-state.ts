/**
 * Which listings each tab is showing, so the popup can list "the listings of the current tab".
 * Kept in `storage.session` (survives the service worker being stopped, gone when the browser
 * closes) and updated through a per-tab queue so concurrent batches from one page never lose
 * each other's writes.
 */
import type { KeyValueArea } from '@/lib/kv-area';

export interface ListingRef {
  site: string;
  listingId: string;
}

export interface TabDiagnostic {
  site: string;
  pageKind: 'search' | 'item' | 'other';
  url: string;
  missing: string[];
  message: string;
}

export interface TabState {
  pageUrl: string;
  pageKind: 'search' | 'item' | 'other';
  refs: ListingRef[];
  diagnostic: TabDiagnostic | null;
}

/** A tab never tracks more listings than this: a page shows at most a few hundred. */
const MAX_REFS = 1000;

const keyOf = (tabId: number) => `tab:${tabId}`;

/** Per-tab listing and diagnostic state over a key-value area. */
export function createTabState(area: KeyValueArea) {
  const queues = new Map<number, Promise<unknown>>();

  function serialised<T>(tabId: number, work: () => Promise<T>): Promise<T> {
    const previous = queues.get(tabId) ?? Promise.resolve();
    const next = previous.then(work, work);
    queues.set(
      tabId,
      next.catch(() => undefined),
    );
    return next;
  }

  async function read(tabId: number): Promise<TabState | null> {
    const value = (await area.get(keyOf(tabId)))[keyOf(tabId)];
    return (value as TabState | undefined) ?? null;
  }

  /** A new page URL in a tab starts a new list; the same URL (infinite scroll) appends. */
  function fresh(state: TabState | null, pageUrl: string, pageKind: TabState['pageKind']): TabState {
    if (state && state.pageUrl === pageUrl) return state;
    return { pageUrl, pageKind, refs: [], diagnostic: null };
  }

  return {
    get: read,

    /** Record listings a tab showed, in page order, without duplicates. */
    addListings(tabId: number, pageUrl: string, pageKind: TabState['pageKind'], refs: readonly ListingRef[]) {
      return serialised(tabId, async () => {
        const state = fresh(await read(tabId), pageUrl, pageKind);
        const seen = new Set(state.refs.map((ref) => `${ref.site}:${ref.listingId}`));
        for (const ref of refs) {
          const key = `${ref.site}:${ref.listingId}`;
          if (seen.has(key) || state.refs.length >= MAX_REFS) continue;
          seen.add(key);
          state.refs.push({ site: ref.site, listingId: ref.listingId });
        }
        if (refs.length > 0) state.diagnostic = null;
        await area.set({ [keyOf(tabId)]: state });
      });
    },

    /** Record that a page in a tab could not be understood. */
    setDiagnostic(tabId: number, diagnostic: TabDiagnostic) {
      return serialised(tabId, async () => {
        const state = fresh(await read(tabId), diagnostic.url, diagnostic.pageKind);
        state.diagnostic = diagnostic;
        await area.set({ [keyOf(tabId)]: state });
      });
    },

    forget(tabId: number) {
      return serialised(tabId, () => area.remove(keyOf(tabId)));
    },
  };
}

export type TabStateStore = ReturnType<typeof createTabState>;
