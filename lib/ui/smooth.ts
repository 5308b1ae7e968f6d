/**
 * A region's line for the chart from its daily medians. A day with one or two listings is noisy
 * (one bait price is that day's median), so each day's value is the listings-weighted median of
 * the days around it: the line follows the market, not the odd listing.
 */

export interface DailyMedian {
  /** Epoch milliseconds of the day. */
  at: number;
  median: number;
  listings: number;
}

const DAY_MS = 86_400_000;

/** Each day's weighted median over the days within `halfWindowDays` of it (input in any order). */
export function smoothDaily(
  days: readonly DailyMedian[],
  halfWindowDays = 3,
): { at: number; value: number }[] {
  const sorted = days
    .filter((d) => Number.isFinite(d.at) && Number.isFinite(d.median) && d.listings > 0)
    .sort((a, b) => a.at - b.at);
  const span = halfWindowDays * DAY_MS;
  const out: { at: number; value: number }[] = [];
  let from = 0;
  let to = 0;
  for (const day of sorted) {
    while ((sorted[from] as DailyMedian).at < day.at - span) from++;
    while (to < sorted.length && (sorted[to] as DailyMedian).at <= day.at + span) to++;
    const window = sorted.slice(from, to).sort((a, b) => a.median - b.median);
    const total = window.reduce((sum, d) => sum + d.listings, 0);
    let seen = 0;
    let value = day.median;
    for (const d of window) {
      seen += d.listings;
      if (seen * 2 >= total) {
        value = d.median;
        break;
      }
    }
    out.push({ at: day.at, value });
  }
  return out;
}
