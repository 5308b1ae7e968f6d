import type { TabListingsResponse } from '@/lib/messages/protocol';
import type { VerdictKind } from '@/lib/schema';

type Entry = TabListingsResponse['listings'][number];

/** A tab listing as the background answers it, for UI tests. */
export function entry(options: {
  id: string;
  title?: string;
  rig?: boolean;
  verdict?: VerdictKind;
  deviation?: number | null;
  price?: number;
  currency?: string;
  unitRate?: number | null;
  quantity?: number;
  region?: string | null;
}): Entry {
  const rig = options.rig ?? true;
  const currency = options.currency ?? 'CNY';
  const price = options.price ?? 5200;
  const kind = options.verdict ?? 'below';
  const region = options.region === undefined ? 'CN-SC' : options.region;
  return {
    observation: {
      site: 'goofish',
      listingId: options.id,
      url: `https://www.goofish.com/item?id=${options.id}`,
      title: options.title ?? `蚂蚁矿机 S19j Pro 104T ${options.id}`,
      price: { amount: price, currency, maxAmount: null },
      quantity: options.quantity ?? 1,
      region: region ? { country: 'CN', subdivision: region, text: '四川 成都' } : null,
      miner: rig
        ? {
            model: 'Antminer S19j Pro',
            vendor: 'Bitmain',
            algorithm: 'SHA-256',
            hashrateHs: 104e12,
            hashrateSource: 'listing',
            powerW: null,
          }
        : null,
      isMiningRig: rig,
      exclusion: rig ? null : 'part',
      postedAt: null,
      observedAt: '2024-03-05T10:00:00Z',
    },
    verdict: {
      site: 'goofish',
      listingId: options.id,
      verdict: {
        verdict: kind,
        deviation: kind === 'unknown' ? null : options.deviation === undefined ? -0.12 : options.deviation,
        expected: kind === 'unknown' ? null : { amount: 5900, currency },
        basis: {
          level: kind === 'unknown' ? null : 'subdivision',
          region: kind === 'unknown' ? null : region,
          model: rig ? 'Antminer S19j Pro' : null,
          points: kind === 'unknown' ? 0 : 12,
          windowDays: 90,
        },
      },
      unitRate: options.unitRate === undefined ? 50 : options.unitRate,
      priceChanges: [],
    },
  };
}
