/**
 * The history in real Chromium IndexedDB: the real store and the background's history API,
 * bundled into a plain page. Seeds 100 000 observations through the store's own bulk import,
 * and reports
 *
 * - `history.ingest_per_s_chromium`: observations stored per second by live ingest, pages of
 *   60 new listings written as the background writes a content script's batch;
 * - `storage.mb_per_100k_observations`: `navigator.storage.estimate()` growth per 100 000;
 * - `trend.page60_ms_at_100k`: answering a page of 60 listings as the background does
 *   (`ingestAndJudge`: write, read the models' trend buckets, judge), median of 9 pages;
 * - `trend.page60_ms_at_1m`: the same over 1 000 000 observations, only when
 *   RIGSCOUT_BENCH_1M=1 (seeding takes minutes).
 */
import { atLeast, atMost, type BenchResult, median } from './harness';
import { bundleForBrowser } from './pages/bundle-page';
import { openPlainPage } from './pages/plain-chromium';

interface SeedResult {
  observations: number;
  ms: number;
  perSecond: number;
}
interface TrendBenchApi {
  seed(name: string, listings: number, rounds: number, now: number): Promise<SeedResult>;
  ingestRate(name: string, pages: number, now: number): Promise<SeedResult>;
  page60(name: string, listings: number, now: number, seed: number): Promise<number>;
  usageBytes(): Promise<number>;
  close(name: string): Promise<void>;
}
declare const rigscoutTrendBench: TrendBenchApi;

const NOW = Date.parse('2026-11-20T12:00:00Z');
const PAGES = 9;
const MB = 1024 * 1024;

export default async function run(): Promise<BenchResult[]> {
  const script = await bundleForBrowser('trend-entry.ts');
  const { page, close } = await openPlainPage(script);
  page.setDefaultTimeout(0);
  const verbose = (what: string, value: unknown) => {
    if (process.env.RIGSCOUT_BENCH_VERBOSE === '1')
      process.stderr.write(`${what}: ${JSON.stringify(value)}\n`);
  };
  const pageTimes = async (name: string, listings: number) => {
    const times: number[] = [];
    for (let i = 0; i < PAGES; i++)
      times.push(
        await page.evaluate(([n, l, now, s]) => rigscoutTrendBench.page60(n, l, now, s), [
          name,
          listings,
          NOW,
          i,
        ] as const),
      );
    verbose(`page60 ${name}`, times);
    return median(times);
  };
  try {
    await page.waitForFunction(() => 'rigscoutTrendBench' in window);
    const results: BenchResult[] = [];

    const rate = await page.evaluate((now) => rigscoutTrendBench.ingestRate('ingest', 100, now), NOW);
    verbose('ingest', rate);
    results.push(atLeast('history.ingest_per_s_chromium', rate.perSecond, 'obs/s', 20_000));

    const before = await page.evaluate(() => rigscoutTrendBench.usageBytes());
    // 20 000 listings seen 5 times each: 100 000 observations.
    const seeded = await page.evaluate((now) => rigscoutTrendBench.seed('h100k', 20_000, 5, now), NOW);
    verbose('import 100k', seeded);
    if (seeded.observations < 99_000) throw new Error(`seeded only ${seeded.observations} observations`);
    await page.evaluate(() => rigscoutTrendBench.close('h100k'));
    // Chromium writes IndexedDB to disk asynchronously; give the estimate a moment to catch up.
    await page.waitForTimeout(2000);
    const after = await page.evaluate(() => rigscoutTrendBench.usageBytes());
    const mb = ((after - before) / MB) * (100_000 / seeded.observations);
    results.push(atMost('storage.mb_per_100k_observations', mb, 'MB', 40));
    results.push(atMost('trend.page60_ms_at_100k', await pageTimes('h100k', 20_000), 'ms', 50));

    if (process.env.RIGSCOUT_BENCH_1M === '1') {
      // 50 000 listings seen 20 times each: 1 000 000 observations.
      const big = await page.evaluate((now) => rigscoutTrendBench.seed('h1m', 50_000, 20, now), NOW);
      verbose('import 1m', big);
      if (big.observations < 990_000) throw new Error(`seeded only ${big.observations} observations`);
      results.push(atMost('trend.page60_ms_at_1m', await pageTimes('h1m', 50_000), 'ms', 50));
    }
    return results;
  } finally {
    await close();
  }
}
