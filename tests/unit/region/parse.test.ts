import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryName, parseRegion, subdivisionName } from '@/lib/region';
import { regionSchema } from '@/lib/schema';
import { REGION_CASES } from './cases';

// The 34 provincial-level divisions of China (ISO 3166-2:CN).
const CHINA =
  'AH BJ CQ FJ GD GS GX GZ HA HB HE HI HK HL HN JL JS JX LN MO NM NX QH SC SD SH SN SX TJ TW XJ XZ YN ZJ';

describe('parseRegion table', () => {
  it('holds at least 400 cases covering every province of China in Chinese and English', () => {
    expect(REGION_CASES.length).toBeGreaterThanOrEqual(400);
    const provinces = CHINA.split(' ');
    expect(provinces).toHaveLength(34);
    for (const code of provinces) {
      const hits = REGION_CASES.filter((c) => c[3] === `CN-${code}`);
      expect(
        hits.some((c) => /[\u4e00-\u9fff]/.test(c[0])),
        `CN-${code} in Chinese`,
      ).toBe(true);
      if (!['TW', 'HK', 'MO'].includes(code))
        expect(
          hits.some((c) => /^[\x20-\x7e]+$/.test(c[0])),
          `CN-${code} in English`,
        ).toBe(true);
    }
  });

  for (const [text, site, country, subdivision] of REGION_CASES) {
    it(`${JSON.stringify(text)} on ${site}`, () => {
      const region = parseRegion(text, { site });
      if (country === null) expect(region).toBeNull();
      else expect(region).toEqual({ country, subdivision, text: text.trim() });
    });
  }
});

describe('names for the UI', () => {
  it('names subdivisions and countries in English and Chinese', () => {
    expect(subdivisionName('CN-SC', 'en')).toBe('Sichuan');
    expect(subdivisionName('CN-SC', 'zh')).toBe('四川');
    expect(subdivisionName('CN-NM', 'en')).toBe('Inner Mongolia');
    expect(subdivisionName('CN-NM', 'zh')).toBe('内蒙古');
    expect(subdivisionName('US-OK', 'en')).toBe('Oklahoma');
    expect(subdivisionName('DE-BY', 'en')).toBe('Bavaria');
    expect(subdivisionName('RU-MOW', 'en')).toBe('Moscow');
    expect(subdivisionName('GB-ENG', 'en')).toBe('England');
    expect(subdivisionName('XX-YY', 'en')).toBeNull();
    expect(subdivisionName('CN', 'en')).toBeNull();
    expect(countryName('CN', 'en')).toBe('China');
    expect(countryName('CN', 'zh')).toBe('中国');
    expect(countryName('HK', 'en')).toBe('Hong Kong');
    expect(countryName('CN-SC', 'en')).toBeNull();
    expect(countryName('ZZ', 'en')).toBeNull();
  });

  it('has a name for every province code', () => {
    for (const code of CHINA.split(' ')) {
      expect(subdivisionName(`CN-${code}`, 'en')).toMatch(/^[A-Z]/);
      expect(subdivisionName(`CN-${code}`, 'zh')).toMatch(/^[\u4e00-\u9fff]+$/);
    }
  });
});

describe('robustness', () => {
  const sites = fc.constantFrom('goofish', 'ebay', 'ebay-de', 'avito', 'generic');
  const placeish = fc.stringMatching(/^[内蒙古鄂尔多斯四川成都省市区 ,A-Za-z:Москваобл.]{0,30}$/);

  it('never throws and always returns null or a valid Region', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), placeish), sites, (text, site) => {
        const region = parseRegion(text, { site });
        if (region !== null) {
          expect(regionSchema.safeParse(region).success).toBe(true);
          expect(region.country).not.toBeNull();
          expect(region.text).toBe(text.trim());
        }
      }),
      { numRuns: 3000 },
    );
    expect(parseRegion(undefined as unknown as string, { site: 'ebay' })).toBeNull();
  });
});
