import { buildListing } from './build-listing';
import { buildPage } from './read-page';
import type { SiteAdapter, SiteReader } from './types';

/** A full adapter from a site's raw reader: every read interpreted by `buildListing`. */
export function adapterFrom(reader: SiteReader): SiteAdapter {
  const readApi = reader.readRawApiResponse;
  return {
    ...reader,
    readDocument: (doc, url) => buildPage(reader.readRawDocument(doc, url)),
    readCard(card, url) {
      const { raw } = reader.readRawCard(card, url);
      return raw ? buildListing(raw) : null;
    },
    ...(readApi ? { readApiResponse: (json: unknown, url: URL) => buildPage(readApi(json, url)) } : {}),
  };
}
