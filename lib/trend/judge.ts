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
import { currencyIndex, flagOf, regionIndex, type SampleChunk, unpackChunk } from './chunk';
import { type FitColumns, fitLevel, type LevelFit } from './fit';
import { DEFAULT_MIN_COUNTRY_LISTINGS, type TrendOptions, windowStartDay } from './options';
import {
  countryOf,
  dayNumber,
  keyId,
  type PricingUnit,
  pricingUnitOf,
  type TrendSample,
  UNIT_HS,
} from './sample';

/** A verdict plus the listing's own unit rate (per TH/s … in its currency), when it has one. */
export interface Judgement {
  verdict: Verdict;
  unitRate: number | null;
}

/** Which region level a trend came from. */
export type BasisLevel = 'subdivision' | 'country' | 'global';

/** The trend of one series at one region level, in the reference currency. */
export interface LevelTrend extends LevelFit {
  basis: BasisLevel;
  /** The region code used: `CN-SC`, `CN`, or null for all regions. */
  region: string | null;
}

/** One series prepared for fitting: the votes inside the window, as columns. */
interface Series extends FitColumns {
  ids: Float64Array;
  /** `findSelf` answers, by listing id. */
  selves: Map<number, Self | null>;
  byRegion: Map<string, number[]>;
  byCountry: Map<string, number[]>;
  /** Every vote (made on first use: most pages never fall back to all regions). */
  all: number[] | null;
  /** The chunks read, with the vote each sample became (−1: not a vote), to find a listing. */
  chunks: { chunk: SampleChunk; votes: Int32Array }[];
}

/** Where a listing's own sample sits in a series. */
interface Self {
  region: string;
  /** Its vote, or −1 when it was sampled out or cannot vote. */
  vote: number;
  /** Whether it counts as a priced listing at all. */
  priced: boolean;
}

// Below this many listings a level is refitted without the judged listing; above it one vote in
// a median-type estimate moves it by well under a percent, so the shared fit is used.
const EXACT_EXCLUSION_LIMIT = 200;
// A level with more votes is fitted on an even, time-ordered subsample of this many: a median
// of 600 is already within ±2.5 % of the spread's width, and the cost stays flat at any size.
const MAX_FIT_VOTES = 600;
// At most this many listings of one region and day vote, each standing for its share of them.
const MAX_DAY_REGION_VOTES = 8;

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
   * @param samples per model, the listings' current prices (see `sampleOf`) in chunks by day,
   *   one per listing; chunks dated after `now` or before the window are ignored.
   * @param now epoch milliseconds.
   */
  constructor(
    private readonly samples: ReadonlyMap<string, readonly SampleChunk[]>,
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
    const trend = this.trendFor(miner.model, unit, listing);
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
   * that level has no priced listing. `region` null means all regions. `excludeId` (a `keyId`)
   * leaves one listing out. The level is ln of the unit value in the rate table's base currency.
   */
  levelTrend(
    model: string,
    unit: PricingUnit,
    basis: BasisLevel,
    region: string | null,
    excludeId?: number,
  ): LevelTrend | null {
    const series = this.seriesOf(model, unit);
    if (!series) return null;
    const members = this.members(series, basis, region);
    if (!members) return null;
    const self = excludeId === undefined ? null : this.findSelf(series, excludeId);
    const selfIn =
      self?.priced === true &&
      (basis === 'global' ||
        (basis === 'subdivision' ? self.region === region : countryOf(self.region) === region));
    const cacheKey = `${model}\u0000${unit}\u0000${basis}\u0000${region ?? ''}`;
    let fit = this.fits.get(cacheKey);
    if (fit === undefined) {
      fit = this.fit(series, members);
      this.fits.set(cacheKey, fit);
    }
    if (fit && selfIn) {
      if (fit.considered <= EXACT_EXCLUSION_LIMIT && self.vote !== -1) {
        fit = this.fit(
          series,
          members.filter((i) => i !== self.vote),
        );
      } else {
        fit = { ...fit, considered: fit.considered - 1 };
      }
    }
    return fit && fit.considered > 0 ? { ...fit, basis, region } : null;
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

  /** Copies of the samples of `model` inside the window. */
  samplesOf(model: string): TrendSample[] {
    const firstDay = windowStartDay(this.nowDay, this.options.windowDays);
    const out: TrendSample[] = [];
    for (const chunk of this.samples.get(model) ?? []) {
      if (chunk.day >= firstDay && chunk.day <= this.nowDay) unpackChunk(chunk, out);
    }
    return out;
  }

  private fit(series: Series, members: readonly number[]): LevelFit | null {
    if (members.length <= MAX_FIT_VOTES) return fitLevel(members, series);
    // Fit an even, time-ordered subsample. Scaling every vote's weight alike changes no weighted
    // median, so only the counts need scaling back to the whole level.
    const step = members.length / MAX_FIT_VOTES;
    const subsample: number[] = [];
    for (let k = 0; k < MAX_FIT_VOTES; k++) subsample.push(members[Math.floor(k * step)] as number);
    const fit = fitLevel(subsample, series) ?? fitLevel(members, series);
    if (!fit) return null;
    let considered = 0;
    for (const i of members)
      if ((series.flags[i] as number) < PriceFlag.placeholder) considered += series.mult[i] as number;
    const share = fit.considered > 0 ? considered / fit.considered : 1;
    return { ...fit, considered: Math.round(considered), kept: Math.round(fit.kept * share) };
  }

  /** The listing `id`'s own sample in `series`, if the series holds it. */
  private findSelf(series: Series, id: number): Self | null {
    let self = series.selves.get(id);
    if (self === undefined) {
      self = this.scanForSelf(series, id);
      series.selves.set(id, self);
    }
    return self;
  }

  private scanForSelf(series: Series, id: number): Self | null {
    for (const { chunk, votes } of series.chunks) {
      const at = chunk.ids.indexOf(id);
      if (at === -1) continue;
      const code = chunk.codes[at] as number;
      const vote = votes[at] as number;
      return {
        region: chunk.regions[regionIndex(code)] as string,
        vote,
        priced:
          vote === -1
            ? flagOf(code) < PriceFlag.placeholder
            : (series.flags[vote] as number) < PriceFlag.placeholder,
      };
    }
    return null;
  }

  private trendFor(model: string, unit: PricingUnit, listing: Listing): LevelTrend | null {
    const id = keyId(listingKey(listing));
    const sub = listing.region?.subdivision ?? null;
    const country = listing.region?.country ?? (sub ? countryOf(sub) : null);
    const minSub = this.options.minSubdivisionListings;
    const minCountry = this.options.minCountryListings ?? DEFAULT_MIN_COUNTRY_LISTINGS;
    const levels: [BasisLevel, string | null, number][] = [];
    if (sub) levels.push(['subdivision', sub, minSub]);
    if (country) levels.push(['country', country, minCountry]);
    levels.push(['global', null, 1]);
    for (const [basis, region, min] of levels) {
      const trend = this.levelTrend(model, unit, basis, region, id);
      if (trend && trend.considered >= Math.max(1, min)) return trend;
    }
    return null;
  }

  private members(series: Series, basis: BasisLevel, region: string | null): number[] | undefined {
    if (basis === 'global') {
      series.all ??= Array.from({ length: series.ids.length }, (_, i) => i);
      return series.all.length > 0 ? series.all : undefined;
    }
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
    const firstDay = windowStartDay(this.nowDay, this.options.windowDays);
    const unitHs = unit === 'machine' ? 0 : UNIT_HS[unit];
    const chunks: Series['chunks'] = [];
    let capacity = 0;
    for (const chunk of this.samples.get(model) ?? []) {
      if (chunk.day < firstDay || chunk.day > this.nowDay) continue;
      chunks.push({ chunk, votes: new Int32Array(chunk.ids.length).fill(-1) });
      capacity += chunk.ids.length;
    }
    chunks.sort((a, b) => a.chunk.day - b.chunk.day);
    const ids = new Float64Array(capacity);
    const ages = new Float64Array(capacity);
    const ys = new Float64Array(capacity);
    const flags = new Uint8Array(capacity);
    const mult = new Float64Array(capacity);
    const recency = new Float64Array(capacity);
    const byRegion = new Map<string, number[]>();
    const byCountry = new Map<string, number[]>();
    let n = 0;
    for (const { chunk, votes } of chunks) {
      const age = this.nowDay - chunk.day;
      const weight = 2 ** (-age / this.halfLife);
      const toBase = chunk.currencies.map((currency) => this.factor(currency));
      // Each region's list and its country's: votes are pushed in time order into both.
      const lists = chunk.regions.map((code) => listOf(byRegion, code));
      const countryLists = chunk.regions.map((code) => listOf(byCountry, countryOf(code)));
      // Which samples can vote, and how many per region this day.
      const size = chunk.ids.length;
      const eligible = new Uint8Array(size);
      const perRegion = new Uint32Array(chunk.regions.length);
      for (let i = 0; i < size; i++) {
        const code = chunk.codes[i] as number;
        if (unitHs > 0 && !((chunk.hashrates[i] as number) > 0)) continue;
        if (toBase[currencyIndex(code)] === null) continue;
        eligible[i] = 1;
        const r = regionIndex(code);
        perRegion[r] = (perRegion[r] as number) + 1;
      }
      const seen = new Uint32Array(chunk.regions.length);
      for (let i = 0; i < size; i++) {
        if (!eligible[i]) continue;
        const code = chunk.codes[i] as number;
        const r = regionIndex(code);
        const count = perRegion[r] as number;
        const rank = seen[r] as number;
        seen[r] = rank + 1;
        // An even sample of a crowded region-day: ranks spread over the whole count.
        const stride = count / MAX_DAY_REGION_VOTES;
        if (count > MAX_DAY_REGION_VOTES && Math.floor(rank / stride) === Math.floor((rank - 1) / stride))
          continue;
        const hashUnits = unitHs > 0 ? (chunk.hashrates[i] as number) / unitHs : 1;
        const value = (chunk.unitPrices[i] as number) / hashUnits;
        ids[n] = chunk.ids[i] as number;
        ages[n] = age;
        ys[n] = value > 0 ? Math.log(value * (toBase[currencyIndex(code)] as number)) : 0;
        flags[n] = value > 0 ? flagOf(code) : PriceFlag.placeholder;
        mult[n] = count > MAX_DAY_REGION_VOTES ? count / MAX_DAY_REGION_VOTES : 1;
        recency[n] = weight;
        (lists[r] as number[]).push(n);
        (countryLists[r] as number[]).push(n);
        votes[i] = n;
        n++;
      }
    }
    if (n === 0) {
      this.series.set(cacheKey, null);
      return null;
    }
    for (const [region, list] of byRegion) if (list.length === 0) byRegion.delete(region);
    for (const [country, list] of byCountry) if (list.length === 0) byCountry.delete(country);
    const series: Series = {
      ids: ids.subarray(0, n),
      ages: ages.subarray(0, n),
      ys: ys.subarray(0, n),
      flags: flags.subarray(0, n),
      mult: mult.subarray(0, n),
      recency: recency.subarray(0, n),
      selves: new Map(),
      byRegion,
      byCountry,
      all: null,
      chunks,
    };
    this.series.set(cacheKey, series);
    return series;
  }
}

function listOf(map: Map<string, number[]>, key: string): number[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}
