/**
 * Placeholder and bait prices. Sellers on Xianyu show ¥1 or ¥0.01 to appear first in "lowest
 * price" sorting and write the real price in the text, and ¥8888 / ¥99999 / ¥123456 to mean
 * "ask me". Such a price says nothing about the market, but a repeated-digit price can also be
 * honest (8 is a lucky digit: ¥8888 is a real price for some rigs), so the engine treats the two
 * kinds differently:
 *
 * - `placeholder` (≤ 1 in any currency): never a vote, never counted as a listing with a price.
 * - `suspicious` (repeated or ascending digits): a listing, but its vote is dropped unless its
 *   price sits close to the ordinary listings' prices (see fit.ts).
 */

/** How much a shown price can be trusted as a market price. */
export const PriceFlag = { ordinary: 0, suspicious: 1, placeholder: 2 } as const;
export type PriceFlag = (typeof PriceFlag)[keyof typeof PriceFlag];

// Four or more of the same digit: 8888, 99999, 666666.
const REPEATED = /^(\d)\1{3,}$/;
// Runs of ascending digits from 1: 1234, 12345, 123456, ...
const ASCENDING = /^1234(5(6(7(89?)?)?)?)?$/;

/** Classify a shown (total) price amount. */
export function classifyPrice(amount: number): PriceFlag {
  if (!(amount > 1)) return PriceFlag.placeholder;
  if (!Number.isInteger(amount) || amount > 1e12) return PriceFlag.ordinary;
  const digits = String(amount);
  if (REPEATED.test(digits) || ASCENDING.test(digits)) return PriceFlag.suspicious;
  return PriceFlag.ordinary;
}
