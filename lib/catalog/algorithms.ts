/**
 * The unit a buyer prices an algorithm's hashrate in: SHA-256 rigs are quoted per TH/s,
 * Scrypt per GH/s, Etchash per MH/s, Equihash per KH/s. Unit prices and trends use these.
 */
export interface RateUnit {
  /** Short suffix shown after a price: `T` in "¥58/T". */
  suffix: 'T' | 'G' | 'M' | 'K';
  /** Full unit label, e.g. `TH/s`. */
  label: string;
  /** Hashes per second in one unit. */
  hs: number;
}

const TH: RateUnit = { suffix: 'T', label: 'TH/s', hs: 1e12 };
const GH: RateUnit = { suffix: 'G', label: 'GH/s', hs: 1e9 };
const MH: RateUnit = { suffix: 'M', label: 'MH/s', hs: 1e6 };
const KH: RateUnit = { suffix: 'K', label: 'KH/s', hs: 1e3 };

const BY_ALGORITHM: Record<string, RateUnit> = {
  'SHA-256': TH,
  kHeavyHash: TH,
  Blake2S: TH,
  Kadena: TH,
  Eaglesong: TH,
  X11: GH,
  Scrypt: GH,
  Etchash: MH,
  Ethash: MH,
  Equihash: KH,
};

/** The pricing unit for an algorithm; TH/s when the algorithm is unknown or null. */
export function rateUnitFor(algorithm: string | null | undefined): RateUnit {
  return (algorithm && BY_ALGORITHM[algorithm]) || TH;
}
