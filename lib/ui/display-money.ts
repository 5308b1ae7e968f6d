import { convert, type RateTable } from '@/lib/currency/rates';

/** An amount as the user asked to see it. */
export interface DisplayMoney {
  amount: number;
  currency: string;
  /** True when converted from another currency with the rate table. */
  converted: boolean;
}

/**
 * `amount` of `currency` in the display currency (null: keep the listing's own). When the
 * table lacks either currency the original is kept: a wrong conversion is worse than none.
 */
export function toDisplay(
  amount: number,
  currency: string,
  displayCurrency: string | null,
  rates: RateTable,
): DisplayMoney {
  if (!displayCurrency || displayCurrency === currency) return { amount, currency, converted: false };
  const value = convert(amount, currency, displayCurrency, rates);
  return value === null
    ? { amount, currency, converted: false }
    : { amount: value, currency: displayCurrency, converted: true };
}
