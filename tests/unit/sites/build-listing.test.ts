import { describe, expect, it } from 'vitest';
import type { RawListing } from '@/lib/schema';
import { listingSchema } from '@/lib/schema';
import { buildListing } from '@/lib/sites/build-listing';

const raw: RawListing = {
  site: 'goofish',
  market: 'goofish',
  listingId: '788636250267',
  url: 'https://www.goofish.com/item?id=788636250267',
  title: '蚂蚁矿机S19j\u00a0Pro  104T 二手',
  prices: [null, ['¥', '万'], '¥5200'],
  regions: ['', '火星基地', '内蒙古'],
  postedAt: null,
  advert: false,
  attributes: ['几乎全新'],
};

describe('buildListing', () => {
  it('cleans the title, takes the first price and the first placed region', () => {
    const listing = buildListing(raw);
    expect(listing.title).toBe('蚂蚁矿机S19j Pro 104T 二手');
    expect(listing.price).toEqual({ amount: 5200, currency: 'CNY', maxAmount: null });
    expect(listing.region).toMatchObject({ country: 'CN', subdivision: 'CN-NM' });
    expect(listing).toMatchObject({ isMiningRig: true, exclusion: null, quantity: 1 });
    expect(listing.miner?.model).toBe('Antminer S19j Pro');
  });

  it('keeps a place it cannot locate as shown, with no codes', () => {
    expect(buildListing({ ...raw, regions: ['火星基地'] }).region).toEqual({
      country: null,
      subdivision: null,
      text: '火星基地',
    });
    expect(buildListing({ ...raw, regions: [] }).region).toBeNull();
  });

  it('an advert, if ever built, is excluded as an advert and is no rig', () => {
    expect(buildListing({ ...raw, advert: true })).toMatchObject({
      isMiningRig: false,
      exclusion: 'advert',
      miner: null,
    });
  });

  it('stays schema-valid for oversized input', () => {
    const listing = buildListing({
      ...raw,
      title: 'S19 '.repeat(3000),
      listingId: '9'.repeat(80),
      url: `https://x/${'a'.repeat(3000)}`,
    });
    expect(listingSchema.safeParse(listing).success).toBe(true);
  });
});
