/**
 * Size limits of a raw listing and the clamp that meets them. Kept apart from the zod schema
 * (raw-listing.ts) so the content script can clamp without bundling zod.
 */
import type { RawListing } from './raw-listing';

/** The schema enforces these limits and `clampRawListing` meets them. */
export const RAW_LIMITS = {
  title: 4096,
  url: 2048,
  priceText: 200,
  pricePart: 50,
  priceParts: 8,
  candidates: 8,
  regionText: 300,
  attribute: 200,
  attributes: 40,
} as const;

/**
 * Cut a raw listing to the schema's limits (an API title may run into a long description), so
 * one oversized field never gets a whole batch rejected at the background.
 */
export function clampRawListing(raw: RawListing): RawListing {
  const cut = (value: string, max: number) => (value.length > max ? value.slice(0, max) : value);
  return {
    ...raw,
    url: cut(raw.url, RAW_LIMITS.url),
    title: cut(raw.title, RAW_LIMITS.title),
    prices: raw.prices
      .slice(0, RAW_LIMITS.candidates)
      .map((source) =>
        source == null
          ? null
          : typeof source === 'string'
            ? cut(source, RAW_LIMITS.priceText)
            : source.slice(0, RAW_LIMITS.priceParts).map((part) => cut(part, RAW_LIMITS.pricePart)),
      ),
    regions: raw.regions
      .slice(0, RAW_LIMITS.candidates)
      .map((region) => (region == null ? null : cut(region, RAW_LIMITS.regionText))),
    attributes: raw.attributes
      .slice(0, RAW_LIMITS.attributes)
      .map((value) => cut(value, RAW_LIMITS.attribute)),
  };
}
