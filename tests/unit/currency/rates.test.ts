import { describe, expect, it } from 'vitest';
import { convert, DEFAULT_RATES, type RateTable, rateTableSchema } from '@/lib/currency/rates';

describe('bundled rate table', () => {
  it('is valid, dated, and covers the currencies sellers use', () => {
    expect(rateTableSchema.safeParse(DEFAULT_RATES).success).toBe(true);
    expect(DEFAULT_RATES.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const code of 'CNY USD EUR GBP JPY RUB KZT HKD CAD AUD CHF'.split(' '))
      expect(DEFAULT_RATES.rates[code], code).toBeGreaterThan(0);
    expect(DEFAULT_RATES.rates[DEFAULT_RATES.base]).toBe(1);
  });

  it('rejects malformed edited tables', () => {
    const bad = [
      { ...DEFAULT_RATES, asOf: '30.06.2026' },
      { ...DEFAULT_RATES, base: 'usd' },
      { ...DEFAULT_RATES, rates: { USD: 1, CNY: 0 } },
      { ...DEFAULT_RATES, rates: { USD: 1, CNY: -7 } },
      { ...DEFAULT_RATES, rates: { usd: 1 } },
    ];
    for (const table of bad) expect(rateTableSchema.safeParse(table).success).toBe(false);
  });
});

describe('convert', () => {
  const table: RateTable = { asOf: '2026-06-30', base: 'USD', rates: { USD: 1, CNY: 7, EUR: 0.875 } };

  it('converts through the base in both directions', () => {
    expect(convert(100, 'USD', 'CNY', table)).toBe(700);
    expect(convert(700, 'CNY', 'USD', table)).toBe(100);
    expect(convert(7000, 'CNY', 'EUR', table)).toBeCloseTo(875, 9);
    expect(convert(12.5, 'EUR', 'EUR', table)).toBe(12.5);
  });

  it('works when the base is missing from its own rates', () => {
    const bare: RateTable = { asOf: '2026-06-30', base: 'EUR', rates: { USD: 1.15 } };
    expect(convert(10, 'EUR', 'USD', bare)).toBeCloseTo(11.5, 9);
    expect(convert(11.5, 'USD', 'EUR', bare)).toBeCloseTo(10, 9);
  });

  it('returns null for a currency the table lacks or a non-finite amount', () => {
    expect(convert(1, 'USD', 'XYZ', table)).toBeNull();
    expect(convert(1, 'XYZ', 'USD', table)).toBeNull();
    expect(convert(1, 'XYZ', 'XYZ', table)).toBeNull();
    expect(convert(Number.NaN, 'USD', 'CNY', table)).toBeNull();
    expect(convert(Number.POSITIVE_INFINITY, 'USD', 'CNY', table)).toBeNull();
  });

  it('round-trips with the bundled table', () => {
    for (const code of Object.keys(DEFAULT_RATES.rates)) {
      const there = convert(1234.5, 'CNY', code, DEFAULT_RATES);
      expect(there).not.toBeNull();
      expect(convert(there as number, code, 'CNY', DEFAULT_RATES)).toBeCloseTo(1234.5, 6);
    }
  });
});
