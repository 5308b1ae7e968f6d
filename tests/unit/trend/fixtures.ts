/** Builders for trend scenarios: listings and observations with only the fields that matter. */
import type { Listing, Observation } from '@/lib/schema';

export const DAY = 86_400_000;
export const NOW = Date.parse('2026-06-30T12:00:00Z');

export interface ListingSpec {
  id: string;
  amount: number | null;
  currency?: string;
  model?: string;
  algorithm?: string;
  /** TH/s (or the algorithm's unit given as hashes per second through `hashrateHs`). */
  th?: number | null;
  hashrateHs?: number | null;
  quantity?: number;
  sub?: string | null;
  country?: string | null;
  site?: string;
  isMiningRig?: boolean;
}

export function listing(spec: ListingSpec): Listing {
  const sub = spec.sub === undefined ? 'CN-SC' : spec.sub;
  const country = spec.country === undefined ? (sub ? sub.slice(0, 2) : 'CN') : spec.country;
  const hashrateHs =
    spec.hashrateHs !== undefined ? spec.hashrateHs : spec.th === null ? null : (spec.th ?? 104) * 1e12;
  return {
    site: spec.site ?? 'goofish',
    listingId: spec.id,
    url: `https://www.goofish.com/item?id=${spec.id}`,
    title: `${spec.model ?? 'Antminer S19j Pro'} ${spec.id}`,
    price:
      spec.amount === null
        ? null
        : { amount: spec.amount, currency: spec.currency ?? 'CNY', maxAmount: null },
    quantity: spec.quantity ?? 1,
    region: sub === null && country === null ? null : { country, subdivision: sub, text: null },
    miner: {
      model: spec.model ?? 'Antminer S19j Pro',
      vendor: null,
      algorithm: spec.algorithm ?? 'SHA-256',
      hashrateHs,
      hashrateSource: hashrateHs === null ? null : 'listing',
      powerW: null,
    },
    isMiningRig: spec.isMiningRig ?? true,
    exclusion: null,
    postedAt: null,
  };
}

/** An observation of `spec` made `daysAgo` days before NOW. */
export function seen(spec: ListingSpec, daysAgo: number): Observation {
  return { ...listing(spec), observedAt: new Date(NOW - daysAgo * DAY).toISOString() };
}
