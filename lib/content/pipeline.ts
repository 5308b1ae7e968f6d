/**
 * The content script's work on one marketplace tab: find cards as they render, read each once,
 * badge it at once (pending), send the page's raw listings to the background in batches, and
 * fill the badges with what comes back in the same round trip: the interpreted listing, its
 * verdict and the basis region's name. A batch is resent until the background acknowledges it,
 * because the service worker may be stopped at any moment.
 */
import type { Lang } from '@/lib/i18n/locale';
import type { ContentToBackground, JudgedListing } from '@/lib/messages/protocol';
import { clampRawListing } from '@/lib/schema/raw-limits';
import type { RawListing } from '@/lib/schema/raw-listing';
import type { RawPageRead } from '@/lib/sites/raw-page';
import type { PageKind, SiteReader } from '@/lib/sites/types';
import { ensureBadge, renderBadge } from './badge';
import { notRigView, pendingView, verdictView } from './badge-view';
import { observeCards } from './observer';

export interface PipelineDeps {
  doc: Document;
  adapter: SiteReader;
  /** The page URL now (it changes under SPA navigation). */
  getUrl(): URL;
  send(message: ContentToBackground): Promise<unknown>;
  signal: AbortSignal;
  lang: Lang;
  /** Show a quiet "not a rig" mark on listings that are not rigs (else hide their badge). */
  markNonRigs: boolean;
  /** Register for listings the page's own API responses carried (goofish mtop). */
  subscribeApi?(onRead: (read: RawPageRead) => void): void;
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
  const apiById = new Map<string, RawListing>();
  const hostsById = new Map<string, Set<HTMLElement>>();
  let url = deps.getUrl();
  let pageKind: PageKind = adapter.pageKind(url);
  let found = 0;
  let generation = 0;

  const applyVerdicts = (verdicts: readonly JudgedListing[]) => {
    for (const { listing, judged, regionNames } of verdicts) {
      const hosts = hostsById.get(listing.listingId);
      if (!hosts) continue;
      const view = listing.isMiningRig
        ? verdictView(listing, judged, deps.lang, regionNames[deps.lang])
        : notRigView(listing, deps.lang);
      for (const host of hosts) {
        if (!host.isConnected) {
          hosts.delete(host);
          continue;
        }
        renderBadge(host, view);
        host.style.display = listing.isMiningRig || deps.markNonRigs ? '' : 'none';
      }
    }
  };

  const sendListings = (listings: RawListing[]) => {
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
    const batch: RawListing[] = [];
    for (const card of cards) {
      const { raw, missing } = adapter.readRawCard(card, url);
      if (!raw) {
        // Missing fields mean "not rendered yet": offer the card again; a non-listing stays out.
        if (missing.length > 0) unread.push(card);
        continue;
      }
      const fromApi = apiById.get(raw.listingId);
      const merged = fromApi && adapter.mergeApi ? adapter.mergeApi(raw, fromApi) : raw;
      found++;
      const host = ensureBadge(adapter.badgeAnchor(card), merged.listingId);
      const hosts = hostsById.get(merged.listingId) ?? new Set<HTMLElement>();
      hostsById.set(merged.listingId, hosts);
      hosts.add(host);
      if (host.getAttribute('data-rigscout-state') === 'pending') renderPending(host);
      batch.push(clampRawListing(merged));
    }
    if (batch.length > 0) sendListings(batch);
    return unread;
  };

  const renderPending = (host: HTMLElement) => {
    renderBadge(host, pendingView(deps.lang));
    // Still waiting: `renderBadge` cleared the marker, but the verdict has not arrived yet.
    host.setAttribute('data-rigscout-state', 'pending');
  };

  const observer = observeCards({
    root: doc,
    findCards: (root) => (pageKind === 'other' ? [] : adapter.findCards(root, url)),
    onCards,
    signal,
    schedule,
  });

  deps.subscribeApi?.((read) => {
    const raws = read.raws.map((found) => clampRawListing(found.raw));
    for (const raw of raws) apiById.set(raw.listingId, raw);
    if (raws.length === 0) return;
    // The response holds the whole result page, cards not rendered yet included: record them all.
    found += raws.length;
    sendListings(raws);
  });

  const checkUnderstood = (forGeneration: number) => {
    if (signal.aborted || forGeneration !== generation || found > 0 || pageKind === 'other') return;
    const read = adapter.readRawDocument(doc, url);
    if (read.raws.length > 0 || !read.diagnostic) return;
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

function verdictsOf(response: unknown): JudgedListing[] | null {
  if (typeof response !== 'object' || response === null) return null;
  const value = response as { ok?: unknown; verdicts?: unknown };
  if (value.ok !== true) return null;
  return Array.isArray(value.verdicts) ? (value.verdicts as JudgedListing[]) : [];
}
