/**
 * A model's trend per region, for the report and the popup's chart: the level today, how many
 * listings it rests on, its 30-day change, and the daily medians behind it.
 */
import { convert } from '@/lib/currency/rates';
import type { BasisLevel, TrendBook } from './judge';
import { type TrendOptions, windowStartDay } from './options';
import { countryOf, dayNumber, type PricingUnit, type TrendSample, UNIT_HS } from './sample';

/** Human label of a pricing unit: `TH/s` … or `machine`. */
export const UNIT_LABEL: Record<PricingUnit, string> = {
  T: 'TH/s',
  G: 'GH/s',
  M: 'MH/s',
  K: 'KH/s',
  machine: 'machine',
};

/** One region's trend of a model. */
export interface RegionTrend {
  /** `CN-SC`, `CN`, or null for all regions. */
  region: string | null;
  level: BasisLevel;
  /** The currency most of the region's listings ask in (the model's, for all regions). */
  currency: string;
  /** Today's expected price per unit (per TH/s … or per machine) in `currency`. */
  trendUnitPrice: number | null;
  /** Distinct listings in the window at this level. */
  listings: number;
  /** Relative change of the trend over the last 30 days (−0.08 = 8 % down), when known. */
  change30d: number | null;
}

/** The most common currency of the samples in `region` (a subdivision or a country). */
function currencyOf(samples: readonly TrendSample[], region: string): string | undefined {
  return mostCommon(
    samples.filter((s) => s.region === region || countryOf(s.region) === region).map((s) => s.currency),
  );
}

/** A model's series: the pricing unit and currency it is shown in, and each region's trend. */
export interface ModelTrend {
  model: string;
  unit: PricingUnit;
  currency: string;
  regions: RegionTrend[];
}

/** One day's median asking price in a region. */
export interface DayPoint {
  day: string;
  median: number;
  listings: number;
}

/** The most frequent value (ties: the first seen). */
function mostCommon<T>(values: Iterable<T>): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestCount = 0;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Today's trend of `model` in every region that has listings (subdivisions, countries, and all
 * regions), priced per the unit and in the currency most of its listings use. `previous`, when
 * given, is a book for 30 days earlier and gives `change30d`; without it the change is read off
 * today's fitted slope.
 */
export function modelTrend(book: TrendBook, model: string, previous?: TrendBook): ModelTrend | null {
  const samples = book.samplesOf(model);
  if (samples.length === 0) return null;
  const unit = mostCommon(samples.map((s) => s.unit)) as PricingUnit;
  const currency = mostCommon(samples.map((s) => s.currency)) as string;
  const regions: RegionTrend[] = [];
  const levels: [BasisLevel, string | null][] = [['global', null]];
  for (const code of book.regionsOf(model, unit))
    levels.push([code.includes('-') ? 'subdivision' : 'country', code]);
  for (const [level, region] of levels) {
    const trend = book.levelTrend(model, unit, level, region);
    if (!trend) continue;
    const before = previous?.levelTrend(model, unit, level, region);
    const change30d = previous
      ? before
        ? Math.exp(trend.level - before.level) - 1
        : null
      : Math.exp(30 * trend.slope) - 1;
    const regionCurrency = region === null ? currency : (currencyOf(samples, region) ?? currency);
    const price = book.amountIn(trend.level, regionCurrency);
    regions.push({
      region,
      level,
      currency: regionCurrency,
      trendUnitPrice: price === null ? null : Math.round(price * 100) / 100,
      listings: trend.considered,
      change30d: change30d === null ? null : Math.round(change30d * 10_000) / 10_000,
    });
  }
  return { model, unit, currency, regions };
}

/**
 * Daily medians of `model`'s unit prices in `region` (null = all regions) over the window, in
 * `currency`: what a chart plots under the trend line. Placeholders are left out.
 */
export function dailyMedians(
  samples: readonly TrendSample[],
  unit: PricingUnit,
  currency: string,
  region: string | null,
  options: TrendOptions,
  now: number,
): DayPoint[] {
  const nowDay = dayNumber(now);
  const firstDay = windowStartDay(nowDay, options.windowDays);
  const byDay = new Map<number, number[]>();
  for (const s of samples) {
    if (s.day < firstDay || s.day > nowDay || s.flag === 2) continue;
    if (region !== null && s.region !== region && countryOf(s.region) !== region) continue;
    if (unit !== 'machine' && !(s.hashrateHs > 0)) continue;
    const value = unit === 'machine' ? s.unitPrice : s.unitPrice / (s.hashrateHs / UNIT_HS[unit]);
    const converted = convert(value, s.currency, currency, options.rates);
    if (converted === null) continue;
    const list = byDay.get(s.day);
    if (list) list.push(converted);
    else byDay.set(s.day, [converted]);
  }
  return [...byDay.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([day, values]) => {
      values.sort((a, b) => a - b);
      const mid = values.length >> 1;
      const median =
        values.length % 2
          ? (values[mid] as number)
          : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
      return {
        day: new Date(day * 86_400_000).toISOString().slice(0, 10),
        median: Math.round(median * 100) / 100,
        listings: values.length,
      };
    });
}
