/**
 * One observer for listing cards: every card is handed over once, in batches, as the page
 * renders lazily, scrolls infinitely or swaps its results, and everything stops with the
 * content script's AbortSignal.
 *
 * Mutations only mark the page dirty; one timer per burst then asks the adapter for the cards
 * of the whole root and hands over those not seen before. A whole-root query costs well under
 * a millisecond on a results page, and it keeps the adapter's context rules intact (cards under
 * "猜你喜欢" or in a recommendation block are judged by their place in the whole page, which a
 * scan of an added subtree cannot see).
 */

export interface CardObserverOptions {
  root: ParentNode & Node;
  /** The cards in `root`, in page order. */
  findCards(root: ParentNode): Element[];
  /** Receives cards not handed over before; returns cards to offer again later (not yet rendered). */
  onCards(cards: Element[]): readonly Element[] | undefined;
  /**
   * A cheap summary of what a card shows (its link and text). A handled card whose summary
   * changes is handed over again: SPAs reuse card elements for new results.
   */
  fingerprint?(card: Element): string;
  signal: AbortSignal;
  /** How long mutations are merged before a flush, in ms. */
  delayMs?: number;
  /** Scheduler, injectable for tests (defaults to setTimeout). */
  schedule?: (fn: () => void, ms: number) => void;
}

/** A card that keeps failing to read (never rendered) is offered this many times at most. */
const MAX_RETRIES = 20;

export interface CardObserver {
  /** Rescan the whole root soon (after SPA navigation). */
  rescan(): void;
  /** Forget that cards were handled, so they are handed over again (reused by an SPA). */
  forget(cards: Iterable<Element>): void;
  /** Hand over cards again at the next flush unless they are gone (a card held back for a while). */
  retryLater(cards: Iterable<Element>): void;
}

export function observeCards(options: CardObserverOptions): CardObserver {
  const { root, findCards, onCards, signal } = options;
  const delay = options.delayMs ?? 50;
  const schedule = options.schedule ?? ((fn, ms) => setTimeout(fn, ms));
  const fingerprint = options.fingerprint;
  /** Handled cards, with the fingerprint they had when handed over. */
  const handled = new WeakMap<Element, string>();
  const retries = new WeakMap<Element, number>();
  let scheduled = false;

  const isFresh = (card: Element) => {
    const seen = handled.get(card);
    return seen === undefined || (fingerprint !== undefined && seen !== fingerprint(card));
  };

  const flush = () => {
    scheduled = false;
    if (signal.aborted) return;
    const fresh = findCards(root).filter(isFresh);
    if (fresh.length === 0) return;
    for (const card of fresh) handled.set(card, fingerprint ? fingerprint(card) : '');
    for (const card of onCards(fresh) ?? []) {
      const count = (retries.get(card) ?? 0) + 1;
      if (count > MAX_RETRIES) continue;
      retries.set(card, count);
      handled.delete(card);
    }
  };

  const request = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    schedule(flush, delay);
  };

  const mutationObserver = new MutationObserver((records) => {
    for (const record of records) {
      // A reused card: its link or text changed in place.
      if (record.type !== 'childList') return request();
      for (const node of record.addedNodes) {
        // Our own badge insertions must not wake the observer.
        if (node.nodeType !== 1 || (node as Element).localName !== BADGE_TAG) return request();
      }
    }
  });
  mutationObserver.observe(root, {
    childList: true,
    subtree: true,
    ...(fingerprint ? { characterData: true, attributes: true, attributeFilter: ['href'] } : {}),
  });
  signal.addEventListener('abort', () => mutationObserver.disconnect(), { once: true });

  flush();

  return {
    rescan: request,
    forget(cards) {
      for (const card of cards) handled.delete(card);
    },
    retryLater(cards) {
      for (const card of cards) handled.delete(card);
      request();
    },
  };
}

/** The tag of badge hosts, shared with badge.ts. */
export const BADGE_TAG = 'rigscout-badge';
