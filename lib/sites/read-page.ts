/** Turning a raw page read into Listings: the interpreting half, which runs outside the page. */
import { buildListing } from './build-listing';
import type { RawPageRead } from './raw-page';
import type { PageRead } from './types';

/** Build every raw listing of a read into a Listing, keeping order, elements and the diagnostic. */
export function buildPage(read: RawPageRead): PageRead {
  return {
    site: read.site,
    pageKind: read.pageKind,
    listings: read.raws.map(({ raw, element }) =>
      element ? { listing: buildListing(raw), element } : { listing: buildListing(raw) },
    ),
    diagnostic: read.diagnostic,
  };
}
