import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listingSchema } from '@/lib/schema';
import { adapterForUrl } from '@/lib/sites';
import { parseHtml, REAL } from './helpers';

// These are required: a missing capture must fail the suite, never skip it.
const EBAY = join(REAL, 'ebay-de-search-2022.html');
const XIANYU = join(REAL, 'xianyu-search-app-2024.json');
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

describe('real captures (../shared/fixtures/real)', () => {
  it('are present', () => {
    expect(existsSync(EBAY), EBAY).toBe(true);
    expect(existsSync(XIANYU), XIANYU).toBe(true);
  });

  it('eBay.de 2022: the 64 real products with EUR prices and item ids, and nothing else', () => {
    const url = new URL('https://www.ebay.de/sch/i.html?_from=R40&_nkw=apple&_sacat=58058');
    const { doc, close } = parseHtml(readFileSync(EBAY, 'utf8'), url.href);
    closers.push(close);
    const page = adapterForUrl(url)?.readDocument(doc, url);
    expect(page?.diagnostic).toBeNull();
    const listings = page?.listings.map((f) => f.listing) ?? [];
    expect(listings).toHaveLength(64);
    const ids = listings.map((l) => l.listingId);
    expect(new Set(ids).size).toBe(64);
    // The placeholder links to /itm/123456 and its title is "Shop on eBay".
    expect(ids).not.toContain('123456');
    expect(listings.some((l) => /shop on ebay/i.test(l.title))).toBe(false);
    for (const listing of listings) {
      expect(listingSchema.safeParse(listing).success).toBe(true);
      expect(listing.listingId).toMatch(/^\d{12}$/);
      expect(listing.url).toBe(`https://www.ebay.de/itm/${listing.listingId}`);
      expect(listing.price?.currency).toBe('EUR');
      expect(listing.title).not.toMatch(/Neues Angebot|Wird in neuem Fenster/);
    }
    const byId = new Map(listings.map((l) => [l.listingId, l]));
    expect(byId.get('144278067683')?.price).toEqual({ amount: 10.79, currency: 'EUR', maxAmount: null });
    expect(byId.get('402990526723')?.price).toEqual({ amount: 1049, currency: 'EUR', maxAmount: null });
    expect(byId.get('373649272098')?.price).toEqual({ amount: 234.95, currency: 'EUR', maxAmount: 269.95 });
    expect(byId.get('125633387556')?.title).toBe(
      'Apple MacBook Pro 15" A1398, 16GB/256GB - MJLQ2D/A - OVP - Juni 2015 - Silber',
    );
    expect(ids.slice(0, 3)).toEqual(['144278067683', '403962570232', '185076426382']);
  });

  it('Xianyu app search 2024: 10 items with CNY prices, provinces and posting times; the advert skipped', () => {
    const url = new URL('https://www.goofish.com/search?q=iphone');
    const json: unknown = JSON.parse(readFileSync(XIANYU, 'utf8'));
    const page = adapterForUrl(url)?.readApiResponse?.(json, url);
    expect(page?.pageKind).toBe('search');
    expect(page?.diagnostic).toBeNull();
    const listings = page?.listings.map((f) => f.listing) ?? [];
    expect(listings).toHaveLength(10);
    for (const listing of listings) {
      expect(listingSchema.safeParse(listing).success).toBe(true);
      expect(listing.price?.currency).toBe('CNY');
      expect(listing.region?.country).toBe('CN');
      expect(listing.region?.subdivision).toMatch(/^CN-/);
      expect(listing.postedAt).toMatch(/^2024-04-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(listing.exclusion).not.toBe('advert');
    }
    expect(listings.map((l) => l.listingId)).not.toContain('769244853610');
    const first = listings[0];
    expect(first?.listingId).toBe('788636250267');
    expect(first?.url).toBe('https://www.goofish.com/item?id=788636250267');
    expect(first?.price).toEqual({ amount: 1306, currency: 'CNY', maxAmount: null });
    expect(first?.region).toMatchObject({ country: 'CN', subdivision: 'CN-HA', text: '河南' });
    expect(first?.postedAt).toBe('2024-04-26T13:53:49Z');
    expect(listings.map((l) => l.region?.text)).toEqual([
      '河南',
      '安徽',
      '广东',
      '河北',
      '浙江',
      '江苏',
      '云南',
      '广东',
      '广东',
      '广东',
    ]);
  });
});
