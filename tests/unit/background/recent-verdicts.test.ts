import { describe, expect, it } from 'vitest';
import { createRecentVerdicts } from '@/lib/background/recent-verdicts';
import type { ListingVerdict } from '@/lib/messages/protocol';
import type { Listing } from '@/lib/schema';

const listing = (listingId: string): Listing => ({
  site: 'goofish',
  listingId,
  url: `https://www.goofish.com/item?id=${listingId}`,
  title: 'S19 95T',
  price: { amount: 2600, currency: 'CNY', maxAmount: null },
  quantity: 1,
  region: null,
  miner: null,
  isMiningRig: false,
  exclusion: 'not-mining',
  postedAt: null,
});
const verdict = (listingId: string): ListingVerdict => ({
  site: 'goofish',
  listingId,
  verdict: {
    verdict: 'unknown',
    deviation: null,
    expected: null,
    basis: { level: null, region: null, model: null, points: 0, windowDays: 90 },
  },
  unitRate: null,
  priceChanges: [],
});

describe('recent verdicts', () => {
  it('answers remembered refs in order and leaves the rest to the store', () => {
    const recent = createRecentVerdicts({ now: () => 0 });
    recent.remember([listing('1'), listing('2')], [verdict('2'), verdict('1')], '2026-11-25T03:00:00Z');
    const found = recent.lookup([
      { site: 'goofish', listingId: '2' },
      { site: 'goofish', listingId: '3' },
    ]);
    expect(found[0]?.verdict.listingId).toBe('2');
    expect(found[0]?.observation).toMatchObject({ listingId: '2', observedAt: '2026-11-25T03:00:00Z' });
    expect(found[1]).toBeUndefined();
  });

  it('forgets entries that are too old, past capacity, or cleared', () => {
    let clock = 0;
    const recent = createRecentVerdicts({ now: () => clock, maxAgeMs: 100, capacity: 2 });
    recent.remember([listing('1'), listing('2'), listing('3')], ['1', '2', '3'].map(verdict), 'x');
    expect(recent.lookup([{ site: 'goofish', listingId: '1' }])).toEqual([undefined]);
    expect(recent.lookup([{ site: 'goofish', listingId: '3' }])[0]).toBeDefined();
    clock = 101;
    expect(recent.lookup([{ site: 'goofish', listingId: '3' }])).toEqual([undefined]);
    clock = 0;
    recent.clear();
    expect(recent.lookup([{ site: 'goofish', listingId: '2' }])).toEqual([undefined]);
  });
});
