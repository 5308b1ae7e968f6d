/**
 * Collecting the raw listings of a page (no parsing: the content script runs this), with the
 * "page not understood" diagnostic when a page that should hold listings yields none (a layout
 * change, a block page).
 */
import type { RawListing, SiteId } from '@/lib/schema';
import type { PageDiagnostic, PageKind } from './types';

/** A card's raw listing, or what was missing when it could not be read. */
export interface RawCardResult {
  raw: RawListing | null;
  /** Field names that were looked for and not found (`id`, `title`, `price` ...). */
  missing: readonly string[];
}

/** A raw listing and the element it was read from (absent for API responses). */
export interface FoundRaw {
  raw: RawListing;
  element?: Element;
}

/** The raw listings of one page or API response. */
export interface RawPageRead {
  site: SiteId;
  pageKind: PageKind;
  raws: FoundRaw[];
  diagnostic: PageDiagnostic | null;
}

export interface RawPageParts {
  site: SiteId;
  pageKind: PageKind;
  url: URL;
  cards: readonly Element[];
  read(card: Element): RawCardResult;
  /** True when the page itself says it has no results (an empty search is not breakage). */
  saysEmpty(): boolean;
}

export const NOT_A_CARD: RawCardResult = { raw: null, missing: [] };

/** The result for a card read to its end: `price` is missing when no price text was shown. */
export function cardResult(raw: RawListing): RawCardResult {
  return { raw, missing: hasPriceText(raw) ? [] : ['price'] };
}

/**
 * Read every card in page order. A listing shown twice (a carousel repeating a result) counts
 * once, at its first place.
 */
export function readRawPage(parts: RawPageParts): RawPageRead {
  const { site, pageKind, url } = parts;
  const raws: FoundRaw[] = [];
  const seen = new Set<string>();
  const missing = new Set<string>();
  for (const element of parts.cards) {
    const result = parts.read(element);
    for (const field of result.missing) missing.add(field);
    if (!result.raw || seen.has(result.raw.listingId)) continue;
    seen.add(result.raw.listingId);
    raws.push({ raw: result.raw, element });
  }
  let diagnostic: PageDiagnostic | null = null;
  if (raws.length === 0 && pageKind !== 'other') {
    if (parts.cards.length === 0) {
      if (!parts.saysEmpty()) diagnostic = notUnderstood(site, pageKind, url, ['card']);
    } else {
      diagnostic = notUnderstood(site, pageKind, url, missing.size > 0 ? [...missing] : ['listing']);
    }
  }
  return { site, pageKind, raws, diagnostic };
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
export function emptyRawRead(site: SiteId, pageKind: PageKind): RawPageRead {
  return { site, pageKind, raws: [], diagnostic: null };
}

function hasPriceText(raw: RawListing): boolean {
  return raw.prices.some((source) =>
    typeof source === 'string' ? source.trim() !== '' : Array.isArray(source) && source.length > 0,
  );
}
