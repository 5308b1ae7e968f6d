/**
 * The history as the background uses it: the IndexedDB store opened once, lazily, and trend
 * options read from the user's settings on each query (so a change in the options page applies
 * at once, without a restart).
 */
import { DEFAULT_RATES } from '@/lib/currency/rates';
import { openHistoryDb } from '@/lib/history';
import type { Settings } from '@/lib/settings/schema';
import { createHistoryApi, type HistoryApi } from './history-api';

export function createBackgroundHistory(getSettings: () => Promise<Settings>): HistoryApi {
  const store = openHistoryDb();
  return createHistoryApi(store, async () => {
    const settings = await getSettings();
    return {
      windowDays: settings.windowDays,
      band: settings.band,
      rates: settings.rates ?? DEFAULT_RATES,
      minSubdivisionListings: 5,
    };
  });
}
