/**
 * Verdicts: how a listing's unit price sits against the trend of its model in its region.
 *
 * A `TrendBook` holds the samples of the models a page needs at one moment and answers any
 * number of listings, fitting each (model, unit, region) series once. Region levels fall back
 * from the listing's subdivision (≥ `minSubdivisionListings` other listings) to its country
 * (≥ `minCountryListings`) to all regions; a listing never votes in its own trend.
 */
import { convert } from '@/lib/currency/rates';
import { type Listing, listingKey, type Verdict } from '@/lib/schema';
import { PriceFlag } from './bait';
import { fitLevel, type LevelFit } from './fit';
import { DEFAULT_MIN_COUNTRY_LISTINGS, type TrendOptions } from './options';
import { countryOf, dayNumber, type PricingUnit, pricingUnitOf, type TrendSample, UNIT_HS } from './sample';

/** A verdict plus the listing's own unit rate (per TH/s … in its currency), when it has one. */
export interface Judgement {
  verdict: Verdict;
  unitRate: number | null;
}

/** Which region level a trend came from. */
export type BasisLevel = 'subdivision' | 'country' | 'global';

/** The trend of one series at one region level, in the reference currency. */
export interface LevelTrend extends LevelFit {
  level: number;
  basis: BasisLevel;
  /** The region code used: `CN-SC`, `CN`, or null for all regions. */
  region: string | null;
}

/** One series prepared for fitting: parallel columns over the samples inside the window. */
interface Series {
  keys: string[];
  regions: string[];
  ages: Float64Array;
  ys: Float64Array;
  flags: Uint8Array;
  byKey: Map<string, number>;
  byRegion: Map<string, number[]>;
  byCountry: Map<string, number[]>;
  all: number[];
}

// Below this many votes a level is refitted without the judged listing; above it one vote in
// a median-type estimate moves it by well under a percent, so the shared fit is used.
const EXACT_EXCLUSION_LIMIT = 200;

/** Round for output: deviations to 0.01 %, amounts to the cent. */
const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** Trends of several models at one moment. */
export class TrendBook {
  private readonly series = new Map<string, Series | null>();
  private readonly fits = new Map<string, LevelFit | null>();
  private readonly factors = new Map<string, number | null>();
  readonly nowDay: number;
  private readonly halfLife: number;

  /**
   * @param samples per model, the listings' current prices (see `sampleOf`); samples dated after
   *   `now` or before the window are ignored.
   * @param now epoch milliseconds.
   */
  constructor(
    private readonly samples: ReadonlyMap<string, readonly TrendSample[]>,
    readonly options: TrendOptions,
    now: number,
  ) {
    this.nowDay = dayNumber(now);
    this.halfLife = Math.max(7, options.windowDays / 4);
  }

  /** The verdict for `listing` (any listing: non-rigs and unpriced ones are `unknown`). */
  judge(listing: Listing): Judgement {
    const model = listing.miner?.model ?? null;
    const unknown: Judgement = {
      verdict: {
        verdict: 'unknown',
        deviation: null,
        expected: null,
        basis: { level: null, region: null, model, points: 0, windowDays: this.options.windowDays },
      },
      unitRate: null,
    };
    const miner = listing.miner;
    const price = listing.price;
    if (!listing.isMiningRig || !miner || !price || !(price.amount > 0)) return unknown;

    const unit = pricingUnitOf(miner);
    const hashUnits = unit === 'machine' ? 1 : (miner.hashrateHs as number) / UNIT_HS[unit];
    const value = price.amount / listing.quantity / hashUnits;
    const unitRate = unit === 'machine' ? null : round(value, 4);
    unknown.unitRate = unitRate;

    const toBase = this.factor(price.currency);
    if (toBase === null) return unknown;
    const trend = this.trendFor(miner.model, unit, listing, listingKey(listing));
    if (!trend) return unknown;

    const expectedValue = Math.exp(trend.level) / toBase;
    const deviation = value / expectedValue - 1;
    const verdict = Math.abs(deviation) <= this.options.band ? 'in-line' : deviation > 0 ? 'above' : 'below';
    return {
      verdict: {
        verdict,
        deviation: round(deviation, 4),
        expected: {
          amount: round(expectedValue * hashUnits * listing.quantity, 2),
          currency: price.currency,
        },
        basis: {
          level: trend.basis,
          region: trend.region,
          model: miner.model,
          points: trend.considered,
          windowDays: this.options.windowDays,
        },
      },
      unitRate,
    };
  }

  /**
   * The trend of `model` priced per `unit` at one region level, without falling back: null when
   * that level has no priced listing. `region` null means all regions. `excludeKey` leaves one
   * listing out. The level is ln of the unit value in the rate table's base currency.
   */
  levelTrend(
    model: string,
    unit: PricingUnit,
    basis: BasisLevel,
    region: string | null,
    excludeKey?: string,
  ): LevelTrend | null {
    const series = this.seriesOf(model, unit);
    if (!series) return null;
    const members = this.members(series, basis, region);
    if (!members) return null;
    const self = excludeKey === undefined ? undefined : series.byKey.get(excludeKey);
    const selfRegion = self === undefined ? undefined : series.regions[self];
    const selfIn =
      selfRegion !== undefined &&
      (basis === 'global' ||
        (basis === 'subdivision' ? selfRegion === region : countryOf(selfRegion) === region));
    const cacheKey = `${model}\u0000${unit}\u0000${basis}\u0000${region ?? ''}`;
    let fit: LevelFit | null | undefined;
    if (selfIn && members.length <= EXACT_EXCLUSION_LIMIT) {
      fit = fitLevel(
        members.filter((i) => i !== self),
        series.ages,
        series.ys,
        series.flags,
        this.halfLife,
      );
    } else {
      fit = this.fits.get(cacheKey);
      if (fit === undefined) {
        fit = fitLevel(members, series.ages, series.ys, series.flags, this.halfLife);
        this.fits.set(cacheKey, fit);
      }
      if (fit && selfIn && (series.flags[self as number] as number) < PriceFlag.placeholder) {
        fit = { ...fit, considered: fit.considered - 1 };
      }
    }
    return fit ? { ...fit, basis, region } : null;
  }

  /** Convert a level (ln unit value in the base currency) to an amount in `currency`. */
  amountIn(level: number, currency: string): number | null {
    const toBase = this.factor(currency);
    return toBase === null ? null : Math.exp(level) / toBase;
  }

  /** Region codes (subdivisions and countries) that have samples of `model` priced per `unit`. */
  regionsOf(model: string, unit: PricingUnit): string[] {
    const series = this.seriesOf(model, unit);
    if (!series) return [];
    const codes = new Set<string>();
    for (const code of series.byRegion.keys()) if (code.includes('-')) codes.add(code);
    for (const code of series.byCountry.keys()) if (code !== '') codes.add(code);
    return [...codes].sort();
  }

  /** The models with samples in the book. */
  models(): string[] {
    return [...this.samples.keys()];
  }

  /** The samples of `model` inside the window. */
  samplesOf(model: string): TrendSample[] {
    const firstDay = this.nowDay - this.options.windowDays + 1;
    return (this.samples.get(model) ?? []).filter((s) => s.day >= firstDay && s.day <= this.nowDay);
  }

  private trendFor(model: string, unit: PricingUnit, listing: Listing, key: string): LevelTrend | null {
    const sub = listing.region?.subdivision ?? null;
    const country = listing.region?.country ?? (sub ? countryOf(sub) : null);
    const minSub = this.options.minSubdivisionListings;
    const minCountry = this.options.minCountryListings ?? DEFAULT_MIN_COUNTRY_LISTINGS;
    const levels: [BasisLevel, string | null, number][] = [];
    if (sub) levels.push(['subdivision', sub, minSub]);
    if (country) levels.push(['country', country, minCountry]);
    levels.push(['global', null, 1]);
    for (const [basis, region, min] of levels) {
      const trend = this.levelTrend(model, unit, basis, region, key);
      if (trend && trend.considered >= Math.max(1, min)) return trend;
    }
    return null;
  }

  private members(series: Series, basis: BasisLevel, region: string | null): number[] | undefined {
    if (basis === 'global') return series.all.length > 0 ? series.all : undefined;
    if (region === null) return undefined;
    return basis === 'subdivision' ? series.byRegion.get(region) : series.byCountry.get(region);
  }

  private factor(currency: string): number | null {
    let f = this.factors.get(currency);
    if (f === undefined) {
      const rate = convert(1, currency, this.options.rates.base, this.options.rates);
      f = rate !== null && rate > 0 ? rate : null;
      this.factors.set(currency, f);
    }
    return f;
  }

  private seriesOf(model: string, unit: PricingUnit): Series | null {
    const cacheKey = `${model}\u0000${unit}`;
    const cached = this.series.get(cacheKey);
    if (cached !== undefined) return cached;
    const samples = this.samples.get(model) ?? [];
    const firstDay = this.nowDay - this.options.windowDays + 1;
    const unitHs = unit === 'machine' ? 0 : UNIT_HS[unit];
    const keys: string[] = [];
    const regions: string[] = [];
    const ages: number[] = [];
    const ys: number[] = [];
    const flags: number[] = [];
    const byKey = new Map<string, number>();
    for (const s of samples) {
      if (s.day < firstDay || s.day > this.nowDay) continue;
      if (unitHs > 0 && !(s.hashrateHs > 0)) continue;
      const toBase = this.factor(s.currency);
      if (toBase === null) continue;
      const value = unitHs > 0 ? s.unitPrice / (s.hashrateHs / unitHs) : s.unitPrice;
      const previous = byKey.get(s.key);
      // One vote per listing even if a caller passes a listing twice: the later-dated one wins.
      if (previous !== undefined && (ages[previous] as number) <= this.nowDay - s.day) continue;
      const y = value > 0 ? Math.log(value * toBase) : 0;
      const flag = value > 0 ? s.flag : PriceFlag.placeholder;
      if (previous !== undefined) {
        regions[previous] = s.region;
        ages[previous] = this.nowDay - s.day;
        ys[previous] = y;
        flags[previous] = flag;
        continue;
      }
      byKey.set(s.key, keys.length);
      keys.push(s.key);
      regions.push(s.region);
      ages.push(this.nowDay - s.day);
      ys.push(y);
      flags.push(flag);
    }
    if (keys.length === 0) {
      this.series.set(cacheKey, null);
      return null;
    }
    const byRegion = new Map<string, number[]>();
    const byCountry = new Map<string, number[]>();
    const all: number[] = [];
    for (let i = 0; i < keys.length; i++) {
      const region = regions[i] as string;
      all.push(i);
      push(byRegion, region, i);
      push(byCountry, countryOf(region), i);
    }
    const series: Series = {
      keys,
      regions,
      ages: Float64Array.from(ages),
      ys: Float64Array.from(ys),
      flags: Uint8Array.from(flags),
      byKey,
      byRegion,
      byCountry,
      all,
    };
    this.series.set(cacheKey, series);
    return series;
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
