import type { Listing, SiteId } from '@/lib/schema';

/** What kind of marketplace page a URL is. `other` pages are not read. */
export type PageKind = 'search' | 'item' | 'other';

/** A listing found on a page, with the element its badge belongs to (absent for API-only reads). */
export interface FoundListing {
  listing: Listing;
  /** The card (search) or main block (item page) the listing was read from. */
  element?: Element;
}

/** Why a page the adapter should understand yielded nothing (a layout change, a block page). */
export interface PageDiagnostic {
  site: SiteId;
  pageKind: PageKind;
  url: string;
  /** What the adapter looked for and did not find, e.g. `card`, `title`, `price`. */
  missing: string[];
  message: string;
}

/** The result of reading one page or one API response. */
export interface PageRead {
  site: SiteId;
  pageKind: PageKind;
  listings: FoundListing[];
  /** Set when the page should have held listings but none could be read. */
  diagnostic: PageDiagnostic | null;
}

/**
 * One marketplace. Every reader is a pure function of its inputs (a Document/Element or a parsed
 * JSON value, and the page URL), so the same code runs in the content script, in Node for the
 * command line, and in tests over saved pages.
 */
export interface SiteAdapter {
  id: SiteId;
  /** Match patterns for the manifest and for `MatchPattern` checks. */
  matches: readonly string[];
  /** Whether this adapter handles the URL at all. */
  handles(url: URL): boolean;
  pageKind(url: URL): PageKind;
  /** Read every listing on a whole document (what `page <file.html>` prints). */
  readDocument(doc: Document, url: URL): PageRead;
  /**
   * The listing cards under `root` not yet handled, for incremental scanning: the content
   * script's observer calls this on added subtrees. Returns elements in page order.
   */
  findCards(root: ParentNode, url: URL): Element[];
  /** Read one card (or an item page's main block). Null when it is not a listing (placeholder, advert). */
  readCard(card: Element, url: URL): Listing | null;
  /** Read a JSON API response the page itself fetched (goofish mtop). Absent when the site has none. */
  readApiResponse?(json: unknown, url: URL): PageRead;
  /** Join a card read from the DOM with the same listing from an API response (API is richer). */
  mergeApiListing?(fromDom: Listing, fromApi: Listing): Listing;
  /** Where a badge for this card goes: it is inserted as the last child of this element. */
  badgeAnchor(card: Element): Element;
}
