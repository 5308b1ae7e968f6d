/**
 * Turning the cards an adapter found into a PageRead, with the "page not understood"
 * diagnostic when a page that should hold listings yields none (a layout change, a block page).
 */
import type { Listing, SiteId } from '@/lib/schema';
import type { FoundListing, PageDiagnostic, PageKind, PageRead } from './types';

/** A card's listing, or what was missing when it could not be read. */
export interface CardResult {
  listing: Listing | null;
  /** Field names that were looked for and not found (`id`, `title`, `price` ...). */
  missing: readonly string[];
}

export interface PageParts {
  site: SiteId;
  pageKind: PageKind;
  url: URL;
  cards: readonly Element[];
  read(card: Element): CardResult;
  /** True when the page itself says it has no results (an empty search is not breakage). */
  saysEmpty(): boolean;
}

/**
 * Read every card in page order. A listing shown twice (a carousel repeating a result) counts
 * once, at its first place.
 */
export function readPage(parts: PageParts): PageRead {
  const { site, pageKind, url } = parts;
  const listings: FoundListing[] = [];
  const seen = new Set<string>();
  const missing = new Set<string>();
  for (const element of parts.cards) {
    const result = parts.read(element);
    for (const field of result.missing) missing.add(field);
    if (!result.listing || seen.has(result.listing.listingId)) continue;
    seen.add(result.listing.listingId);
    listings.push({ listing: result.listing, element });
  }
  let diagnostic: PageDiagnostic | null = null;
  if (listings.length === 0 && pageKind !== 'other') {
    if (parts.cards.length === 0) {
      if (!parts.saysEmpty()) diagnostic = notUnderstood(site, pageKind, url, ['card']);
    } else {
      diagnostic = notUnderstood(site, pageKind, url, missing.size > 0 ? [...missing] : ['listing']);
    }
  }
  return { site, pageKind, listings, diagnostic };
}

/** The diagnostic for a page of `site` where `missing` could not be found. */
export function notUnderstood(site: SiteId, pageKind: PageKind, url: URL, missing: string[]): PageDiagnostic {
  const what = missing.slice(0, 20);
  return {
    site,
    pageKind,
    url: url.href.slice(0, 4096),
    missing: what,
    message: `${site} ${pageKind} page not understood: no ${what.join(', ')} found`.slice(0, 500),
  };
}

/** An empty read of a page the adapter does not read (or a response with nothing in it). */
export function emptyRead(site: SiteId, pageKind: PageKind): PageRead {
  return { site, pageKind, listings: [], diagnostic: null };
}
