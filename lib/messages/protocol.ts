/**
 * The one message protocol between RigScout's contexts, named by direction.
 *
 * - content → background: listings seen on a page (answered with their verdicts in the same
 *   round trip), and "page not understood" diagnostics.
 * - page (popup/options) → background: queries and history management.
 *
 * Every payload is a zod schema; the background parses each message with `parseRequest` and
 * rejects anything else. Content scripts run on hostile pages, so nothing they send is trusted.
 */
import * as z from 'zod/mini';
import {
  listingSchema,
  observationSchema,
  rawListingSchema,
  siteIdSchema,
  verdictSchema,
} from '@/lib/schema';

const pageKindSchema = z.enum(['search', 'item', 'other']);
const listingRefSchema = z.object({ site: siteIdSchema, listingId: z.string().check(z.minLength(1)) });

// ---- content → background -------------------------------------------------------------------

/**
 * A batch of listings read off one page, as the page shows them (raw texts): the background
 * interprets them. Idempotent: resending a batch adds nothing new.
 */
export const listingsSeenSchema = z.object({
  type: z.literal('content/listings-seen'),
  pageUrl: z.string().check(z.maxLength(4096)),
  pageKind: pageKindSchema,
  listings: z.array(rawListingSchema).check(z.maxLength(500)),
});

/** A page the adapter should understand yielded nothing. */
export const pageNotUnderstoodSchema = z.object({
  type: z.literal('content/page-not-understood'),
  site: siteIdSchema,
  pageKind: pageKindSchema,
  url: z.string().check(z.maxLength(4096)),
  missing: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(20)),
  message: z.string().check(z.maxLength(500)),
});

export const contentToBackgroundSchema = z.discriminatedUnion('type', [
  listingsSeenSchema,
  pageNotUnderstoodSchema,
]);

// ---- popup / options → background -----------------------------------------------------------

export const tabListingsQuerySchema = z.object({ type: z.literal('page/tab-listings'), tabId: z.int() });
export const listingHistoryQuerySchema = z.object({
  type: z.literal('page/listing-history'),
  ref: listingRefSchema,
});
export const modelSeriesQuerySchema = z.object({
  type: z.literal('page/model-series'),
  model: z.string().check(z.minLength(1)),
  now: z.optional(z.string()),
});
export const exportHistorySchema = z.object({
  type: z.literal('page/export-history'),
  format: z.enum(['jsonl', 'csv']),
});
export const importHistorySchema = z.object({
  type: z.literal('page/import-history'),
  text: z.string().check(z.maxLength(512 * 1024 * 1024)),
});
export const clearHistorySchema = z.object({
  type: z.literal('page/clear-history'),
  confirm: z.literal(true),
});
export const storageInfoQuerySchema = z.object({ type: z.literal('page/storage-info') });

export const pageToBackgroundSchema = z.discriminatedUnion('type', [
  tabListingsQuerySchema,
  listingHistoryQuerySchema,
  modelSeriesQuerySchema,
  exportHistorySchema,
  importHistorySchema,
  clearHistorySchema,
  storageInfoQuerySchema,
]);

export type ContentToBackground = z.infer<typeof contentToBackgroundSchema>;
export type PageToBackground = z.infer<typeof pageToBackgroundSchema>;
export type Request = ContentToBackground | PageToBackground;

// ---- responses ------------------------------------------------------------------------------

/** The verdict for one listing as a badge needs it. */
export const listingVerdictSchema = z.object({
  site: siteIdSchema,
  listingId: z.string(),
  verdict: verdictSchema,
  /** Unit price per rate unit (¥/T, $/T ...) in the listing's own currency, when computable. */
  unitRate: z.nullable(z.number()),
  /** The listing's own earlier prices, oldest first, for the badge's panel. */
  priceChanges: z.array(z.object({ at: z.string(), amount: z.number(), currency: z.string() })),
});
export type ListingVerdict = z.infer<typeof listingVerdictSchema>;

/** The basis region's name in each UI language ("Sichuan" / "四川", or "all regions"). */
export const regionNamesSchema = z.object({ en: z.string(), zh: z.string() });

/** What the content script gets back for each listing it sent: the interpreted listing and its verdict. */
export const judgedListingSchema = z.object({
  listing: listingSchema,
  judged: listingVerdictSchema,
  regionNames: regionNamesSchema,
});
export type JudgedListing = z.infer<typeof judgedListingSchema>;

export const listingsSeenResponseSchema = z.object({
  ok: z.literal(true),
  verdicts: z.array(judgedListingSchema),
});
export type ListingsSeenResponse = z.infer<typeof listingsSeenResponseSchema>;

export const tabListingsResponseSchema = z.object({
  ok: z.literal(true),
  pageUrl: z.nullable(z.string()),
  pageKind: z.nullable(pageKindSchema),
  listings: z.array(z.object({ observation: observationSchema, verdict: listingVerdictSchema })),
  diagnostic: z.nullable(z.omit(pageNotUnderstoodSchema, { type: true })),
});
export type TabListingsResponse = z.infer<typeof tabListingsResponseSchema>;

/** Every failure answers with this shape, so callers can show `error` to the user. */
export const errorResponseSchema = z.object({ ok: z.literal(false), error: z.string() });
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
