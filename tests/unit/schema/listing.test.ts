import { describe, expect, it } from 'vitest';
import { listingKey, listingSchema, observationSchema } from '@/lib/schema';

const example = {
  site: 'goofish',
  listingId: '788636250267',
  url: 'https://www.goofish.com/item?id=788636250267',
  title: '蚂蚁矿机S19j Pro 104T 二手',
  price: { amount: 5200, currency: 'CNY', maxAmount: null },
  quantity: 1,
  region: { country: 'CN', subdivision: 'CN-NM', text: '内蒙古 鄂尔多斯' },
  miner: {
    model: 'Antminer S19j Pro',
    vendor: 'Bitmain',
    algorithm: 'SHA-256',
    hashrateHs: 104e12,
    hashrateSource: 'listing',
    powerW: null,
  },
  isMiningRig: true,
  exclusion: null,
  postedAt: '2024-04-26T13:53:49Z',
};

describe('listing schema', () => {
  it('accepts the example of interfaces.md', () => {
    expect(listingSchema.parse(example)).toEqual(example);
    expect(listingKey(example)).toBe('goofish:788636250267');
  });

  it.each([
    ['a negative price', { ...example, price: { amount: -1, currency: 'CNY', maxAmount: null } }],
    ['a lower-case currency', { ...example, price: { amount: 1, currency: 'cny', maxAmount: null } }],
    ['a zero quantity', { ...example, quantity: 0 }],
    ['an unknown exclusion', { ...example, exclusion: 'spam' }],
    ['a local time without zone', { ...example, postedAt: '2024-04-26 13:53:49' }],
    ['a site with capitals', { ...example, site: 'Goofish' }],
  ])('rejects %s', (_name, value) => {
    expect(listingSchema.safeParse(value).success).toBe(false);
  });

  it('an observation is a listing plus observedAt', () => {
    expect(observationSchema.safeParse(example).success).toBe(false);
    expect(observationSchema.parse({ ...example, observedAt: '2026-11-25T02:00:00.000Z' }).observedAt).toBe(
      '2026-11-25T02:00:00.000Z',
    );
  });
});
