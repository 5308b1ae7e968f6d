import * as z from 'zod/mini';
import { isoInstantSchema, siteIdSchema } from './listing';

const text = (max: number) => z.string().check(z.maxLength(max));

/** A price as shown: one text ("EUR 234,95 bis EUR 269,95") or Xianyu's parts (["¥","2.19","万"]). */
export const priceSourceSchema = z.union([text(200), z.array(text(50)).check(z.maxLength(8))]);
export type PriceSource = z.infer<typeof priceSourceSchema>;

/**
 * What a content script reads off a card, before any interpretation: the raw texts the page
 * shows. The background turns it into a Listing (recognition, prices, regions), so nothing a
 * page-side script concludes is trusted, and the content script carries no parser tables.
 */
export const rawListingSchema = z.object({
  site: siteIdSchema,
  /** Parser context: the site id, or `ebay.<tld>` (a bare "$" means another currency per domain). */
  market: z.string().check(z.regex(/^[a-z][a-z0-9.-]{1,40}$/)),
  listingId: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  /** Canonical item URL. */
  url: text(2048),
  title: text(4096),
  /** Price candidates, best first; the first that parses wins. */
  prices: z.array(z.nullish(priceSourceSchema)).check(z.maxLength(8)),
  /** Location candidates, best first; the first the region parser places wins. */
  regions: z.array(z.nullish(text(300))).check(z.maxLength(8)),
  postedAt: z.nullable(isoInstantSchema),
  /** Marked as an advert by the site. */
  advert: z.boolean(),
  /** Condition, brand and spec tags shown with the title; they help the recogniser. */
  attributes: z.array(text(200)).check(z.maxLength(40)),
});
export type RawListing = z.infer<typeof rawListingSchema>;
