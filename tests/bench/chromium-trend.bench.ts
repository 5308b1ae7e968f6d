/**
 * The history in real Chromium IndexedDB: the real store and the background's history API,
 * bundled into a plain page. Seeds 100 000 observations through the store's own ingest in
 * batches of 200 (the content script's batch size), and reports
 *
 * - `history.ingest_per_s_chromium`: observations stored per second while seeding;
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
  seed(name: string, listings: number, rounds: number, batch: number, now: number): Promise<SeedResult>;
  page60(name: string, listings: number, now: number, seed: number): Promise<number>;
  usageBytes(): Promise<number>;
  close(name: string): Promise<void>;
}
declare const rigscoutTrendBench: TrendBenchApi;

const NOW = Date.parse('2026-11-20T12:00:00Z');
const BATCH = 200;
const PAGES = 9;
const MB = 1024 * 1024;

export default async function run(): Promise<BenchResult[]> {
  const script = await bundleForBrowser('trend-entry.ts');
  const { page, close } = await openPlainPage(script);
  page.setDefaultTimeout(0);
  try {
    await page.waitForFunction(() => 'rigscoutTrendBench' in window);
    const results: BenchResult[] = [];

    const before = await page.evaluate(() => rigscoutTrendBench.usageBytes());
    // 20 000 listings seen 5 times each: 100 000 observations.
    const seeded = await page.evaluate(([n, r, b, now]) => rigscoutTrendBench.seed('h100k', n, r, b, now), [
      20_000,
      5,
      BATCH,
      NOW,
    ] as const);
    if (seeded.observations < 99_000) throw new Error(`seeded only ${seeded.observations} observations`);
    results.push(atLeast('history.ingest_per_s_chromium', seeded.perSecond, 'obs/s', 20_000));
    await page.evaluate(() => rigscoutTrendBench.close('h100k'));
    // Chromium writes IndexedDB to disk asynchronously; give the estimate a moment to catch up.
    await page.waitForTimeout(2000);
    const after = await page.evaluate(() => rigscoutTrendBench.usageBytes());
    results.push(
      atMost(
        'storage.mb_per_100k_observations',
        ((after - before) / MB) * (100_000 / seeded.observations),
        'MB',
        40,
      ),
    );

    const times: number[] = [];
    for (let i = 0; i < PAGES; i++)
      times.push(
        await page.evaluate(([n, now, s]) => rigscoutTrendBench.page60('h100k', n, now, s), [
          20_000,
          NOW,
          i,
        ] as const),
      );
    results.push(atMost('trend.page60_ms_at_100k', median(times), 'ms', 50));

    if (process.env.RIGSCOUT_BENCH_1M === '1') {
      // 50 000 listings seen 20 times each: 1 000 000 observations.
      await page.evaluate(([n, r, b, now]) => rigscoutTrendBench.seed('h1m', n, r, b, now), [
        50_000,
        20,
        1000,
        NOW,
      ] as const);
      const big: number[] = [];
      for (let i = 0; i < PAGES; i++)
        big.push(
          await page.evaluate(([n, now, s]) => rigscoutTrendBench.page60('h1m', n, now, s), [
            50_000,
            NOW,
            i,
          ] as const),
        );
      results.push(atMost('trend.page60_ms_at_1m', median(big), 'ms', 50));
    }
    return results;
  } finally {
    await close();
  }
}
