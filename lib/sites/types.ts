import type { Listing, RawListing, SiteId } from '@/lib/schema';
import type { RawCardResult, RawPageRead } from './raw-page';

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
 * One marketplace, as the content script needs it: finding cards and reading their raw texts.
 * Every reader is a pure function of its inputs (a Document/Element or a parsed JSON value, and
 * the page URL). Nothing here parses prices, regions or titles, so the content script's bundle
 * carries no parser tables; the background interprets raw listings (see `SiteAdapter`).
 */
export interface SiteReader {
  id: SiteId;
  /** Match patterns for the manifest and for `MatchPattern` checks. */
  matches: readonly string[];
  /** Whether this adapter handles the URL at all. */
  handles(url: URL): boolean;
  pageKind(url: URL): PageKind;
  /**
   * The listing cards under `root`, in page order: never recommendation cards, adverts or
   * placeholders; for an item page, the main item block.
   */
  findCards(root: ParentNode, url: URL): Element[];
  /** Read one card (or an item page's main block) without interpreting it. */
  readRawCard(card: Element, url: URL): RawCardResult;
  /** Read every card of a whole document, with the diagnostic when it yields nothing. */
  readRawDocument(doc: Document, url: URL): RawPageRead;
  /** Read a JSON API response the page itself fetched (goofish mtop). Absent when the site has none. */
  readRawApiResponse?(json: unknown, url: URL): RawPageRead;
  /** Join a card read from the DOM with the same listing from an API response (API is richer). */
  mergeApi?(fromDom: RawListing, fromApi: RawListing): RawListing;
  /** Where a badge for this card goes: it is inserted as the last child of this element. */
  badgeAnchor(card: Element): Element;
}

/** A site reader plus interpretation: what the command line, the tests and the background use. */
export interface SiteAdapter extends SiteReader {
  /** Read every listing on a whole document (what `page <file.html>` prints). */
  readDocument(doc: Document, url: URL): PageRead;
  /** Read and interpret one card. Null when it is not a listing (placeholder, advert). */
  readCard(card: Element, url: URL): Listing | null;
  /** Read and interpret a JSON API response. */
  readApiResponse?(json: unknown, url: URL): PageRead;
}
