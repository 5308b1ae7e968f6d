/**
 * Responses of the history queries (popup and options → background), as zod schemas so pages
 * can check what they receive and tests can check what the background sends.
 */
import * as z from 'zod/mini';
import { observationSchema } from '@/lib/schema';

const count = z.int().check(z.gte(0));

/** One price a listing asked, from the moment it was first seen at it. */
export const pricePointSchema = z.object({
  at: z.string(),
  amount: z.nullable(z.number()),
  currency: z.nullable(z.string()),
  quantity: z.int(),
});

/** A listing's own history; null when it was never seen. */
export const listingHistorySchema = z.nullable(
  z.object({
    key: z.string(),
    site: z.string(),
    listingId: z.string(),
    firstSeen: z.string(),
    lastSeen: z.string(),
    seenCount: count,
    latest: observationSchema,
    /** Each price it asked, oldest first; the last is the current one. */
    prices: z.array(pricePointSchema),
    /** Its stored observations (first sighting and each price change), oldest first. */
    observations: z.array(observationSchema),
  }),
);
export type ListingHistory = z.infer<typeof listingHistorySchema>;

/** One region's trend of a model (the `report` command's row, minus model/unit/currency). */
export const regionTrendSchema = z.object({
  region: z.nullable(z.string()),
  level: z.enum(['subdivision', 'country', 'global']),
  /** The currency of `trendUnitPrice` and `days`: what most of the region's listings ask in. */
  currency: z.string(),
  trendUnitPrice: z.nullable(z.number()),
  listings: count,
  change30d: z.nullable(z.number()),
  /** Daily medians of asking unit prices, oldest first, for the chart. */
  days: z.array(z.object({ day: z.string(), median: z.number(), listings: count })),
});

/** A model's series per region for charts; `regions` is empty when the model was never seen. */
export const modelSeriesSchema = z.object({
  model: z.string(),
  /** `TH/s`, `GH/s`, `MH/s`, `KH/s` or `machine`. */
  unit: z.string(),
  currency: z.nullable(z.string()),
  windowDays: z.number(),
  now: z.string(),
  regions: z.array(regionTrendSchema),
});
export type ModelSeries = z.infer<typeof modelSeriesSchema>;

/** What an import did: lines kept, lines already stored, lines rejected (1-based, with why). */
export const importReportSchema = z.object({
  added: count,
  duplicates: count,
  rejected: z.array(z.object({ line: z.int().check(z.gte(1)), reason: z.string() })),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** How much is stored, and whether the browser may evict it. */
export const storageInfoSchema = z.object({
  observations: count,
  listings: count,
  /** Whether storage is persistent (never evicted under pressure); null when unknown. */
  persisted: z.nullable(z.boolean()),
  usageBytes: z.nullable(z.number()),
  quotaBytes: z.nullable(z.number()),
});
export type StorageInfo = z.infer<typeof storageInfoSchema>;
