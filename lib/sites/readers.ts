/**
 * The content script's view of the marketplaces: raw readers only. Importing from here (not
 * from ./index) keeps the title, price and region parsers out of the content script's bundle.
 */
import { ebayReader } from './ebay/reader';
import { goofishReader } from './goofish/reader';
import type { SiteReader } from './types';

/** Every reader, in the order they are tried. */
export const READERS: readonly SiteReader[] = [goofishReader, ebayReader];

/** The reader that handles `url`, or null (also for text that is not a URL). */
export function readerForUrl(url: URL | string): SiteReader | null {
  return firstHandling(READERS, url);
}

/** The first of `sites` that handles `url`, or null (also for text that is not a URL). */
export function firstHandling<T extends { handles(url: URL): boolean }>(
  sites: readonly T[],
  url: URL | string,
): T | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  return sites.find((site) => site.handles(parsed)) ?? null;
}
