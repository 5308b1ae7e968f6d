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
import { attachBadge, createBadge, findBadge, renderBadge } from './badge';
import { failedView, notRigView, pendingView, verdictView } from './badge-view';
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
  /** After an SPA navigation, how long cards that still show the old page wait to change. */
  navigationSettleMs?: number;
}

/** Most listings one message carries; the protocol allows 500. */
const BATCH = 200;
const RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000, 8000];

export interface Pipeline {
  /**
   * The page URL changed without a reload (SPA navigation or pagination). Takes the new URL:
   * Chromium reports the navigation before `location` changes.
   */
  onLocationChange(newUrl: URL): void;
}

/** A verdict usually arrives well within this; only a slow answer shows a pending badge first. */
const PENDING_ATTACH_MS = 120;

/** After an SPA navigation, cards that still show what they showed before wait this long to change. */
const NAVIGATION_SETTLE_MS = 1500;

/** What a card shows, cheaply: its link and text. A reused card changes it in place. */
export function cardFingerprint(card: Element): string {
  const href = card.getAttribute('href') ?? card.querySelector('a[href]')?.getAttribute('href') ?? '';
  return `${href}\u0000${card.textContent?.length ?? 0}:${(card.textContent ?? '').slice(0, 80)}`;
}

export function startPipeline(deps: PipelineDeps): Pipeline {
  const { doc, adapter, signal } = deps;
  const schedule = deps.schedule ?? ((fn, ms) => setTimeout(fn, ms));
  const apiById = new Map<string, RawListing>();
  const hostsById = new Map<string, Set<HTMLElement>>();
  /** Badges not in the page yet, with the element each goes into. */
  const unattached = new Map<HTMLElement, Element>();
  let attachScheduled = false;

  const attach = (host: HTMLElement) => {
    const anchor = unattached.get(host);
    if (!anchor) return;
    unattached.delete(host);
    if (anchor.isConnected) attachBadge(anchor, host);
  };

  const attachPendingSoon = () => {
    if (attachScheduled) return;
    attachScheduled = true;
    schedule(() => {
      attachScheduled = false;
      if (signal.aborted) return;
      for (const host of [...unattached.keys()]) {
        renderPending(host);
        attach(host);
      }
    }, PENDING_ATTACH_MS);
  };
  let url = deps.getUrl();
  let pageKind: PageKind = adapter.pageKind(url);
  let found = 0;
  let generation = 0;
  /** Cards as they were when the page last navigated, held back until they change or settle. */
  let held: WeakMap<Element, string> | null = null;
  let heldUntil = 0;

  const applyVerdicts = (verdicts: readonly JudgedListing[]) => {
    for (const { listing, judged, regionNames } of verdicts) {
      const hosts = hostsById.get(listing.listingId);
      if (!hosts) continue;
      const view = listing.isMiningRig
        ? verdictView(listing, judged, deps.lang, regionNames[deps.lang])
        : notRigView(listing, deps.lang);
      for (const host of hosts) {
        if (!host.isConnected && !unattached.has(host)) {
          hosts.delete(host);
          continue;
        }
        renderBadge(host, view);
        host.style.display = listing.isMiningRig || deps.markNonRigs ? '' : 'none';
        attach(host);
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
        else {
          // The background answered and refused (a full disk, say): resending would not help.
          const refused = refusalOf(response);
          if (refused !== null) fail(message, refused);
          else retry(message, attempt);
        }
      },
      () => retry(message, attempt),
    );
  };

  const retry = (message: ContentToBackground, attempt: number) => {
    const delay = RETRY_DELAYS_MS[attempt];
    if (signal.aborted) return;
    if (delay === undefined) return fail(message, null);
    schedule(() => deliver(message, attempt + 1), delay);
  };

  /** Tell the user on each badge of a batch that was not saved, rather than leave it pending. */
  const fail = (message: ContentToBackground, error: string | null) => {
    if (message.type !== 'content/listings-seen') return;
    const view = failedView(deps.lang, error);
    for (const raw of message.listings) {
      for (const host of hostsById.get(raw.listingId) ?? []) {
        if (host.getAttribute('data-rigscout-state') !== 'pending' && !unattached.has(host)) continue;
        renderBadge(host, view);
        attach(host);
      }
    }
  };

  const onCards = (cards: Element[]): Element[] => {
    const unread: Element[] = [];
    const batch: RawListing[] = [];
    const waiting: Element[] = [];
    for (const card of cards) {
      // Still the old page's card: the new results have not rendered yet.
      if (held && Date.now() < heldUntil && held.get(card) === cardFingerprint(card)) {
        waiting.push(card);
        continue;
      }
      const { raw, missing } = adapter.readRawCard(card, url);
      if (!raw) {
        // Missing fields mean "not rendered yet": offer the card again; a non-listing stays out.
        if (missing.length > 0) unread.push(card);
        continue;
      }
      const fromApi = apiById.get(raw.listingId);
      const merged = fromApi && adapter.mergeApi ? adapter.mergeApi(raw, fromApi) : raw;
      found++;
      const anchor = adapter.badgeAnchor(card);
      let host = findBadge(anchor, merged.listingId);
      if (!host) {
        // Marked and tracked now (idempotent), put into the page when its verdict arrives.
        host = createBadge(doc, merged.listingId);
        unattached.set(host, anchor);
        attachPendingSoon();
      }
      const hosts = hostsById.get(merged.listingId) ?? new Set<HTMLElement>();
      hostsById.set(merged.listingId, hosts);
      hosts.add(host);
      batch.push(clampRawListing(merged));
    }
    if (batch.length > 0) sendListings(batch);
    if (waiting.length > 0) {
      const current = generation;
      schedule(
        () => {
          if (current === generation) observer.retryLater(waiting);
        },
        Math.max(0, heldUntil - Date.now()) + 10,
      );
    }
    return unread;
  };

  const renderPending = (host: HTMLElement) => {
    renderBadge(host, pendingView(deps.lang));
    // Still waiting: `renderBadge` cleared the marker, but the verdict has not arrived yet.
    host.setAttribute('data-rigscout-state', 'pending');
  };

  // Subscribe first: a response the page fetched before this script started is replayed at
  // once, and the first scan should already find the API's richer fields for its cards.
  deps.subscribeApi?.((read) => {
    const raws = read.raws.map((found) => clampRawListing(found.raw));
    for (const raw of raws) apiById.set(raw.listingId, raw);
    if (raws.length === 0) return;
    // The response holds the whole result page, cards not rendered yet included: record them all.
    found += raws.length;
    sendListings(raws);
  });

  const observer = observeCards({
    root: doc,
    findCards: (root) => (pageKind === 'other' ? [] : adapter.findCards(root, url)),
    onCards,
    fingerprint: cardFingerprint,
    signal,
    schedule,
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
    onLocationChange(next) {
      if (next.href === url.href) return;
      const before = adapter.findCards(doc, url);
      url = next;
      pageKind = adapter.pageKind(url);
      found = 0;
      const current = ++generation;
      // The old results usually stay until the new ones render, and an SPA may reuse their
      // elements: hold each old card back until it changes, or until the page has settled (the
      // new results can hold the same listing).
      held = new WeakMap(before.map((card) => [card, cardFingerprint(card)]));
      heldUntil = Date.now() + (deps.navigationSettleMs ?? NAVIGATION_SETTLE_MS);
      observer.forget(before);
      observer.rescan();
      schedule(() => checkUnderstood(current), deps.diagnosticDelayMs ?? 4000);
    },
  };
}

/** The background's reason when it answered `{ ok: false, error }`, else null. */
function refusalOf(response: unknown): string | null {
  if (typeof response !== 'object' || response === null) return null;
  const value = response as { ok?: unknown; error?: unknown };
  return value.ok === false && typeof value.error === 'string' ? value.error.slice(0, 300) : null;
}

function verdictsOf(response: unknown): JudgedListing[] | null {
  if (typeof response !== 'object' || response === null) return null;
  const value = response as { ok?: unknown; verdicts?: unknown };
  if (value.ok !== true) return null;
  return Array.isArray(value.verdicts) ? (value.verdicts as JudgedListing[]) : [];
}
