/**
 * Every selector the goofish (Xianyu) adapter uses. The site is a React app with CSS-module
 * class names that end in a build hash (`feeds-item-wrap--rGdH_KoF`), so each one matches the
 * class-name prefix only. tests/unit/sites/goofish-selectors.test.ts pins how many elements each
 * selector matches on every saved page, so a drift shows up as a failing count.
 */
import { byClassPrefix as p } from '../dom';

export const SELECTORS = {
  /** A search-result card: the anchor that wraps the whole card. */
  card: p('feeds-item-wrap--'),
  /** Fallback when the card class changed: any item link (checked for a price inside). */
  itemLink: 'a[href*="/item?id="],a[href*="item?id="]',
  /** Title row; its `title` attribute holds the full title. */
  title: p('row1-wrap-title--'),
  /** Inner title text (may hold badge images). */
  mainTitle: p('main-title--'),
  /** The figure of a price; its parent holds the sign, decimal and 万 parts in order. */
  priceNumber: p('number--'),
  /** The price block (some builds put the whole price in its `title` attribute). */
  priceWrap: p('price-wrap--'),
  /** Condition / brand / capacity tags under the title. */
  attribute: p('cpv--', 'span'),
  /** Seller location; the wrapper's `title` attribute holds the province. */
  sellerTextWrap: p('seller-text-wrap--'),
  sellerText: p('seller-text--'),
  /** Item page: the main item block (never the 为你推荐 cards below it). */
  itemMain: p('item-main-info--'),
  /** Item page: the main price. */
  itemPrice: p('price--'),
  /** Item page: title and description; the first span is the title. */
  itemDesc: '[class*="desc--"]:not([class*="price-desc--"])',
  /** Item page: condition and spec labels. */
  itemLabelValue: p('value--'),
  /** Item page: the seller's labels, in fixed order; the first is the city. */
  itemUserLabel: p('item-user-info-label--'),
  /** Item page: the posting time line, when the page shows one. */
  itemTime: `${p('create-time--')},${p('publish-time--')},${p('time--')}`,
} as const;

/** Class-name prefixes of the parts of a split price, in the order they are joined. */
export const PRICE_PART_PREFIXES = ['sign--', 'number--', 'decimal--', 'magnitude--'] as const;

/** The text a search with no results shows before its 猜你喜欢 feed. */
export const NO_RESULTS_RE = /没有找到(?:你想要的|相关的?)?宝贝|没有找到相关|暂无搜索结果|暂无相关宝贝/;
/** Headings of feeds that reuse the card markup but are not results ("猜你喜欢", "— 为你推荐 —"). */
export const FEED_HEADING_RE =
  /^[\s\-—–·•|【[]*(?:猜你喜欢|为你推荐|看了又看|相似推荐|更多推荐)[\s\-—–·•|】\]>›]*$/;
/** A tag that marks a card as an advert. */
export const ADVERT_TAG_RE = /^(?:广告|推广)$/;
