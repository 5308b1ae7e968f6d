/**
 * The one data shape that flows through RigScout (see docs/data-contract.md, which mirrors
 * ../shared/reference/interfaces.md). zod schemas are the single source of truth; types come
 * from `z.infer`. We use `zod/mini` everywhere because the content script and background have
 * tight bundle budgets (the classic API roughly triples the background bundle).
 */
import * as z from 'zod/mini';

/** Adapter id of a marketplace: lower case (`goofish`, `ebay`, ...). */
export const siteIdSchema = z.string().check(z.regex(/^[a-z][a-z0-9-]{1,30}$/));
export type SiteId = z.infer<typeof siteIdSchema>;

/** ISO 4217 alphabetic code. */
export const currencyCodeSchema = z.string().check(z.regex(/^[A-Z]{3}$/));
export type CurrencyCode = z.infer<typeof currencyCodeSchema>;

const nonNegative = z.number().check(z.gte(0));

/** A shown price. `maxAmount` is set only for a range ("$0.99 to $3.00"). */
export const priceSchema = z.object({
  amount: nonNegative,
  currency: currencyCodeSchema,
  maxAmount: z.nullable(nonNegative),
});
export type Price = z.infer<typeof priceSchema>;

/** Where the seller is: ISO 3166-1 alpha-2 and ISO 3166-2, plus the text as shown. */
export const regionSchema = z.object({
  country: z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/))),
  subdivision: z.nullable(z.string().check(z.regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/))),
  text: z.nullable(z.string()),
});
export type Region = z.infer<typeof regionSchema>;

/** Why a listing that looks related is not a rig for sale. */
export const exclusionSchema = z.enum(['part', 'service', 'wanted', 'not-mining', 'advert']);
export type Exclusion = z.infer<typeof exclusionSchema>;

export const hashrateSourceSchema = z.enum(['listing', 'catalog']);

/** A recognised mining machine. `model` is the catalog's canonical name, or `GPU rig`. */
export const minerSchema = z.object({
  model: z.string().check(z.minLength(1)),
  vendor: z.nullable(z.string()),
  algorithm: z.nullable(z.string()),
  hashrateHs: z.nullable(z.number().check(z.positive())),
  hashrateSource: z.nullable(hashrateSourceSchema),
  powerW: z.nullable(z.number().check(z.positive())),
});
export type Miner = z.infer<typeof minerSchema>;

/** An ISO 8601 instant in UTC, e.g. `2024-04-26T13:53:49Z` (milliseconds optional). */
export const isoInstantSchema = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/));

/** A listing as a content script reads it off a marketplace page. */
export const listingSchema = z.object({
  site: siteIdSchema,
  listingId: z.string().check(z.minLength(1), z.maxLength(64)),
  url: z.string().check(z.maxLength(2048)),
  title: z.string().check(z.maxLength(4096)),
  price: z.nullable(priceSchema),
  quantity: z.int().check(z.gte(1), z.lte(100_000)),
  region: z.nullable(regionSchema),
  miner: z.nullable(minerSchema),
  isMiningRig: z.boolean(),
  exclusion: z.nullable(exclusionSchema),
  postedAt: z.nullable(isoInstantSchema),
});
export type Listing = z.infer<typeof listingSchema>;

/** Stable key of a listing across observations: `${site}:${listingId}`. */
export function listingKey(listing: Pick<Listing, 'site' | 'listingId'>): string {
  return `${listing.site}:${listing.listingId}`;
}
