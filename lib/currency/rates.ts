/**
 * Currency conversion for display, entirely offline: a rate table bundled with the extension,
 * dated, and editable by the user in the options page. Trends are kept per currency; conversion
 * only changes what the user sees.
 */
import * as z from 'zod/mini';

const codeSchema = z.string().check(z.regex(/^[A-Z]{3}$/));

/** A dated rate table: `rates[C]` is how many units of C one unit of `base` buys. */
export const rateTableSchema = z.object({
  asOf: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  base: codeSchema,
  rates: z.record(codeSchema, z.number().check(z.positive())),
});
export type RateTable = z.infer<typeof rateTableSchema>;

/**
 * Bundled reference rates (units per 1 USD) as of 2026-06-30. They are reference values for
 * display, not live quotes: the options page shows the date and lets the user edit every rate.
 */
export const DEFAULT_RATES: RateTable = {
  asOf: '2026-06-30',
  base: 'USD',
  rates: {
    USD: 1,
    CNY: 7.15,
    EUR: 0.87,
    GBP: 0.745,
    JPY: 148,
    RUB: 80,
    KZT: 510,
    HKD: 7.8,
    CAD: 1.37,
    AUD: 1.53,
    CHF: 0.8,
    NZD: 1.68,
    SGD: 1.29,
    TWD: 30.5,
    KRW: 1380,
    INR: 86,
    TRY: 41,
    UAH: 41.5,
    PLN: 3.7,
    CZK: 21.5,
    SEK: 9.6,
    NOK: 10.1,
    DKK: 6.5,
    HUF: 345,
    BRL: 5.5,
    MXN: 18.8,
    AED: 3.6725,
    THB: 32.5,
    MYR: 4.25,
    IDR: 16300,
    VND: 26000,
    PHP: 57,
    ILS: 3.4,
    BYN: 3,
    UZS: 12600,
  },
};

/**
 * `amount` of `from` expressed in `to` through the table's base. Null when either currency is
 * missing from the table or the amount is not a finite number.
 */
export function convert(amount: number, from: string, to: string, table: RateTable): number | null {
  if (!Number.isFinite(amount)) return null;
  const base = table.base;
  const fromRate = from === base ? 1 : table.rates[from];
  const toRate = to === base ? 1 : table.rates[to];
  if (fromRate === undefined || toRate === undefined || !(fromRate > 0) || !(toRate > 0)) return null;
  if (from === to) return amount;
  return (amount / fromRate) * toRate;
}
