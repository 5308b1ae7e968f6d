/**
 * The content script's work on one marketplace tab: find cards as they render, read each once,
 * badge it at once (pending), send the page's listings to the background in batches, and fill
 * the badges with the verdicts that come back in the same round trip. A batch is resent until
 * the background acknowledges it, because the service worker may be stopped at any moment.
 */
import type { Lang } from '@/lib/i18n/locale';
import type { ContentToBackground, ListingVerdict } from '@/lib/messages/protocol';
import type { Listing } from '@/lib/schema';
import type { PageKind, PageRead, SiteAdapter } from '@/lib/sites/types';
import { ensureBadge, renderBadge } from './badge';
import { notRigView, pendingView, verdictView } from './badge-view';
import { observeCards } from './observer';

export interface PipelineDeps {
  doc: Document;
  adapter: SiteAdapter;
  /** The page URL now (it changes under SPA navigation). */
  getUrl(): URL;
  send(message: ContentToBackground): Promise<unknown>;
  signal: AbortSignal;
  lang: Lang;
  /** Show a quiet "not a rig" mark on listings that are not rigs (else hide their badge). */
  markNonRigs: boolean;
  /** Register for listings the page's own API responses carried (goofish mtop). */
  subscribeApi?(onRead: (read: PageRead) => void): void;
  schedule?(fn: () => void, ms: number): void;
  /** How long a page may show nothing before it counts as not understood. */
  diagnosticDelayMs?: number;
}

/** Most listings one message carries; the protocol allows 500. */
const BATCH = 200;
const RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000, 8000];

export interface Pipeline {
  /** The page URL changed without a reload (SPA navigation or pagination). */
  onLocationChange(): void;
}

export function startPipeline(deps: PipelineDeps): Pipeline {
  const { doc, adapter, signal } = deps;
  const schedule = deps.schedule ?? ((fn, ms) => setTimeout(fn, ms));
  const apiById = new Map<string, Listing>();
  const hostsById = new Map<string, Set<HTMLElement>>();
  const listingById = new Map<string, Listing>();
  let url = deps.getUrl();
  let pageKind: PageKind = adapter.pageKind(url);
  let found = 0;
  let generation = 0;

  const applyVerdicts = (verdicts: readonly ListingVerdict[]) => {
    for (const judged of verdicts) {
      const listing = listingById.get(judged.listingId);
      const hosts = hostsById.get(judged.listingId);
      if (!listing || !hosts) continue;
      for (const host of hosts) {
        if (host.isConnected) renderBadge(host, verdictView(listing, judged, deps.lang));
        else hosts.delete(host);
      }
    }
  };

  const sendListings = (listings: Listing[]) => {
    for (let start = 0; start < listings.length; start += BATCH) {
      const message: ContentToBackground = {
        type: 'content/listings-seen',
        pageUrl: url.href,
        pageKind,
        listings: listings.slice(start, start + BATCH),
      };
      deliver(message, 0);
    }
  };

  const deliver = (message: ContentToBackground, attempt: number) => {
    if (signal.aborted) return;
    deps.send(message).then(
      (response) => {
        const verdicts = verdictsOf(response);
        if (verdicts) applyVerdicts(verdicts);
        else retry(message, attempt);
      },
      () => retry(message, attempt),
    );
  };

  const retry = (message: ContentToBackground, attempt: number) => {
    const delay = RETRY_DELAYS_MS[attempt];
    if (delay === undefined || signal.aborted) return;
    schedule(() => deliver(message, attempt + 1), delay);
  };

  const onCards = (cards: Element[]): Element[] => {
    const unread: Element[] = [];
    const batch: Listing[] = [];
    for (const card of cards) {
      let listing = adapter.readCard(card, url);
      if (!listing) {
        unread.push(card);
        continue;
      }
      const fromApi = apiById.get(listing.listingId);
      if (fromApi && adapter.mergeApiListing) listing = adapter.mergeApiListing(listing, fromApi);
      found++;
      listingById.set(listing.listingId, listing);
      const host = ensureBadge(adapter.badgeAnchor(card), listing.listingId);
      const hosts = hostsById.get(listing.listingId) ?? new Set<HTMLElement>();
      hostsById.set(listing.listingId, hosts);
      hosts.add(host);
      if (listing.isMiningRig) {
        renderBadge(host, pendingView(deps.lang));
      } else {
        renderBadge(host, notRigView(listing, deps.lang));
        if (!deps.markNonRigs) host.style.display = 'none';
      }
      batch.push(listing);
    }
    if (batch.length > 0) sendListings(batch);
    return unread;
  };

  const observer = observeCards({
    root: doc,
    findCards: (root) => (pageKind === 'other' ? [] : adapter.findCards(root, url)),
    onCards,
    signal,
    schedule,
  });

  deps.subscribeApi?.((read) => {
    const listings = read.listings.map((found) => found.listing);
    for (const listing of listings) apiById.set(listing.listingId, listing);
    if (listings.length === 0) return;
    found += listings.length;
    for (const listing of listings)
      if (!listingById.has(listing.listingId)) listingById.set(listing.listingId, listing);
    sendListings(listings);
  });

  const checkUnderstood = (forGeneration: number) => {
    if (signal.aborted || forGeneration !== generation || found > 0 || pageKind === 'other') return;
    const read = adapter.readDocument(doc, url);
    if (read.listings.length > 0 || !read.diagnostic) return;
    const { site, missing, message } = read.diagnostic;
    deliver({ type: 'content/page-not-understood', site, pageKind, url: url.href, missing, message }, 0);
  };
  schedule(() => checkUnderstood(generation), deps.diagnosticDelayMs ?? 4000);

  return {
    onLocationChange() {
      const next = deps.getUrl();
      if (next.href === url.href) return;
      url = next;
      pageKind = adapter.pageKind(url);
      found = 0;
      const current = ++generation;
      // An SPA may reuse the old cards' elements for the new results: read them all again.
      observer.forget(adapter.findCards(doc, url));
      observer.rescan();
      schedule(() => checkUnderstood(current), deps.diagnosticDelayMs ?? 4000);
    },
  };
}

function verdictsOf(response: unknown): ListingVerdict[] | null {
  if (typeof response !== 'object' || response === null) return null;
  const value = response as { ok?: unknown; verdicts?: unknown };
  if (value.ok !== true) return null;
  return Array.isArray(value.verdicts) ? (value.verdicts as ListingVerdict[]) : [];
}
