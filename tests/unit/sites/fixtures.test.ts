import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { listingSchema } from '@/lib/schema';
import { adapterForUrl } from '@/lib/sites';
import type { PageRead } from '@/lib/sites/types';
import { type Fixture, keyFields, listFixtures, loadHtml } from './helpers';

const fixtures = listFixtures();
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

function read(fixture: Fixture): PageRead {
  const url = new URL(fixture.expected.url);
  const adapter = adapterForUrl(url);
  if (!adapter) throw new Error(`no adapter for ${url.href}`);
  if (fixture.kind === 'json') {
    const json: unknown = JSON.parse(readFileSync(fixture.file, 'utf8'));
    if (!adapter.readApiResponse) throw new Error(`${adapter.id} reads no JSON`);
    return adapter.readApiResponse(json, url);
  }
  const { doc, close } = loadHtml(fixture);
  closers.push(close);
  return adapter.readDocument(doc, url);
}

describe('saved pages read into their expected listings', () => {
  it('has fixtures for every site, page kind and layout', () => {
    const names = fixtures.map((f) => `${f.site}/${f.name}`);
    expect(names.length).toBeGreaterThanOrEqual(9);
    expect(fixtures.filter((f) => f.site === 'goofish' && f.kind === 'json').length).toBe(3);
  });

  it.each(fixtures.map((f) => [`${f.site}/${f.name}.${f.kind}`, f] as const))('%s', (_name, fixture) => {
    const page = read(fixture);
    expect(page.site).toBe(fixture.site);
    expect(page.pageKind).toBe(fixture.expected.pageKind);
    expect(page.diagnostic).toBeNull();
    const got = page.listings.map((found) => keyFields(found.listing));
    expect(got.map((l) => l.listingId)).toEqual(fixture.expected.listings.map((l) => l.listingId));
    for (const [i, want] of fixture.expected.listings.entries()) {
      const have = got[i];
      expect(have, want.listingId).toBeDefined();
      if (!have) continue;
      expect({ ...have, price: null }, want.listingId).toEqual({ ...want, price: null });
      if (want.price === null) expect(have.price).toBeNull();
      else {
        expect(have.price?.currency, want.listingId).toBe(want.price.currency);
        expect(have.price?.amount, want.listingId).toBeCloseTo(want.price.amount, 6);
        expect(have.price?.maxAmount ?? null, want.listingId).toEqual(want.price.maxAmount);
      }
    }
    for (const found of page.listings) {
      expect(listingSchema.safeParse(found.listing).success, found.listing.listingId).toBe(true);
      expect(found.listing.exclusion).not.toBe('advert');
      if (fixture.kind === 'html') expect(found.element).toBeDefined();
      else expect(found.element).toBeUndefined();
    }
  });
});
