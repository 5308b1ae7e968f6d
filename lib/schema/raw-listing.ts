import * as z from 'zod/mini';
import { isoInstantSchema, siteIdSchema } from './listing';
import { RAW_LIMITS } from './raw-limits';

const text = (max: number) => z.string().check(z.maxLength(max));

/** A price as shown: one text ("EUR 234,95 bis EUR 269,95") or Xianyu's parts (["¥","2.19","万"]). */
export const priceSourceSchema = z.union([
  text(RAW_LIMITS.priceText),
  z.array(text(RAW_LIMITS.pricePart)).check(z.maxLength(RAW_LIMITS.priceParts)),
]);
export type PriceSource = z.infer<typeof priceSourceSchema>;

/**
 * What a content script reads off a card, before any interpretation: the raw texts the page
 * shows. The background turns it into a Listing (recognition, prices, regions), so nothing a
 * page-side script concludes is trusted, and the content script carries no parser tables.
 */
export const rawListingSchema = z.object({
  site: siteIdSchema,
  /** Parser context: the site id, or `ebay-<tld>` (a bare "$" means another currency per domain). */
  market: z.string().check(z.regex(/^[a-z][a-z0-9.-]{1,40}$/)),
  listingId: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  /** Canonical item URL. */
  url: text(RAW_LIMITS.url),
  title: text(RAW_LIMITS.title),
  /** Price candidates, best first; the first that parses wins. */
  prices: z.array(z.nullish(priceSourceSchema)).check(z.maxLength(RAW_LIMITS.candidates)),
  /** Location candidates, best first; the first the region parser places wins. */
  regions: z.array(z.nullish(text(RAW_LIMITS.regionText))).check(z.maxLength(RAW_LIMITS.candidates)),
  postedAt: z.nullable(isoInstantSchema),
  /** Marked as an advert by the site. */
  advert: z.boolean(),
  /** Condition, brand and spec tags shown with the title; they help the recogniser. */
  attributes: z.array(text(RAW_LIMITS.attribute)).check(z.maxLength(RAW_LIMITS.attributes)),
});
export type RawListing = z.infer<typeof rawListingSchema>;
