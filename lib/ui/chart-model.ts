/**
 * The popup chart as data: one x axis (epoch seconds) shared by the listing's own price
 * points, the trend line of its region, and the other regions' lines for the same model, in
 * the column layout uPlot draws from. Pure, so it is tested without a canvas.
 */
import { eventsBetween, type MarketEvent } from './events';

/** One dated value: epoch milliseconds and a unit price. */
export interface PricePoint {
  at: number;
  value: number;
}

/** A region's trend line for the model. `region` is a region code, `` for all regions. */
export interface RegionLine {
  region: string;
  points: readonly PricePoint[];
  /** Distinct listings behind the line. */
  listings: number;
  level?: 'subdivision' | 'country' | 'global';
}

export type ChartSeriesKind = 'own' | 'primary' | 'region';

export interface ChartSeriesMeta {
  kind: ChartSeriesKind;
  /** Region code of a line (`` = all regions); null for the listing's own points. */
  region: string | null;
  color: string;
}

export interface ChartModel {
  /** `[xs, ...ys]`: xs ascending epoch seconds, ys aligned with nulls where a series has no value. */
  data: [number[], ...(number | null)[][]];
  series: ChartSeriesMeta[];
  events: MarketEvent[];
  /** Points the listing itself contributed (0: the chart shows trends only). */
  ownPoints: number;
  /**
   * The y range to draw: robust to the odd bait price in a day's median (one ¥99,999 listing
   * would flatten every line), always including the listing's own points. Null without data.
   */
  yRange: [number, number] | null;
}

/** Line colours that stay apart on light and dark backgrounds; the region's own line is first. */
export const LINE_COLORS = ['#2563eb', '#d97706', '#7c3aed', '#0d9488', '#db2777', '#65a30d', '#64748b'];
export const OWN_COLOR = '#dc2626';

/** At most this many other regions are drawn; more lines would not be readable in a popup. */
export const MAX_OTHER_REGIONS = 5;

/**
 * Build the chart: the listing's region line first (when there is one), then the other
 * regions, those of the same level as the listing's (provinces beside a province) and with the
 * most listings first. Points with a non-finite or non-positive value are dropped.
 */
export function buildChartModel(
  own: readonly PricePoint[],
  lines: readonly RegionLine[],
  ownRegion: string | null,
): ChartModel {
  const primary = lines.find((line) => line.region === (ownRegion ?? ''));
  const others = lines
    .filter((line) => line !== primary && line.points.length > 0)
    .sort(
      (a, b) =>
        Number(b.level === primary?.level) - Number(a.level === primary?.level) ||
        b.listings - a.listings ||
        a.region.localeCompare(b.region),
    )
    .slice(0, MAX_OTHER_REGIONS);
  const drawn: { meta: ChartSeriesMeta; points: readonly PricePoint[] }[] = [
    { meta: { kind: 'own', region: null, color: OWN_COLOR }, points: own },
  ];
  let color = 0;
  if (primary && primary.points.length > 0) {
    drawn.push({
      meta: { kind: 'primary', region: primary.region, color: LINE_COLORS[color++] as string },
      points: primary.points,
    });
  }
  for (const line of others) {
    drawn.push({
      meta: {
        kind: 'region',
        region: line.region,
        color: LINE_COLORS[color++ % LINE_COLORS.length] as string,
      },
      points: line.points,
    });
  }

  const columns = drawn.map(({ points }) => {
    const byX = new Map<number, number>();
    for (const point of points) {
      if (!Number.isFinite(point.at) || !Number.isFinite(point.value) || point.value <= 0) continue;
      byX.set(Math.floor(point.at / 1000), point.value);
    }
    return byX;
  });
  const xs = [...new Set(columns.flatMap((column) => [...column.keys()]))].sort((a, b) => a - b);
  const ys = columns.map((column) => xs.map((x) => column.get(x) ?? null));
  const first = xs[0];
  const last = xs[xs.length - 1];
  return {
    data: [xs, ...ys],
    series: drawn.map((entry) => entry.meta),
    events: first === undefined || last === undefined ? [] : eventsBetween(first, last),
    ownPoints: columns[0]?.size ?? 0,
    yRange: robustRange(
      columns.slice(1).flatMap((column) => [...column.values()]),
      [...(columns[0]?.values() ?? [])],
    ),
  };
}

/**
 * Fences around the median at six median absolute deviations (at least half the median, so a
 * flat series does not collapse the range), widened to `keep`, padded 8 %. Median-based
 * because a chart's lines may have only a handful of points.
 */
export function robustRange(values: readonly number[], keep: readonly number[]): [number, number] | null {
  const sorted = [...values].sort((a, b) => a - b);
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  if (sorted.length > 0) {
    const median = middle(sorted);
    const deviations = sorted.map((value) => Math.abs(value - median)).sort((a, b) => a - b);
    const fence = Math.max(6 * middle(deviations), 0.5 * Math.abs(median));
    for (const value of sorted) {
      if (Math.abs(value - median) > fence) continue;
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
  }
  for (const value of keep) {
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  if (!Number.isFinite(low) || !Number.isFinite(high)) return null;
  const pad = Math.max((high - low) * 0.08, high * 0.02, 1e-9);
  return [Math.max(0, low - pad), high + pad];
}

function middle(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
