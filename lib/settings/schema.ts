import * as z from 'zod/mini';
import { rateTableSchema } from '@/lib/currency/rates';
import { currencyCodeSchema } from '@/lib/schema';

/** The user's settings, stored in `storage.local` under `settings`. */
export const settingsSchema = z.object({
  /** Sites the content script runs on, by adapter id. */
  sites: z.record(z.string(), z.boolean()),
  /** Currency prices are converted to in the popup; null = each listing's own currency. */
  displayCurrency: z.nullable(currencyCodeSchema),
  /** The user's rate table; null = the bundled one. */
  rates: z.nullable(rateTableSchema),
  /** Trend window in days. */
  windowDays: z.int().check(z.gte(7), z.lte(730)),
  /** Half-width of the in-line band, as a fraction (0.05 = ±5 %). */
  band: z.number().check(z.gte(0.005), z.lte(0.5)),
  /** Show a quiet "not a rig" mark on listings that are not rigs. */
  markNonRigs: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  sites: { goofish: true, ebay: true },
  displayCurrency: null,
  rates: null,
  windowDays: 90,
  band: 0.05,
  markNonRigs: true,
};

/**
 * Read settings from anything stored, keeping every valid field and falling back to the
 * default field by field: a corrupt or older value never resets the user's other choices.
 */
export function settingsFrom(stored: unknown): Settings {
  const result: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (typeof stored === 'object' && stored !== null) {
    const shape = settingsSchema.def.shape;
    for (const key of Object.keys(shape) as (keyof Settings)[]) {
      const value = (stored as Record<string, unknown>)[key];
      if (value === undefined) continue;
      const parsed = shape[key].safeParse(value);
      if (parsed.success) result[key] = parsed.data;
    }
  }
  return result as Settings;
}
