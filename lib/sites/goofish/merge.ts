/** Joining a card read from the DOM with the same item from the page's mtop response. */
import type { RawListing } from '@/lib/schema';

const MAX_ATTRIBUTES = 40;

/**
 * The card's raw listing with the API's candidates first: the API carries the exact price
 * parts, the seller's area and `publishTime`, while the card keeps its on-screen title (the
 * API title often runs into the description). Interpretation later takes the first price that
 * parses and the first region it can place, so the API wins where it has a usable value and
 * the card fills in where it has not.
 */
export function mergeRawApi(fromDom: RawListing, fromApi: RawListing): RawListing {
  if (fromDom.site !== fromApi.site || fromDom.listingId !== fromApi.listingId) return fromDom;
  return {
    ...fromDom,
    prices: [...fromApi.prices, ...fromDom.prices].slice(0, 8),
    regions: [...fromApi.regions, ...fromDom.regions].slice(0, 8),
    postedAt: fromApi.postedAt ?? fromDom.postedAt,
    advert: fromDom.advert || fromApi.advert,
    attributes: [...new Set([...fromDom.attributes, ...fromApi.attributes])].slice(0, MAX_ATTRIBUTES),
  };
}
