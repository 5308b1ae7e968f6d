/**
 * The popup's table of regions for one model: each region's current trend unit price, the
 * listings behind it, and how the trend moved over the last 30 days (all from the background's
 * `model-series` answer, the same figures the `report` command prints).
 */

export interface RegionRow {
  /** Region code; `` for all regions. */
  region: string;
  level: 'subdivision' | 'country' | 'global';
  /** The trend's unit price now. */
  trend: number;
  listings: number;
  /** Relative change over the last 30 days; null when the trend is younger. */
  change30d: number | null;
}

const LEVEL_ORDER = { subdivision: 0, country: 1, global: 2 } as const;

/**
 * The rows in reading order: the listing's own region first, then provinces/states by listings,
 * then countries, then all regions.
 */
export function sortRegionRows(rows: readonly RegionRow[], ownRegion: string | null): RegionRow[] {
  const own = ownRegion ?? '';
  return [...rows].sort(
    (a, b) =>
      Number(b.region === own) - Number(a.region === own) ||
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      b.listings - a.listings ||
      a.region.localeCompare(b.region),
  );
}
