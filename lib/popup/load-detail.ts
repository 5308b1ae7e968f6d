/**
 * What the popup needs to draw a listing's chart, fetched from the background's history API
 * and put in chart units: the listing's own unit prices and its model's regional series, all
 * in the currency of the model's trend.
 */
import { convert, type RateTable } from '@/lib/currency/rates';
import { request } from '@/lib/messages/client';
import type { ModelSeries } from '@/lib/messages/history-responses';
import type { PageToBackground, TabListingsResponse } from '@/lib/messages/protocol';
import { listingKey } from '@/lib/schema';
import type { PricePoint, RegionLine } from '@/lib/ui/chart-model';
import type { RegionRow } from '@/lib/ui/region-table';
import { smoothDaily } from '@/lib/ui/smooth';

type Entry = TabListingsResponse['listings'][number];

/** A listing's chart data, every value a unit price in `currency`. */
export interface DetailData {
  own: PricePoint[];
  lines: RegionLine[];
  /** The model's regions as the trend engine sums them up (trend now, listings, 30-day change). */
  rows: RegionRow[];
  currency: string;
  /** The unit the values are per: `TH/s`, `GH/s` … or null when they are per machine. */
  unit: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The listing's own price points as unit prices in `currency`. The background's `unitRate` is
 * the current price over the listing's hashrate and quantity; earlier prices of the same listing
 * scale by the same factor, so the points match what the trend engine compares.
 */
export function ownUnitPoints(entry: Entry, currency: string | null, rates: RateTable): PricePoint[] {
  const { observation, verdict } = entry;
  const price = observation.price;
  if (!price || !(price.amount > 0)) return [];
  const factor = verdict.unitRate !== null ? verdict.unitRate / price.amount : 1 / observation.quantity;
  const changes =
    verdict.priceChanges.length > 0
      ? verdict.priceChanges
      : [{ at: observation.observedAt, amount: price.amount, currency: price.currency }];
  const points: PricePoint[] = [];
  for (const change of changes) {
    const amount = currency ? convert(change.amount, change.currency, currency, rates) : change.amount;
    const at = Date.parse(change.at);
    if (amount !== null && Number.isFinite(at)) points.push({ at, value: amount * factor });
  }
  return points;
}

/** The chart data of a listing from its model's series (`model-series` answer). */
export function detailFromSeries(entry: Entry, series: ModelSeries, rates: RateTable): DetailData {
  const currency = series.currency ?? entry.observation.price?.currency ?? 'USD';
  const lines: RegionLine[] = series.regions.map((region) => ({
    region: region.region ?? '',
    level: region.level,
    listings: region.listings,
    points: smoothDaily(
      region.days
        .filter((day) => DAY.test(day.day))
        .map((day) => ({
          at: Date.parse(`${day.day}T12:00:00Z`),
          median: day.median,
          listings: day.listings,
        })),
    ),
  }));
  const rows: RegionRow[] = [];
  for (const region of series.regions) {
    // A region's trend is priced in the currency most of its listings use (USD in Texas); the
    // table shows every row in the series currency, like the chart's lines.
    const trend =
      region.trendUnitPrice === null
        ? null
        : region.currency !== currency
          ? convert(region.trendUnitPrice, region.currency, currency, rates)
          : region.trendUnitPrice;
    if (trend === null) continue;
    rows.push({
      region: region.region ?? '',
      level: region.level,
      trend,
      listings: region.listings,
      change30d: region.change30d,
    });
  }
  return {
    own: ownUnitPoints(entry, currency, rates),
    lines,
    rows,
    currency,
    unit: series.unit === 'machine' ? null : series.unit,
  };
}

/**
 * The popup's loader: the model's series from the background, joined with the listing's own
 * prices. Answers are kept per listing for the popup's life, so the detail the popup prefetches
 * while React loads is the one the component then shows (and reselecting costs nothing).
 */
export function createDetailLoader(
  send: (message: PageToBackground) => Promise<unknown>,
  getRates: () => Promise<RateTable>,
): (entry: Entry) => Promise<DetailData> {
  const cache = new Map<string, Promise<DetailData>>();
  const load = async (entry: Entry): Promise<DetailData> => {
    const model = entry.observation.miner?.model;
    const [rates, answer] = await Promise.all([
      getRates(),
      model ? request<{ ok: true; series: ModelSeries }>(send, { type: 'page/model-series', model }) : null,
    ]);
    if (!answer)
      return { own: ownUnitPoints(entry, null, rates), lines: [], rows: [], currency: '', unit: null };
    return detailFromSeries(entry, answer.series, rates);
  };
  return (entry) => {
    const key = listingKey(entry.observation);
    let pending = cache.get(key);
    if (!pending) {
      pending = load(entry);
      // A failure is not kept: selecting the listing again retries.
      pending.catch(() => cache.delete(key));
      cache.set(key, pending);
    }
    return pending;
  };
}
