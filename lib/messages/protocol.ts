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
import { rawListingSchema, siteIdSchema } from '@/lib/schema';

export const pageKindSchema = z.enum(['search', 'item', 'other']);
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

export type {
  ErrorResponse,
  JudgedListing,
  ListingsSeenResponse,
  ListingVerdict,
  TabListingsResponse,
} from './responses';
