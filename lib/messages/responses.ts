/**
 * The answers to the protocol's requests (protocol.ts). Kept apart from the request schemas: the
 * background validates what it receives, not what it sends, and module-level zod schemas it never
 * uses would still be bundled into it.
 */
import * as z from 'zod/mini';
import { listingSchema, observationSchema, siteIdSchema, verdictSchema } from '@/lib/schema';
import { pageKindSchema, pageNotUnderstoodSchema } from './protocol';

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
