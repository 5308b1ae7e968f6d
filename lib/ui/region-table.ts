/**
 * The popup's table of regions for one model: each region's current trend unit price, the
 * listings behind it, and how the trend moved over the last 30 days.
 */
import type { RegionLine } from './chart-model';

export interface RegionRow {
  region: string;
  /** The trend's latest unit price. */
  trend: number;
  listings: number;
  /** Relative change over the 30 days before the latest point; null without a point that old. */
  change30d: number | null;
  /** The judged listing's own region. */
  own: boolean;
}

const DAYS_30_MS = 30 * 86_400_000;

/** Rows for regions with at least one trend point: the listing's region first, then by listings. */
export function regionRows(lines: readonly RegionLine[], ownRegion: string | null): RegionRow[] {
  const rows: RegionRow[] = [];
  for (const line of lines) {
    const points = line.points
      .filter((p) => Number.isFinite(p.at) && Number.isFinite(p.value) && p.value > 0)
      .sort((a, b) => a.at - b.at);
    const latest = points[points.length - 1];
    if (!latest) continue;
    rows.push({
      region: line.region,
      trend: latest.value,
      listings: line.listings,
      change30d: changeOver(points, latest.at - DAYS_30_MS, latest.value),
      own: line.region === (ownRegion ?? ''),
    });
  }
  return rows.sort(
    (a, b) => Number(b.own) - Number(a.own) || b.listings - a.listings || a.region.localeCompare(b.region),
  );
}

/** The change from the trend at `since` (interpolated between its neighbours) to `latest`. */
function changeOver(points: readonly { at: number; value: number }[], since: number, latest: number) {
  const first = points[0];
  if (!first || first.at > since) return null;
  let before = first;
  for (const point of points) {
    if (point.at > since) {
      const span = point.at - before.at;
      const base =
        span > 0 ? before.value + ((point.value - before.value) * (since - before.at)) / span : before.value;
      return latest / base - 1;
    }
    before = point;
  }
  return latest / before.value - 1;
}
