/**
 * Price texts come straight from pages: any text or split parts must read as a valid Price or
 * null, quickly, and never throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePrice, parsePriceParts } from '@/lib/price';
import { type Price, priceSchema } from '@/lib/schema';
import { fuzzText, PATHOLOGICAL } from './arbitraries';

const SITES = ['goofish', 'ebay', 'mercari', 'kijiji', 'avito', 'facebook', 'unknown-site'];
const siteArb = fc.constantFrom(...SITES);
const ctxArb = fc.oneof(
  siteArb.map((site) => ({ site })),
  fc.record({ site: siteArb, defaultCurrency: fc.constantFrom('CNY', 'USD', 'EUR', 'xx', '', 'ZZZZ') }),
);

function expectPriceOrNull(input: unknown, price: Price | null): void {
  if (price === null) return;
  const parsed = priceSchema.safeParse(price);
  if (!parsed.success)
    throw new Error(`malformed price for ${JSON.stringify(input)}: ${parsed.error.message}`);
  expect(Number.isFinite(price.amount)).toBe(true);
  if (price.maxAmount !== null) expect(Number.isFinite(price.maxAmount)).toBe(true);
}

describe('price parser under fuzzing', () => {
  it('reads every text as a valid price or null', () => {
    fc.assert(
      fc.property(fuzzText, ctxArb, (text, ctx) => expectPriceOrNull(text, parsePrice(text, ctx))),
      { numRuns: 3000 },
    );
  });

  it('reads every list of parts as a valid price or null', () => {
    fc.assert(
      fc.property(fc.array(fuzzText, { maxLength: 6 }), ctxArb, (parts, ctx) =>
        expectPriceOrNull(parts, parsePriceParts(parts, ctx)),
      ),
      { numRuns: 2000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fuzzText, ctxArb, (text, ctx) => {
        expect(parsePrice(text, ctx)).toEqual(parsePrice(text, ctx));
      }),
      { numRuns: 500 },
    );
  });

  it('tolerates values that are not strings or arrays', () => {
    for (const value of [null, undefined, 42, {}, [1, null, {}], Number.NaN]) {
      expect(() => parsePrice(value as unknown as string, { site: 'goofish' })).not.toThrow();
      expect(() => parsePriceParts(value as unknown as string[], { site: 'goofish' })).not.toThrow();
    }
  });

  it.each(PATHOLOGICAL.map((text) => [text.slice(0, 24), text]))(
    'stays fast on %j… repeated',
    (_name, text) => {
      for (const site of ['goofish', 'ebay']) {
        const start = performance.now();
        expectPriceOrNull(text, parsePrice(text, { site }));
        expectPriceOrNull(text, parsePriceParts(text.match(/.{1,50}/gsu) ?? [], { site }));
        expect(performance.now() - start).toBeLessThan(250);
      }
    },
  );
});
