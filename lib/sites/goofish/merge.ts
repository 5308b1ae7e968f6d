/** Joining a card read from the DOM with the same item from the page's mtop response. */
import type { Listing } from '@/lib/schema';

/**
 * The card's listing, with the API's price, region and posting time where the API has them:
 * the API carries the exact price parts, the seller's area and `publishTime`, while the card
 * keeps its on-screen title (the API title often runs into the description).
 */
export function mergeApiListing(fromDom: Listing, fromApi: Listing): Listing {
  if (fromDom.site !== fromApi.site || fromDom.listingId !== fromApi.listingId) return fromDom;
  return {
    ...fromDom,
    price: fromApi.price ?? fromDom.price,
    // A region the parser placed beats one it could only keep as text, whichever side has it.
    region: placed(fromApi.region) ?? placed(fromDom.region) ?? fromApi.region ?? fromDom.region,
    postedAt: fromApi.postedAt ?? fromDom.postedAt,
  };
}

function placed(region: Listing['region']): Listing['region'] {
  return region && (region.country || region.subdivision) ? region : null;
}
