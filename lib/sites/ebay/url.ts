/** eBay URLs: the domains read, page kinds, item ids and canonical item URLs. */
import type { PageKind } from '../types';

/** The eBay domains RigScout reads (keep in step with lib/marketplaces.ts). */
export const EBAY_TLDS = ['com', 'co.uk', 'de', 'ca', 'com.au', 'fr', 'it', 'es'] as const;

const HOST_RE = /(?:^|\.)ebay\.(com\.au|co\.uk|com|de|ca|fr|it|es)$/;
const ITEM_PATH_RE = /\/itm\/(?:[^/?#]+\/)?(\d{6,20})(?=[/?#]|$)/;
const ITEM_PARAM_RE = /[?&]item=(\d{6,20})(?:&|#|$)/;

/** The eBay top-level domain of a URL (`de`, `co.uk`), or null when it is not one we read. */
export function ebayTld(url: URL): string | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return HOST_RE.exec(url.hostname)?.[1] ?? null;
}

/** Search results (`/sch/`), an item page (`/itm/`), or anything else. */
export function ebayPageKind(url: URL): PageKind {
  if (!ebayTld(url)) return 'other';
  if (url.pathname.startsWith('/sch/')) return 'search';
  if (url.pathname.startsWith('/itm') && ebayItemId(url.pathname + url.search)) return 'item';
  return 'other';
}

/** The numeric item id in an item link (`/itm/<id>`, `/itm/<slug>/<id>`, `?item=<id>`). */
export function ebayItemId(href: string): string | null {
  return ITEM_PATH_RE.exec(href)?.[1] ?? ITEM_PARAM_RE.exec(href)?.[1] ?? null;
}

/** The canonical item URL on the page's own eBay domain. */
export function ebayItemUrl(tld: string, id: string): string {
  return `https://www.ebay.${tld}/itm/${id}`;
}
