/**
 * Which currency an ambiguous mark means on a given site. "¥" is yuan on Xianyu and yen on
 * Mercari Japan; a bare "$" is US dollars on ebay.com and Canadian dollars on Kijiji; a bare
 * number is yuan on Xianyu but means nothing certain on eBay.
 */

/** Where a price text was read. `defaultCurrency` (ISO 4217) overrides the site's own default. */
export interface PriceContext {
  site: string;
  defaultCurrency?: string;
}

/** How a site resolves the marks that are not a currency by themselves. */
export interface SiteCurrencies {
  /** What "$" alone means, or null when unknown. */
  dollar: string | null;
  /** What "¥" means (CNY or JPY), or null when the site gives no certainty. */
  yen: string | null;
  /** What a number with no currency mark means, or null when it is not certain. */
  bare: string | null;
  /** What "kr" means (SEK, NOK, DKK), or null. */
  krone: string | null;
}

const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'MXN']);
const KRONER = new Set(['SEK', 'NOK', 'DKK', 'ISK']);
const ISO_RE = /^[A-Z]{3}$/;

// Site family → [dollar, yen, bare]. One row per family keeps the table readable.
const FAMILIES: Record<string, readonly [string | null, string | null, string | null]> = {
  goofish: ['USD', 'CNY', 'CNY'],
  xianyu: ['USD', 'CNY', 'CNY'],
  taobao: ['USD', 'CNY', 'CNY'],
  tmall: ['USD', 'CNY', 'CNY'],
  '1688': ['USD', 'CNY', 'CNY'],
  alibaba: ['USD', 'CNY', null],
  'mercari-jp': ['USD', 'JPY', 'JPY'],
  mercari: ['USD', 'JPY', null],
  'mercari-us': ['USD', 'JPY', 'USD'],
  avito: ['USD', null, 'RUB'],
  craigslist: ['USD', null, 'USD'],
  kijiji: ['CAD', null, 'CAD'],
  facebook: ['USD', null, null],
  ebay: ['USD', null, null],
};

// eBay domain → [dollar, local currency].
const EBAY_DOMAINS: Record<string, readonly [string, string | null]> = {
  us: ['USD', 'USD'],
  com: ['USD', 'USD'],
  uk: ['USD', 'GBP'],
  gb: ['USD', 'GBP'],
  de: ['USD', 'EUR'],
  at: ['USD', 'EUR'],
  fr: ['USD', 'EUR'],
  it: ['USD', 'EUR'],
  es: ['USD', 'EUR'],
  nl: ['USD', 'EUR'],
  be: ['USD', 'EUR'],
  ie: ['USD', 'EUR'],
  ca: ['CAD', 'CAD'],
  au: ['AUD', 'AUD'],
  ch: ['USD', 'CHF'],
  hk: ['HKD', 'HKD'],
  sg: ['SGD', 'SGD'],
};

const cache = new Map<string, SiteCurrencies>();

/** The currency rules for a context; unknown sites get the generic rules ("$" = USD, nothing else). */
export function siteCurrencies(ctx: PriceContext): SiteCurrencies {
  const key = `${ctx.site}|${ctx.defaultCurrency ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const made = build(ctx);
  if (cache.size < 256) cache.set(key, made);
  return made;
}

function build(ctx: PriceContext): SiteCurrencies {
  const site = String(ctx.site).toLowerCase();
  const override = typeof ctx.defaultCurrency === 'string' ? ctx.defaultCurrency.toUpperCase() : '';
  const valid = ISO_RE.test(override) ? override : null;
  let dollar: string | null = 'USD';
  let yen: string | null = null;
  let bare: string | null = null;
  const family = FAMILIES[site];
  if (family) {
    [dollar, yen, bare] = family;
  } else if (site.startsWith('ebay')) {
    const domain =
      EBAY_DOMAINS[
        site
          .slice(4)
          .replace(/^[-_.]/, '')
          .replace(/^(?:co|com)[-_.]/, '')
      ];
    if (domain) [dollar, bare] = domain;
  }
  if (valid) {
    bare = valid;
    if (DOLLARS.has(valid)) dollar = valid;
    if (valid === 'CNY' || valid === 'JPY') yen = valid;
  }
  return { dollar, yen, bare, krone: valid && KRONER.has(valid) ? valid : null };
}

/**
 * Whether the parsers know a site id: one of the families above, an eBay domain (`ebay-de`,
 * `ebay-uk`, ...) or `generic` (no site context).
 */
export function isKnownSite(site: string): boolean {
  if (site === 'generic' || FAMILIES[site]) return true;
  if (!site.startsWith('ebay')) return false;
  const domain = site
    .slice(4)
    .replace(/^[-_.]/, '')
    .replace(/^(?:co|com)[-_.]/, '');
  return EBAY_DOMAINS[domain] !== undefined;
}

/** The site ids {@link isKnownSite} accepts, for error messages. */
export const KNOWN_SITES = `generic, ${Object.keys(FAMILIES).join(', ')}, ebay-<domain> (${Object.keys(EBAY_DOMAINS).join(', ')})`;
