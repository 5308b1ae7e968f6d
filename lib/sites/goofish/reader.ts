/** The goofish.com (Xianyu) reader: search results, item pages and the page's mtop responses. */
import { documentOf, outermost, queryAllWithSelf } from '../dom';
import { NOT_A_CARD, type RawCardResult, readRawPage } from '../raw-page';
import type { PageKind, SiteReader } from '../types';
import { readMtopRaw } from './api';
import { findItemMain, readItemMain } from './item-page';
import { mergeRawApi } from './merge';
import { cardItemId, isAdvert, readSearchCard } from './search-card';
import { FEED_HEADING_RE, NO_RESULTS_RE, SELECTORS } from './selectors';
import { goofishPageKind, isGoofish } from './url';

const MAX_MARKER_TEXT = 40;

/** The goofish reader. */
export const goofishReader: SiteReader = {
  id: 'goofish',
  matches: ['*://*.goofish.com/*'],
  handles: isGoofish,
  pageKind: goofishPageKind,
  readRawDocument(doc, url) {
    const pageKind = goofishPageKind(url);
    return readRawPage({
      site: 'goofish',
      pageKind,
      url,
      cards: pageKind === 'other' ? [] : cardsOrCandidates(doc, pageKind),
      read: (card) => read(card, url, pageKind),
      // The no-results notice, or cards only under a 猜你喜欢 feed: an empty search, not breakage.
      saysEmpty: () =>
        pageKind === 'search' &&
        (NO_RESULTS_RE.test(doc.body?.textContent ?? '') || feedMarker(doc) !== null),
    });
  },
  findCards(root, url) {
    const pageKind = goofishPageKind(url);
    return pageKind === 'other' ? [] : findCards(root, pageKind);
  },
  readRawCard: (card, url) => read(card, url, goofishPageKind(url)),
  readRawApiResponse: readMtopRaw,
  mergeApi: mergeRawApi,
  badgeAnchor(card) {
    const number = card.querySelector(SELECTORS.priceNumber);
    const anchor =
      number?.parentElement?.parentElement ?? card.querySelector(SELECTORS.itemPrice)?.parentElement ?? card;
    return card.contains(anchor) ? anchor : card;
  },
};

function read(card: Element, url: URL, pageKind: PageKind): RawCardResult {
  if (pageKind === 'item') return card.matches(SELECTORS.itemMain) ? readItemMain(card, url) : NOT_A_CARD;
  return readSearchCard(card);
}

function findCards(root: ParentNode, pageKind: PageKind): Element[] {
  if (pageKind === 'item') return findItemMain(root);
  return candidates(root).filter((card) => cardItemId(card) !== null && !isAdvert(card));
}

/**
 * For a whole-page read: the cards, or when none has an item id, the card-shaped elements, so
 * the diagnostic can say the id is what went missing rather than the card.
 */
function cardsOrCandidates(doc: Document, pageKind: PageKind): Element[] {
  const cards = findCards(doc, pageKind);
  return cards.length > 0 || pageKind !== 'search' ? cards : candidates(doc);
}

/** Card-shaped elements in result position (not under a 猜你喜欢 feed), with or without an id. */
function candidates(root: ParentNode): Element[] {
  let cards = queryAllWithSelf(root, SELECTORS.card);
  // Class names drift: fall back to item links that hold a price, so a renamed card class still reads.
  if (cards.length === 0) {
    cards = queryAllWithSelf(root, SELECTORS.itemLink).filter((a) => a.querySelector('[class*="price"]'));
  }
  cards = outermost(cards);
  if (cards.length === 0) return cards;
  const marker = feedMarker(documentOf(root));
  return marker ? cards.filter((card) => !follows(marker, card)) : cards;
}

/**
 * Where the non-result feed starts: the "no results" notice of an empty search (its 猜你喜欢
 * feed reuses the card markup), or a 猜你喜欢 / 为你推荐 heading. Null on a normal result page.
 */
function feedMarker(doc: Document | null): Node | null {
  const body = doc?.body;
  if (!body) return null;
  const text = body.textContent ?? '';
  if (!NO_RESULTS_RE.test(text) && !/猜你喜欢|为你推荐|看了又看/.test(text)) return null;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length > MAX_MARKER_TEXT * 4) continue;
    const trimmed = value.trim();
    if (trimmed.length > MAX_MARKER_TEXT) continue;
    if (NO_RESULTS_RE.test(trimmed) || FEED_HEADING_RE.test(trimmed)) return node;
  }
  return null;
}

function follows(marker: Node, card: Element): boolean {
  // 4 = Node.DOCUMENT_POSITION_FOLLOWING
  return (marker.compareDocumentPosition(card) & 4) !== 0;
}
