/**
 * The one place a Listing is built from the raw fields (`RawListing`, lib/schema) an adapter read
 * off a card or an API response, so every site and every source (DOM, mtop JSON) agrees on recognition, prices,
 * regions and limits.
 */
import { parsePrice, parsePriceParts } from '@/lib/price';
import { recogniseTitle } from '@/lib/recognise';
import { parseRegion } from '@/lib/region';
import type { Listing, Price, RawListing, Region } from '@/lib/schema';
import { cleanText } from './dom';

const MAX_TITLE = 4096;
const MAX_URL = 2048;

/** Build a schema-valid Listing; never throws. */
export function buildListing(raw: RawListing): Listing {
  const title = cleanText(raw.title).slice(0, MAX_TITLE);
  const recognition = recogniseTitle(title, { attributes: raw.attributes });
  const advert = raw.advert;
  return {
    site: raw.site,
    listingId: raw.listingId.slice(0, 64),
    url: raw.url.slice(0, MAX_URL),
    title,
    price: readPrice(raw.prices, raw.market),
    quantity: Math.min(100_000, Math.max(1, Math.trunc(recognition.quantity) || 1)),
    region: readRegion(raw.regions, raw.market),
    miner: advert ? null : recognition.miner,
    isMiningRig: advert ? false : recognition.isMiningRig,
    exclusion: advert ? 'advert' : recognition.exclusion,
    postedAt: raw.postedAt,
  };
}

function readPrice(sources: RawListing['prices'], site: string): Price | null {
  for (const source of sources) {
    if (source == null) continue;
    const price =
      typeof source === 'string' ? parsePrice(source, { site }) : parsePriceParts(source, { site });
    if (price) return price;
  }
  return null;
}

function readRegion(texts: RawListing['regions'], site: string): Region | null {
  let shown: string | null = null;
  for (const raw of texts) {
    const text = cleanText(raw);
    if (text === '') continue;
    const region = parseRegion(text, { site });
    if (region && (region.country || region.subdivision)) return region;
    shown ??= text;
  }
  // A place the parser cannot locate is still worth keeping as shown.
  return shown === null ? null : { country: null, subdivision: null, text: shown.slice(0, 200) };
}
