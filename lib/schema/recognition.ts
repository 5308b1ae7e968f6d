import * as z from 'zod/mini';
import { exclusionSchema, minerSchema } from './listing';

/**
 * What the title recogniser makes of a title (interfaces.md `titles` output, plus `perUnit`).
 * `quantity` is the number of units the shown price buys: "10台 打包" → 10, "10台 单价" → 1.
 * `unitsOffered` is how many units the seller has, whatever the price covers.
 */
export const recognitionSchema = z.object({
  isMiningRig: z.boolean(),
  exclusion: z.nullable(exclusionSchema),
  miner: z.nullable(minerSchema),
  quantity: z.int().check(z.gte(1)),
  unitsOffered: z.int().check(z.gte(1)),
  perUnit: z.boolean(),
});
export type Recognition = z.infer<typeof recognitionSchema>;
