/**
 * Every selector the eBay adapter uses, for the three search-result layouts served side by side
 * (legacy `li.s-item`, 2025+ `li.s-card`, 2026 `su-item-card s-item-card--search-evo`) and the
 * item page. tests/unit/sites/ebay-selectors.test.ts pins how many elements each one matches on
 * every saved page.
 */
export const SELECTORS = {
  /** A result card in any of the three layouts (nested matches are the same card). */
  card: 'li.s-item,li.s-card,.s-item-card--search-evo',
  /** The item link; the id is `/itm/(\d+)` in its href. */
  itemLink: 'a[href*="/itm/"]',
  title: '.s-item__title,.s-card__title,.su-item-card__title',
  /** Screen-reader text and tags inside a title ("Opens in a new window or tab", "New Listing"). */
  titleNoise: '.clipped,.LIGHT_HIGHLIGHT,[class*="new-listing"],[class*="tagblock"]',
  price: '.s-item__price,.s-card__price,.su-item-card__price',
  /** Shipping, kept apart from the price. */
  shipping: '.s-item__shipping,.s-item__logisticsCost',
  /** Legacy location line ("from China"). */
  location: '.s-item__location,.s-item__itemLocation',
  /** 2025+ free-text rows: shipping, "Located in …", watchers, seller, sponsored. */
  attributeRow: '.s-card__attribute-row,.su-item-card__attribute-row,[class*="attribute-row"]',
  /** Any other short text of a 2025+ card that may hold "Located in …". */
  styledText: '.su-styled-text,[class*="__location"]',
  /** Condition line ("Pre-Owned · Bitmain · 110 TH/s"). */
  subtitle: '.s-item__subtitle,.s-card__subtitle,.su-item-card__subtitle',
  /** The zero-result notice of a search. */
  nullSearch: '.srp-save-null-search,.s-message--null-search,.srp-zero-results',
  /** Result count heading ("0 results for …", "97.000+ Ergebnisse für …"). */
  countHeading: '.srp-controls__count-heading',
  /** Item page. */
  itemTitle: 'h1.x-item-title__mainTitle,.x-item-title__mainTitle',
  itemPrice: '.x-price-primary',
  itemCondition: '.x-item-condition-text',
  itemLocation: '.ux-labels-values--itemLocation .ux-labels-values__values,[itemprop="availableAtOrFrom"]',
  itemCanonical: 'link[rel="canonical"]',
  /** Inline scripts that may carry `itemCreationDate` and `itemLocation` JSON. */
  script: 'script:not([src])',
} as const;
