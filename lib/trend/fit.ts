/**
 * The robust, time-aware level of one series (one model, one pricing unit, one region level).
 *
 * Input: one vote per distinct listing, as (age in days before `now`, y = ln of its unit value
 * in the reference currency, price flag). Output: ln of the expected unit value today.
 *
 * 1. Placeholders (¥1) never vote.
 * 2. A first robust line is fitted to the ordinary prices; a suspicious price (¥8888) keeps its
 *    vote only when it lies within ±30 % of that line.
 * 3. The line is refitted on those votes; votes further from it than 3.5 robust standard
 *    deviations (MAD × 1.4826, clamped to ±20 %…×2.5) are outliers and lose their vote.
 * 4. The final line is fitted on the remaining votes.
 *
 * The line is fitted in log space (so a market falling 2 % a week is a straight line, and a
 * price twice the trend is as far off as one half of it): its slope is a weighted Theil–Sen
 * estimate over daily medians, kept only when a Mann–Kendall test finds the medians moving (a
 * flat market's noise is not extrapolated); its level is the weighted median of the detrended
 * votes. Weights decay with age (half-life a quarter of the window), so today's level follows
 * the recent market rather than the window's average.
 */
import { weightedMedian } from './stats';

/** A fitted level. */
export interface LevelFit {
  /** ln of the expected unit value at `now` (reference currency). */
  level: number;
  /** Change of ln value per day (−0.01 ≈ −1 % a day). */
  slope: number;
  /** Distinct listings with a price (placeholders excluded), outliers included. */
  considered: number;
  /** Listings whose vote made the fit. */
  kept: number;
}

/**
 * The votes of a series, as parallel columns. A vote normally stands for one listing; when a
 * region has very many listings on one day, an even sample of them votes and each stands for
 * `mult` listings, so days keep their true weight.
 */
export interface FitColumns {
  /** Whole days before `now`. */
  ages: Float64Array;
  ys: Float64Array;
  flags: Uint8Array;
  mult: Float64Array;
  /** 2^(−age / half-life): how much a vote counts for today's level. */
  recency: Float64Array;
}

const SUSPICIOUS_TOLERANCE = Math.log(1.3);
const MAD_TO_SIGMA = 1.4826;
const OUTLIER_SIGMAS = 3.5;
const MIN_OUTLIER_DISTANCE = Math.log(1.2);
const MAX_OUTLIER_DISTANCE = Math.log(2.5);
// No second-hand rig market halves in a month; a steeper slope is noise from few points.
const MAX_SLOPE = Math.log(2) / 30;
// A slope is estimated only from this much evidence: fewer points or a shorter span give a flat line.
const MIN_SLOPE_POINTS = 4;
const MIN_SLOPE_DAYS = 3;
const MIN_SLOPE_SPAN = 7;
// Mann–Kendall z above which the daily medians are taken to move (two-sided, about 90 %).
const TREND_Z = 1.645;
// The line is not extrapolated more than two weeks past the newest vote.
const MAX_EXTRAPOLATION_DAYS = 14;

interface Line {
  /** Value at age 0 (now). */
  a: number;
  /** Per day, forward in time: value at age t is a − b·t. */
  b: number;
}

/** Fit the level over the votes at `indices`. Null when no vote remains (only placeholders). */
export function fitLevel(indices: ArrayLike<number>, c: FitColumns): LevelFit | null {
  const priced: number[] = [];
  const ordinary: number[] = [];
  let considered = 0;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] as number;
    const flag = c.flags[i] as number;
    if (flag >= 2) continue;
    priced.push(i);
    considered += c.mult[i] as number;
    if (flag === 0) ordinary.push(i);
  }
  if (priced.length === 0) return null;

  let votes = priced;
  if (ordinary.length > 0 && ordinary.length < priced.length) {
    const first = robustLine(ordinary, c);
    votes = priced.filter((i) => c.flags[i] === 0 || Math.abs(residual(first, i, c)) <= SUSPICIOUS_TOLERANCE);
  }

  const second = robustLine(votes, c);
  const distances = new Float64Array(votes.length);
  const weights = new Float64Array(votes.length);
  for (let k = 0; k < votes.length; k++) {
    const i = votes[k] as number;
    distances[k] = Math.abs(residual(second, i, c));
    weights[k] = c.mult[i] as number;
  }
  const sigma = MAD_TO_SIGMA * weightedMedian(distances, weights);
  const limit = Math.min(MAX_OUTLIER_DISTANCE, Math.max(MIN_OUTLIER_DISTANCE, OUTLIER_SIGMAS * sigma));
  const kept = votes.filter((_, k) => (distances[k] as number) <= limit);
  const refit = kept.length > 0 && kept.length < votes.length;
  const final = refit ? robustLine(kept, c) : second;
  const used = kept.length > 0 ? kept : votes;

  let newest = Number.POSITIVE_INFINITY;
  let keptCount = 0;
  for (const i of used) {
    newest = Math.min(newest, c.ages[i] as number);
    keptCount += c.mult[i] as number;
  }
  const overshoot = Math.max(0, newest - MAX_EXTRAPOLATION_DAYS);
  return {
    level: final.a - final.b * overshoot,
    slope: final.b,
    considered: Math.round(considered),
    kept: Math.round(keptCount),
  };
}

function residual(line: Line, i: number, c: FitColumns): number {
  return (c.ys[i] as number) - (line.a - line.b * (c.ages[i] as number));
}

/** A weighted Theil–Sen line through the votes at `indices` (non-empty). */
function robustLine(indices: readonly number[], c: FitColumns): Line {
  const b = indices.length >= MIN_SLOPE_POINTS ? slopeOf(indices, c) : 0;
  const detrended = new Float64Array(indices.length);
  const weights = new Float64Array(indices.length);
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] as number;
    detrended[k] = (c.ys[i] as number) + b * (c.ages[i] as number);
    weights[k] = (c.mult[i] as number) * (c.recency[i] as number);
  }
  return { a: weightedMedian(detrended, weights), b };
}

/** Weighted median of the pairwise slopes between daily medians; 0 without enough evidence. */
function slopeOf(indices: readonly number[], c: FitColumns): number {
  const byDay = new Map<number, number[]>();
  for (const i of indices) {
    const age = c.ages[i] as number;
    const list = byDay.get(age);
    if (list) list.push(i);
    else byDay.set(age, [i]);
  }
  const m = byDay.size;
  if (m < MIN_SLOPE_DAYS) return 0;
  const days = new Float64Array(m);
  const dayMedian = new Float64Array(m);
  const dayWeight = new Float64Array(m);
  let minAge = Number.POSITIVE_INFINITY;
  let maxAge = Number.NEGATIVE_INFINITY;
  let d = 0;
  for (const [age, list] of byDay) {
    const values = new Float64Array(list.length);
    const weights = new Float64Array(list.length);
    let weight = 0;
    for (let k = 0; k < list.length; k++) {
      const i = list[k] as number;
      values[k] = c.ys[i] as number;
      weights[k] = c.mult[i] as number;
      weight += (c.mult[i] as number) * (c.recency[i] as number);
    }
    days[d] = age;
    dayMedian[d] = list.length === 1 ? (values[0] as number) : weightedMedian(values, weights);
    dayWeight[d] = weight;
    minAge = Math.min(minAge, age);
    maxAge = Math.max(maxAge, age);
    d++;
  }
  if (maxAge - minAge < MIN_SLOPE_SPAN) return 0;
  if (!hasMonotonicTrend(days, dayMedian)) return 0;

  const pairs = (m * (m - 1)) / 2;
  const slopes = new Float64Array(pairs);
  const weights = new Float64Array(pairs);
  let p = 0;
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      // Forward in time is decreasing age.
      slopes[p] =
        ((dayMedian[j] as number) - (dayMedian[i] as number)) / ((days[i] as number) - (days[j] as number));
      weights[p] = (dayWeight[i] as number) * (dayWeight[j] as number);
      p++;
    }
  }
  const slope = weightedMedian(slopes, weights);
  return Number.isFinite(slope) ? Math.max(-MAX_SLOPE, Math.min(MAX_SLOPE, slope)) : 0;
}

/**
 * Mann–Kendall test on the daily medians: whether they rise or fall more consistently than
 * noise would. Without it a flat market's noise becomes a slope, and extrapolating that slope to
 * today costs more accuracy than it gains.
 */
function hasMonotonicTrend(ages: Float64Array, values: Float64Array): boolean {
  const m = values.length;
  let s = 0;
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      const dt = (ages[i] as number) - (ages[j] as number);
      const dy = (values[j] as number) - (values[i] as number);
      s += Math.sign(dt) * Math.sign(dy);
    }
  }
  const variance = (m * (m - 1) * (2 * m + 5)) / 18;
  const z = s === 0 ? 0 : (Math.abs(s) - 1) / Math.sqrt(variance);
  return z > TREND_Z;
}
