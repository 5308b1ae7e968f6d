/**
 * A trend sample: one distinct listing's current asking price, as the trend engine sees it.
 * The history store keeps exactly these (in daily buckets) and the command line derives them
 * from a JSON Lines history, through the same functions, so both give the same verdicts.
 */
import { rateUnitFor } from '@/lib/catalog/algorithms';
import { type Listing, listingKey, type Observation } from '@/lib/schema';
import { classifyPrice, type PriceFlag } from './bait';
import { chunkSamples, type SampleChunk } from './chunk';

/** One listing's vote. */
export interface TrendSample {
  /** `keyId` of the listing's `${site}:${listingId}`. */
  id: number;
  /** The most specific region code known: `CN-SC`, `CN`, or `` when none. */
  region: string;
  /** UTC day number (days since 1970-01-01) on which the listing's current price was first seen. */
  day: number;
  currency: string;
  /** Price of one machine (amount / quantity) in `currency`. */
  unitPrice: number;
  /** The machine's hashrate in H/s, 0 when neither the listing nor the catalog gives one. */
  hashrateHs: number;
  /** What the listing is priced per: its algorithm's rate unit, or `machine` without a hashrate. */
  unit: PricingUnit;
  flag: PriceFlag;
}

/** How a listing is priced: per rate unit (`T`, `G`, `M`, `K`) or per machine. */
export type PricingUnit = 'T' | 'G' | 'M' | 'K' | 'machine';

/** Hashes per second in one rate unit. */
export const UNIT_HS: Record<Exclude<PricingUnit, 'machine'>, number> = { T: 1e12, G: 1e9, M: 1e6, K: 1e3 };

/** The pricing unit of a miner: its algorithm's rate unit when it has a hashrate, else per machine. */
export function pricingUnitOf(miner: NonNullable<Listing['miner']>): PricingUnit {
  return miner.hashrateHs ? rateUnitFor(miner.algorithm).suffix : 'machine';
}

const DAY_MS = 86_400_000;

/**
 * A 53-bit hash of a listing key (cyrb53): a number identifies a listing inside typed columns
 * where a string would cost a structured-clone allocation per sample. Two listings of one
 * model colliding has odds of about n² / 2⁵⁴.
 */
export function keyId(key: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** UTC day number of an ISO instant or epoch milliseconds (NaN for an invalid date). */
export function dayNumber(at: string | number): number {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  return Math.floor(ms / DAY_MS);
}

/** The region code a listing is filed under: subdivision, else country, else ``. */
export function regionCode(listing: Pick<Listing, 'region'>): string {
  const r = listing.region;
  return r?.subdivision ?? r?.country ?? '';
}

/** The country part of a region code (`CN-SC` → `CN`). */
export function countryOf(region: string): string {
  const dash = region.indexOf('-');
  return dash === -1 ? region : region.slice(0, dash);
}

/**
 * Whether a listing can vote in a trend at all: a mining rig with a recognised model and a single
 * shown price. Price ranges ("$0.99 to $3.00", eBay variations) are left out: which variation
 * the low end belongs to is unknown.
 */
export function isTrendEligible(listing: Listing): listing is Listing & {
  miner: NonNullable<Listing['miner']>;
  price: NonNullable<Listing['price']>;
} {
  return (
    listing.isMiningRig &&
    listing.miner !== null &&
    listing.price !== null &&
    listing.price.maxAmount === null &&
    Number.isFinite(listing.price.amount)
  );
}

/** The sample for `listing` whose current price was first seen on `day`; null when it cannot vote. */
export function sampleOf(listing: Listing, day: number): TrendSample | null {
  if (!isTrendEligible(listing)) return null;
  return {
    id: keyId(listingKey(listing)),
    region: regionCode(listing),
    day,
    currency: listing.price.currency,
    unitPrice: listing.price.amount / listing.quantity,
    hashrateHs: listing.miner.hashrateHs ?? 0,
    unit: pricingUnitOf(listing.miner),
    flag: classifyPrice(listing.price.amount),
  };
}

/** Whether two sightings of a listing show the same price (so the later one adds no point). */
export function samePrice(a: Listing, b: Listing): boolean {
  if (a.quantity !== b.quantity) return false;
  const p = a.price;
  const q = b.price;
  if (p === null || q === null) return p === q;
  return p.amount === q.amount && p.currency === q.currency && p.maxAmount === q.maxAmount;
}

/**
 * Samples per model from a history (any order, repeated sightings allowed), as of `now`:
 * observations after `now` are ignored; each listing gives one sample, from its latest sighting,
 * dated by the first sighting of its current price. Samples dated before the window are dropped
 * by the engine, not here, so one map serves several windows.
 */
export function samplesFromObservations(
  observations: readonly Observation[],
  now: number,
): Map<string, TrendSample[]> {
  const byKey = new Map<string, Observation[]>();
  for (const obs of observations) {
    const at = Date.parse(obs.observedAt);
    if (!(at <= now)) continue;
    const key = listingKey(obs);
    const list = byKey.get(key);
    if (list) list.push(obs);
    else byKey.set(key, [obs]);
  }
  const byModel = new Map<string, TrendSample[]>();
  for (const list of byKey.values()) {
    // Compare instants, not strings: `…00Z` sorts after `…00.500Z` as text.
    list.sort((a, b) => Date.parse(a.observedAt) - Date.parse(b.observedAt));
    const latest = list[list.length - 1] as Observation;
    const since = priceSince(list);
    const sample = sampleOf(latest, dayNumber(since));
    if (!sample || !latest.miner) continue;
    const model = latest.miner.model;
    const samples = byModel.get(model);
    if (samples) samples.push(sample);
    else byModel.set(model, [sample]);
  }
  return byModel;
}

/** `samplesFromObservations` in the trend engine's columnar form. */
export function chunksFromObservations(
  observations: readonly Observation[],
  now: number,
): Map<string, SampleChunk[]> {
  const chunks = new Map<string, SampleChunk[]>();
  for (const [model, samples] of samplesFromObservations(observations, now))
    chunks.set(model, chunkSamples(samples));
  return chunks;
}

/** When the latest price of a listing's sightings (oldest first, non-empty) was first seen. */
export function priceSince(sorted: readonly Observation[]): string {
  let i = sorted.length - 1;
  const latest = sorted[i] as Observation;
  while (i > 0 && samePrice(sorted[i - 1] as Observation, latest)) i--;
  return (sorted[i] as Observation).observedAt;
}
