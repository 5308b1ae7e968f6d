/** Reading one eBay search-result card, in any of the three layouts. */
import { textOf, textWithout } from '../dom';
import { cardResult, NOT_A_CARD, type RawCardResult } from '../raw-page';
import { SELECTORS } from './selectors';
import { isSponsored } from './sponsored';
import { ebayItemId, ebayItemUrl } from './url';

/** The "Shop on eBay" placeholder every legacy result list starts with links to this id. */
const PLACEHOLDER_ID = '123456';
const PLACEHOLDER_TITLE_RE = /^shop on ebay$/i;
const NEW_LISTING_RE =
  /^(?:new listing|neues angebot|nouvelle annonce|nuova inserzione|nuevo anuncio)\s*[:\-–]?\s*/i;
const OPENS_RE =
  /\s*(?:opens in a new window or tab|wird in neuem fenster oder tab geöffnet|s'ouvre dans une nouvelle fenêtre ou un nouvel onglet|si apre in una nuova finestra o scheda|se abre en una nueva ventana o pestaña)\s*$/i;
// "from China", "aus Deutschland", "Located in Shenzhen, China", "Standort: Berlin".
const FROM_RE = /^(?:from|aus|von|de|depuis|da|desde)\s+(.+)$/i;
const LOCATED_RE =
  /^(?:located in|item location|artikelstandort|standort|situé(?:e)? (?:en|à|au|aux)|lieu où se trouve l'objet|oggetto che si trova in|situato in|ubicado en|ubicación|se encuentra en)\s*:?\s+(.+)$/i;

/** The card's item id, or null for a card without an item link. */
export function cardItemId(card: Element): string | null {
  const link = card.querySelector(SELECTORS.itemLink);
  return link ? ebayItemId(link.getAttribute('href') ?? '') : null;
}

/** Whether a card is eBay's "Shop on eBay" placeholder rather than a listing. */
export function isPlaceholder(card: Element): boolean {
  if (cardItemId(card) === PLACEHOLDER_ID) return true;
  return PLACEHOLDER_TITLE_RE.test(cardTitle(card));
}

/** Read a search card on the eBay domain `tld`. */
export function readSearchCard(card: Element, tld: string): RawCardResult {
  const id = cardItemId(card);
  if (!id) return { raw: null, missing: ['id'] };
  const title = cardTitle(card);
  if (id === PLACEHOLDER_ID || PLACEHOLDER_TITLE_RE.test(title) || isSponsored(card)) return NOT_A_CARD;
  if (!title) return { raw: null, missing: ['title'] };
  return cardResult({
    site: 'ebay',
    market: `ebay-${tld.replace('.', '-')}`,
    listingId: id,
    url: ebayItemUrl(tld, id),
    title,
    prices: [textOf(card.querySelector(SELECTORS.price))],
    regions: [locationOf(card)],
    postedAt: null,
    advert: false,
    attributes: Array.from(card.querySelectorAll(SELECTORS.subtitle), (el) => textOf(el)),
  });
}

/** The title without "New Listing" tags and screen-reader suffixes. */
export function cardTitle(card: Element): string {
  const el = card.querySelector(SELECTORS.title);
  const heading = el?.querySelector('[role="heading"]') ?? el;
  return textWithout(heading, SELECTORS.titleNoise).replace(OPENS_RE, '').replace(NEW_LISTING_RE, '');
}

/** The seller's location: the legacy "from X" line, or a "Located in X" row. */
export function locationOf(card: Element): string | null {
  const legacy = textOf(card.querySelector(SELECTORS.location));
  if (legacy) return FROM_RE.exec(legacy)?.[1] ?? LOCATED_RE.exec(legacy)?.[1] ?? legacy;
  for (const selector of [SELECTORS.attributeRow, SELECTORS.styledText]) {
    for (const row of card.querySelectorAll(selector)) {
      const place = LOCATED_RE.exec(textOf(row))?.[1];
      if (place) return place;
    }
  }
  return null;
}
