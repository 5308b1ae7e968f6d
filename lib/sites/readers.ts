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
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  return READERS.find((reader) => reader.handles(parsed)) ?? null;
}
