import * as z from 'zod/mini';
import { currencyCodeSchema } from './listing';

/** How a listing's unit price sits against its regional trend. */
export const verdictKindSchema = z.enum(['above', 'below', 'in-line', 'unknown']);
export type VerdictKind = z.infer<typeof verdictKindSchema>;

/** What a badge shows; `none` means the listing is not a mining rig. */
export const badgeVerdictSchema = z.enum(['above', 'below', 'in-line', 'unknown', 'none']);
export type BadgeVerdict = z.infer<typeof badgeVerdictSchema>;

/** Which level of the region hierarchy the trend came from. */
export const basisLevelSchema = z.enum(['subdivision', 'country', 'global']);

/** The evidence behind a verdict (interfaces.md `trend` output). */
export const verdictBasisSchema = z.object({
  level: z.nullable(basisLevelSchema),
  region: z.nullable(z.string()),
  model: z.nullable(z.string()),
  points: z.int().check(z.gte(0)),
  windowDays: z.number().check(z.positive()),
});

/** A verdict for one listing at one moment. `deviation` = unit price / expected − 1. */
export const verdictSchema = z.object({
  verdict: verdictKindSchema,
  deviation: z.nullable(z.number()),
  expected: z.nullable(z.object({ amount: z.number(), currency: currencyCodeSchema })),
  basis: verdictBasisSchema,
});
export type Verdict = z.infer<typeof verdictSchema>;
