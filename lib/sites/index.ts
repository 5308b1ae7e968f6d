/** The marketplace adapters, and the lookup the content script and the command line use. */
import { ebayAdapter } from './ebay/adapter';
import { goofishAdapter } from './goofish/adapter';
import { firstHandling } from './readers';
import type { SiteAdapter } from './types';

export type { FoundListing, PageDiagnostic, PageKind, PageRead, SiteAdapter, SiteReader } from './types';

/** Every adapter, in the order they are tried. */
export const ADAPTERS: readonly SiteAdapter[] = [goofishAdapter, ebayAdapter];

/** The adapter that handles `url`, or null (also for text that is not a URL). */
export function adapterForUrl(url: URL | string): SiteAdapter | null {
  return firstHandling(ADAPTERS, url);
}
