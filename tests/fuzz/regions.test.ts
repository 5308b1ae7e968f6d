/**
 * Seller locations come straight from pages: any text must read as a valid Region or null,
 * quickly, and never throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRegion } from '@/lib/region';
import { type Region, regionSchema } from '@/lib/schema';
import { fuzzText, PATHOLOGICAL } from './arbitraries';

const PLACES = [
  '内蒙古',
  '内蒙古 鄂尔多斯',
  '四川省成都市',
  '新疆维吾尔自治区',
  '上海',
  'Located in: Hohhot, Inner Mongolia, China',
  'from China',
  'Standort: Berlin, Deutschland',
  'Иркутская обл., Братск',
  'Texas, United States',
  'Hong Kong',
  'IP属地：广东',
  ', , ,',
  '省市区县旗',
];
const siteArb = fc.constantFrom('goofish', 'ebay', 'avito', 'xianyu', 'facebook', 'unknown-site');
const regionText = fc.oneof(
  fuzzText,
  fc.array(fc.oneof(fc.constantFrom(...PLACES), fuzzText), { maxLength: 5 }).map((parts) => parts.join(' ')),
);

function expectRegionOrNull(input: string, region: Region | null): void {
  if (region === null) return;
  const parsed = regionSchema.safeParse(region);
  if (!parsed.success)
    throw new Error(`malformed region for ${JSON.stringify(input)}: ${parsed.error.message}`);
  // A subdivision always belongs to the country it names.
  if (region.subdivision !== null) expect(region.subdivision.slice(0, 2)).toBe(region.country);
}

describe('region parser under fuzzing', () => {
  it('reads every text as a valid region or null', () => {
    fc.assert(
      fc.property(regionText, siteArb, (text, site) => expectRegionOrNull(text, parseRegion(text, { site }))),
      { numRuns: 3000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(regionText, siteArb, (text, site) => {
        expect(parseRegion(text, { site })).toEqual(parseRegion(text, { site }));
      }),
      { numRuns: 500 },
    );
  });

  it('tolerates values that are not strings', () => {
    for (const value of [null, undefined, 42, {}, [], Number.NaN])
      expect(() => parseRegion(value as unknown as string, { site: 'goofish' })).not.toThrow();
  });

  it.each(PATHOLOGICAL.map((text) => [text.slice(0, 24), text]))(
    'stays fast on %j… repeated',
    (_name, text) => {
      for (const site of ['goofish', 'ebay', 'avito']) {
        const start = performance.now();
        expectRegionOrNull(text, parseRegion(text, { site }));
        expect(performance.now() - start).toBeLessThan(250);
      }
    },
  );
});
