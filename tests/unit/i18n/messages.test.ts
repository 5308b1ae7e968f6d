import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatDeviation, formatMoney, formatNumber } from '@/lib/i18n/format';
import { intlLocale, type Lang, langFor } from '@/lib/i18n/locale';
import { type MessageKey, t } from '@/lib/i18n/messages';
import { optionsText } from '@/lib/i18n/options-messages';
import { popupText } from '@/lib/i18n/popup-messages';
import { regionLabel } from '@/lib/i18n/region-label';

const CJK = /[\u4e00-\u9fff]/;
const KEYS = [
  'verdict.above',
  'verdict.below',
  'verdict.in-line',
  'verdict.unknown',
  'verdict.none',
  'badge.vs',
  'badge.allRegions',
  'panel.expected',
  'panel.unitPrice',
  'panel.basis',
  'panel.noTrend',
  'panel.changes',
  'panel.notRig',
  'exclusion.part',
  'exclusion.service',
  'exclusion.wanted',
  'exclusion.not-mining',
  'exclusion.advert',
] as const satisfies readonly MessageKey[];

/** Every leaf of a text table as strings, calling functions with sample arguments. */
function leaves(table: object): string[] {
  const out: string[] = [];
  for (const value of Object.values(table)) {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') out.push(String(value(3, 'X', 30)));
    else if (value && typeof value === 'object') out.push(...leaves(value));
  }
  return out;
}

describe('language choice', () => {
  it('follows the browser language: any zh variant is Chinese, everything else English', () => {
    expect(langFor('zh-CN')).toBe('zh');
    expect(langFor('zh-TW')).toBe('zh');
    expect(langFor('ZH')).toBe('zh');
    expect(langFor('en-US')).toBe('en');
    expect(langFor('de')).toBe('en');
    expect(langFor(undefined)).toBe('en');
    expect(intlLocale('zh')).toBe('zh-CN');
  });
});

describe('badge strings', () => {
  it('are translated: Chinese differs from English and uses Chinese characters', () => {
    for (const key of KEYS) {
      expect(t('zh', key), key).not.toBe(t('en', key));
      expect(t('zh', key), key).toMatch(CJK);
    }
  });

  it('keep the same placeholders in both languages', () => {
    for (const key of KEYS) {
      const names = (lang: Lang) => [...t(lang, key).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names('zh'), key).toEqual(names('en'));
    }
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(t('en', 'badge.vs', { deviation: '−12%', region: 'Sichuan' })).toBe('−12% vs Sichuan');
    expect(t('zh', 'badge.vs', { deviation: '+8%', region: '四川' })).toBe('+8% 对比 四川');
    expect(t('en', 'badge.vs', { deviation: '1%' })).toBe('1% vs {region}');
  });
});

describe('popup and options strings', () => {
  for (const [name, table] of [
    ['popup', popupText],
    ['options', optionsText],
  ] as const) {
    it(`${name}: every string exists in both languages and the Chinese is Chinese`, () => {
      const en = leaves(table('en'));
      const zh = leaves(table('zh'));
      expect(zh).toHaveLength(en.length);
      for (const text of [...en, ...zh]) expect(text.trim()).not.toBe('');
      // Brand names and codes may match; sentences must not.
      const untranslated = zh.filter((text, i) => text === en[i] && text.length > 6 && !CJK.test(text));
      expect(untranslated).toEqual([]);
      expect(zh.filter((text) => CJK.test(text)).length).toBeGreaterThan(zh.length * 0.8);
    });
  }

  it('count listings with English plurals', () => {
    expect(popupText('en').count(1)).toBe('1 listing');
    expect(popupText('en').count(2)).toBe('2 listings');
    expect(popupText('zh').count(2)).toBe('2 个商品');
  });
});

describe('Intl formatting', () => {
  it('formats money with the currency symbol and grouping of the language', () => {
    expect(formatMoney(5200, 'CNY', 'zh')).toBe('¥5,200');
    expect(formatMoney(5200, 'CNY', 'en')).toBe('¥5,200'); // narrowSymbol, not CN¥
    expect(formatMoney(0.85, 'USD', 'en')).toBe('$0.85');
    expect(formatMoney(1234.56, 'USD', 'en')).toBe('$1,235');
  });

  it('falls back to plain text for a currency Intl does not know', () => {
    expect(formatMoney(12, 'XQQ', 'en')).toMatch(/12(\.00)? XQQ|XQQ\s?12/);
    expect(formatMoney(5, 'not a code', 'en')).toBe('5.00 not a code');
  });

  it('signs deviations with a real minus sign and rounds to whole percent', () => {
    expect(formatDeviation(-0.1234, 'en')).toBe('−12%');
    expect(formatDeviation(0.08, 'zh')).toBe('+8%');
    expect(formatDeviation(0.001, 'en')).toBe('±0%');
    expect(formatDeviation(12.5, 'en')).toBe('+1,250%');
  });

  it('formats dates in UTC in the user language', () => {
    expect(formatDate('2024-04-20T23:30:00Z', 'en')).toBe('Apr 20, 2024');
    expect(formatDate('2024-04-20T23:30:00Z', 'zh')).toBe('2024年4月20日');
    expect(formatDate('2024-04-20T23:30:00Z', 'en', 'short')).toBe('Apr 20');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });

  it('formats numbers and storage sizes', () => {
    expect(formatNumber(12345.678, 'en', 1)).toBe('12,345.7');
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(5 * 1024 * 1024, 'en')).toBe('5 MB');
    expect(formatBytes(-1, 'en')).toBe('0 byte');
  });
});

describe('region labels', () => {
  it('names subdivisions and countries in the language, all regions for none', () => {
    expect(regionLabel('CN-SC', 'zh')).toBe('四川');
    expect(regionLabel('CN-SC', 'en')).toBe('Sichuan');
    expect(regionLabel('US', 'en')).toBe('United States');
    expect(regionLabel(null, 'en')).toBe('all regions');
    expect(regionLabel('', 'zh')).toBe('全部地区');
    expect(regionLabel('ZZ-QQ', 'en')).toBe('ZZ-QQ');
  });
});
