import { DEFAULT_RATES, type RateTable } from '@/lib/currency/rates';

/** The settings a trend depends on (the options page edits the first three). */
export interface TrendOptions {
  /** How far back observations count, in days (the window ends at `now`). */
  windowDays: number;
  /** Half-width of the in-line band as a fraction: 0.05 = within ±5 % is `in-line`. */
  band: number;
  /** How prices in different currencies are compared. */
  rates: RateTable;
  /** A subdivision's own trend is used only when it has at least this many distinct listings. */
  minSubdivisionListings: number;
  /** Same for a country before falling back to all regions (default 3). */
  minCountryListings?: number;
}

/** The defaults the issue names: 90-day window, ±5 % band, subdivision from 5 listings. */
export const DEFAULT_TREND_OPTIONS: TrendOptions = {
  windowDays: 90,
  band: 0.05,
  rates: DEFAULT_RATES,
  minSubdivisionListings: 5,
  minCountryListings: 3,
};

/** A country needs this many distinct listings when `minCountryListings` is not set. */
export const DEFAULT_MIN_COUNTRY_LISTINGS = 3;

/**
 * The first UTC day inside the window ending on `nowDay`: whole days, so that anything seen
 * within `windowDays` × 24 h of now is inside whatever its time of day.
 */
export function windowStartDay(nowDay: number, windowDays: number): number {
  return nowDay - windowDays;
}
