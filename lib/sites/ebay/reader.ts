/** The eBay reader: search results in all three layouts and item pages, on eight domains. */
import { outermost, queryAllWithSelf, textOf } from '../dom';
import { NOT_A_CARD, type RawCardResult, readRawPage } from '../raw-page';
import type { PageKind, SiteReader } from '../types';
import { findItemMain, readItemMain } from './item-page';
import { cardItemId, isPlaceholder, readSearchCard } from './search-card';
import { SELECTORS } from './selectors';
import { isSponsored } from './sponsored';
import { EBAY_TLDS, ebayPageKind, ebayTld } from './url';

const ZERO_COUNT_RE = /^0(?![\d.,])/;
const NO_MATCHES_RE =
  /no exact matches found|keine exakten treffer|aucun résultat exact|nessuna corrispondenza esatta|no se han encontrado coincidencias exactas|0 (?:results|ergebnisse|résultats|risultati|resultados)\b/i;

/** The eBay reader. */
export const ebayReader: SiteReader = {
  id: 'ebay',
  matches: EBAY_TLDS.map((tld) => `*://*.ebay.${tld}/*`),
  handles: (url) => ebayTld(url) !== null,
  pageKind: ebayPageKind,
  readRawDocument(doc, url) {
    const pageKind = ebayPageKind(url);
    return readRawPage({
      site: 'ebay',
      pageKind,
      url,
      cards: cardsOrCandidates(doc, pageKind),
      read: (card) => read(card, url, pageKind),
      saysEmpty: () => pageKind === 'search' && saysNoResults(doc),
    });
  },
  findCards: (root, url) => findCards(root, ebayPageKind(url)),
  readRawCard: (card, url) => read(card, url, ebayPageKind(url)),
  badgeAnchor(card) {
    const price = card.querySelector(`${SELECTORS.price},${SELECTORS.itemPrice}`);
    return price?.parentElement && card.contains(price.parentElement) ? price.parentElement : card;
  },
};

function read(card: Element, url: URL, pageKind: PageKind): RawCardResult {
  const tld = ebayTld(url);
  if (!tld || pageKind === 'other') return NOT_A_CARD;
  return pageKind === 'item' ? readItemMain(card, url, tld) : readSearchCard(card, tld);
}

function findCards(root: ParentNode, pageKind: PageKind): Element[] {
  if (pageKind === 'item') return findItemMain(root);
  if (pageKind !== 'search') return [];
  return outermost(queryAllWithSelf(root, SELECTORS.card)).filter(
    (card) => cardItemId(card) !== null && !isPlaceholder(card) && !isSponsored(card),
  );
}

/**
 * For a whole-page read: the cards, or when none has an item link, the card-shaped elements, so
 * the diagnostic can say the id is what went missing rather than the card.
 */
function cardsOrCandidates(doc: Document, pageKind: PageKind): Element[] {
  const cards = findCards(doc, pageKind);
  if (cards.length > 0 || pageKind !== 'search') return cards;
  return outermost(queryAllWithSelf(doc, SELECTORS.card)).filter((card) => !isPlaceholder(card));
}

function saysNoResults(doc: Document): boolean {
  if (doc.querySelector(SELECTORS.nullSearch)) return true;
  if (ZERO_COUNT_RE.test(textOf(doc.querySelector(SELECTORS.countHeading)))) return true;
  return NO_MATCHES_RE.test(doc.body?.textContent ?? '');
}
