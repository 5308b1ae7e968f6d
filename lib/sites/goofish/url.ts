/** goofish.com URLs: which pages are read, item ids and canonical item URLs. */
import type { PageKind } from '../types';

const HOST_RE = /(^|\.)goofish\.com$/;
const ID_RE = /[?&]id=(\d{6,20})(?:&|#|$)/;
const ITEM_HOST_RE = /^(?:https?:)?\/\/(?:[a-z0-9-]+\.)*goofish\.com\/item\b|^\/item\b|^fleamarket:\/\//i;

/** Whether the URL is on goofish.com. */
export function isGoofish(url: URL): boolean {
  return (url.protocol === 'https:' || url.protocol === 'http:') && HOST_RE.test(url.hostname);
}

/** Search results (`/search?q=`), an item page (`/item?id=`), or anything else. */
export function goofishPageKind(url: URL): PageKind {
  if (!isGoofish(url)) return 'other';
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '/search') return 'search';
  if (path === '/item' && itemIdOf(url.search) !== null) return 'item';
  return 'other';
}

/**
 * The numeric item id of a goofish item link (absolute, protocol-relative, relative, or the
 * app's `fleamarket://item?id=` deep link); null for anything else, such as a Taobao advert link.
 */
export function goofishItemId(href: string): string | null {
  if (!ITEM_HOST_RE.test(href)) return null;
  return itemIdOf(href);
}

/** The `id` query parameter when it is numeric. */
export function itemIdOf(search: string): string | null {
  return ID_RE.exec(search)?.[1] ?? null;
}

/** The canonical item URL: tracking parameters dropped. */
export function goofishItemUrl(id: string): string {
  return `https://www.goofish.com/item?id=${id}`;
}
