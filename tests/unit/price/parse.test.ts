import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePrice, parsePriceParts } from '@/lib/price';
import { priceSchema } from '@/lib/schema';
import { PRICE_CASES, PRICE_PART_CASES } from './cases';

describe('parsePrice table', () => {
  it('holds at least 200 cases across sites', () => {
    expect(PRICE_CASES.length).toBeGreaterThanOrEqual(200);
    expect(new Set(PRICE_CASES.map((c) => c[1].replace(/-.*/, ''))).size).toBeGreaterThanOrEqual(10);
  });

  for (const [text, site, amount, currency, max] of PRICE_CASES) {
    it(`${JSON.stringify(text)} on ${site}`, () => {
      const price = parsePrice(text, { site });
      if (amount === null) expect(price).toBeNull();
      else expect(price).toEqual({ amount, currency, maxAmount: max ?? null });
    });
  }
});

describe('parsePriceParts', () => {
  for (const [parts, amount, max] of PRICE_PART_CASES) {
    it(JSON.stringify(parts), () => {
      const price = parsePriceParts(parts, { site: 'goofish' });
      if (amount === null) expect(price).toBeNull();
      else expect(price).toEqual({ amount, currency: 'CNY', maxAmount: max ?? null });
    });
  }
});

describe('site context', () => {
  it('reads ¥ as yuan on goofish and yen on mercari-jp', () => {
    expect(parsePrice('¥8,400', { site: 'goofish' })?.currency).toBe('CNY');
    expect(parsePrice('¥8,400', { site: 'mercari-jp' })?.currency).toBe('JPY');
  });

  it('lets defaultCurrency decide "$" and bare numbers', () => {
    expect(parsePrice('$20.00', { site: 'ebay', defaultCurrency: 'AUD' })?.currency).toBe('AUD');
    expect(parsePrice('$20.00', { site: 'ebay', defaultCurrency: 'EUR' })?.currency).toBe('USD');
    expect(parsePrice('20,00', { site: 'ebay', defaultCurrency: 'EUR' })).toEqual({
      amount: 20,
      currency: 'EUR',
      maxAmount: null,
    });
    expect(parsePrice('¥3000', { site: 'generic', defaultCurrency: 'JPY' })?.currency).toBe('JPY');
    expect(parsePrice('20,00', { site: 'ebay' })).toBeNull();
  });

  it('accepts eBay domains written several ways', () => {
    for (const site of ['ebay-de', 'ebay.de', 'ebay_de'])
      expect(parsePrice('10,79', { site })?.currency).toBe('EUR');
    expect(parsePrice('$5', { site: 'ebay-com-au' })?.currency).toBe('AUD');
  });
});

describe('robustness', () => {
  const sites = fc.constantFrom('goofish', 'ebay', 'ebay-de', 'avito', 'mercari-jp', 'generic', 'whatever');
  const priceish = fc.stringMatching(/^[ ¥￥$€£₽.,0-9万元+\-–~ a-zA-Z\u00a0\u202f]{0,40}$/);

  it('never throws and always returns null or a valid Price', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), priceish), sites, (text, site) => {
        const price = parsePrice(text, { site });
        if (price !== null) {
          expect(priceSchema.safeParse(price).success).toBe(true);
          if (price.maxAmount !== null) expect(price.maxAmount).toBeGreaterThan(price.amount);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on parts, including odd values', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), priceish), { maxLength: 6 }), sites, (parts, site) => {
        const price = parsePriceParts(parts, { site });
        if (price !== null) expect(priceSchema.safeParse(price).success).toBe(true);
      }),
    );
    expect(parsePriceParts([1, null] as unknown as string[], { site: 'goofish' })).toBeNull();
    expect(parsePrice(undefined as unknown as string, { site: 'goofish' })).toBeNull();
  });

  it('stays fast on long adversarial input', () => {
    const long = `${'1,'.repeat(5000)}x ${'$'.repeat(3000)}`;
    const start = performance.now();
    expect(parsePrice(long, { site: 'ebay' })).toBeNull();
    expect(parsePrice('9'.repeat(280), { site: 'goofish' })).toBeNull();
    expect(performance.now() - start).toBeLessThan(200);
  });
});
