/** Reading one goofish search-result card (also the same markup on other feeds). */

import { attrOf, textOf } from '../dom';
import { cardResult, NOT_A_CARD, type RawCardResult } from '../raw-page';
import { ADVERT_TAG_RE, PRICE_PART_PREFIXES, SELECTORS } from './selectors';
import { goofishItemId, goofishItemUrl } from './url';

const PART_RE = new RegExp(`(?:^|\\s)(${PRICE_PART_PREFIXES.join('|')})`);
const TAG_SELECTOR = 'span,p,div';
const MAX_TAG_LENGTH = 4;

/** The item id a card links to, or null (advert cards link off-site or nowhere). */
export function cardItemId(card: Element): string | null {
  const href = card.getAttribute('href') ?? card.querySelector('a[href]')?.getAttribute('href') ?? '';
  return goofishItemId(href);
}

/** Read a search card. */
export function readSearchCard(card: Element): RawCardResult {
  const id = cardItemId(card);
  if (!id) return { raw: null, missing: ['id'] };
  if (isAdvert(card)) return NOT_A_CARD;
  const titleRow = card.querySelector(SELECTORS.title);
  const title =
    attrOf(titleRow, 'title') || textOf(card.querySelector(SELECTORS.mainTitle)) || textOf(titleRow);
  if (!title) return { raw: null, missing: ['title'] };
  const parts = priceParts(card);
  const wrap = card.querySelector(SELECTORS.priceWrap);
  return cardResult({
    site: 'goofish',
    market: 'goofish',
    listingId: id,
    url: goofishItemUrl(id),
    title,
    prices: [parts, attrOf(wrap, 'title'), textOf(wrap)],
    regions: [
      attrOf(card.querySelector(SELECTORS.sellerTextWrap), 'title'),
      textOf(card.querySelector(SELECTORS.sellerText)),
    ],
    postedAt: null,
    advert: false,
    attributes: Array.from(card.querySelectorAll(SELECTORS.attribute), (el) => textOf(el)),
  });
}

/**
 * The split price of a card: the sign, figure, decimals and 万 spans beside the first figure,
 * in page order. Reading only the figure's own siblings keeps the struck-through original price
 * and "18人想要" out.
 */
export function priceParts(card: Element): string[] | null {
  const number = card.querySelector(SELECTORS.priceNumber);
  const group = number?.parentElement;
  if (!number || !group) return null;
  const parts: string[] = [];
  for (let child = group.firstElementChild; child; child = child.nextElementSibling) {
    if (PART_RE.test(child.getAttribute('class') ?? '')) parts.push(textOf(child));
  }
  return parts;
}

/** An advert carries a short "广告" tag (titles may contain the word, so only whole tags count). */
export function isAdvert(card: Element): boolean {
  if (!card.textContent?.includes('广告') && !card.textContent?.includes('推广')) return false;
  for (const el of card.querySelectorAll(TAG_SELECTOR)) {
    const text = el.textContent;
    if (text && text.length <= MAX_TAG_LENGTH + 4 && ADVERT_TAG_RE.test(text.trim())) return true;
  }
  return false;
}
