/**
 * Reading a goofish item page (`/item?id=`): the main item block only. The 为你推荐 and 看了又看
 * blocks below it reuse the search-card markup and are never read here.
 */
import { attrOf, documentOf, queryAllWithSelf, textOf } from '../dom';
import { cardResult, type RawCardResult } from '../raw-page';
import { isoFromShanghaiLocal } from '../time';
import { SELECTORS } from './selectors';
import { goofishItemUrl, itemIdOf } from './url';

const TITLE_SUFFIX_RE = /[_\-|]\s*闲鱼\s*$/;
const DATE = String.raw`(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)`;
const LOOSE_POSTED_RE = new RegExp(`发布(?:于|时间)[:：]?\\s*${DATE}|${DATE}\\s*发布`);
const POSTED_RE =
  /(?:发布(?:于|时间)?[:：]?\s*)?(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)\s*(?:发布)?/;

/** The main item block(s) under `root`: the first, and only when it is not inside another. */
export function findItemMain(root: ParentNode): Element[] {
  const found = queryAllWithSelf(root, SELECTORS.itemMain);
  const first = found[0];
  return first ? [first] : [];
}

/** Read the main block of an item page whose URL is `url`. */
export function readItemMain(block: Element, url: URL): RawCardResult {
  const id = itemIdOf(url.search);
  if (!id) return { raw: null, missing: ['id'] };
  const doc = documentOf(block);
  const desc = inBlockOrPage(block, doc, SELECTORS.itemDesc);
  const title = textOf(desc?.querySelector('span')) || textOf(desc) || cleanPageTitle(doc?.title ?? '');
  if (!title) return { raw: null, missing: ['title'] };
  const priceEl = inBlockOrPage(block, doc, SELECTORS.itemPrice);
  // The seller card sits beside the main block, not inside it: look in the whole page.
  const sellerLabel = (doc ?? block).querySelector(SELECTORS.itemUserLabel);
  return cardResult({
    site: 'goofish',
    market: 'goofish',
    listingId: id,
    url: goofishItemUrl(id),
    title,
    prices: [textOf(priceEl), attrOf(priceEl, 'title')],
    regions: [textOf(sellerLabel), attrOf(sellerLabel, 'title')],
    postedAt: postedAtOf(block),
    advert: false,
    attributes: Array.from(block.querySelectorAll(SELECTORS.itemLabelValue), (el) => textOf(el)),
  });
}

/** A posting time the block shows as a date ("发布于 2024-04-26 21:53"), in China time. */
function postedAtOf(block: Element): string | null {
  const el = block.querySelector(SELECTORS.itemTime);
  const m = el ? POSTED_RE.exec(textOf(el)) : null;
  if (m) return isoFromShanghaiLocal(m[1]);
  // No dedicated element: a date written next to 发布 anywhere in the block.
  const loose = LOOSE_POSTED_RE.exec(textOf(block));
  return loose ? isoFromShanghaiLocal(loose[1] ?? loose[2]) : null;
}

/**
 * The first match inside the main block, else the first on the page outside any recommendation
 * card: builds differ on whether the description sits inside the block or beside it.
 */
function inBlockOrPage(block: Element, doc: Document | null, selector: string): Element | null {
  const inside = block.querySelector(selector);
  if (inside || !doc) return inside;
  for (const el of doc.querySelectorAll(selector)) if (!el.closest(SELECTORS.card)) return el;
  return null;
}

function cleanPageTitle(title: string): string {
  return title.replace(TITLE_SUFFIX_RE, '').trim();
}
