/**
 * History benchmarks (Node, fake-indexeddb): ingest rate, and the time to answer a page of 60
 * listings (ingest + verdicts, one round trip) with 100,000 observations stored, and with
 * 1,000,000 when RIGSCOUT_BENCH_1M=1. fake-indexeddb is a pure-JS IndexedDB several times slower
 * than Chromium's, so these figures are an upper bound; the goals (≥ 20,000 observations/s,
 * ≤ 50 ms for a page at one million) are for real Chromium IndexedDB, measured by the e2e bench
 * with the same store API and lib/history/synthetic.ts.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createHistoryApi } from '@/lib/background/history-api';
import { openHistoryDb } from '@/lib/history';
import { syntheticListing, syntheticObservations, syntheticPage } from '@/lib/history/synthetic';
import type { Listing } from '@/lib/schema';
import { seededRandom } from '@/lib/seeded-random';
import { DEFAULT_TREND_OPTIONS } from '@/lib/trend/options';
import { atLeast, atMost, type BenchResult, median } from './harness';

const DAY_MS = 86_400_000;

async function loaded(count: number, now: number) {
  const store = openHistoryDb(`bench-${count}`, new IDBFactory());
  const api = createHistoryApi(store, async () => DEFAULT_TREND_OPTIONS, { storage: {} });
  const observations = syntheticObservations(count, 1, now - DAY_MS);
  for (let i = 0; i < observations.length; i += 5000)
    await store.importObservations(observations.slice(i, i + 5000));
  return { store, api };
}

/** Time a page of 60 (half known listings with a new price, half new) `rounds` times; the median ms. */
async function pageTime(api: ReturnType<typeof createHistoryApi>, count: number, now: number, rounds = 7) {
  const random = seededRandom(99);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const page = syntheticPage(count, r, random);
    const at = new Date(now + r * 60_000).toISOString();
    const start = performance.now();
    const verdicts = await api.ingestAndJudge(page, at);
    times.push(performance.now() - start);
    if (verdicts.length !== 60 || verdicts.some((v) => v.verdict.verdict === 'unknown')) {
      throw new Error('page verdicts missing');
    }
  }
  return median(times);
}

export default async function run(): Promise<BenchResult[]> {
  const now = Date.parse('2026-06-30T12:00:00Z');
  const results: BenchResult[] = [];

  // Ingest: pages of 60 new listings, as the content script sends them.
  {
    const store = openHistoryDb('bench-ingest', new IDBFactory());
    const random = seededRandom(7);
    const pages = 100;
    const batches = Array.from({ length: pages }, (_, p) =>
      Array.from({ length: 60 }, (_, k) => syntheticListing(p * 60 + k, random)),
    );
    await store.ingest(batches[0] as Listing[], new Date(now - 2 * DAY_MS).toISOString(), null);
    const start = performance.now();
    let added = 0;
    for (let p = 1; p < pages; p++) {
      added += (
        await store.ingest(batches[p] as Listing[], new Date(now - DAY_MS + p * 1000).toISOString(), null)
      ).added;
    }
    const seconds = (performance.now() - start) / 1000;
    results.push(atLeast('history.ingest_per_s (fake-indexeddb)', added / seconds, 'observations/s', 20_000));
    await store.close();
  }

  // Import (bulk) rate, and a page of 60 at 100k stored.
  {
    const start = performance.now();
    const { store, api } = await loaded(100_000, now);
    const seconds = (performance.now() - start) / 1000;
    results.push(
      atLeast('history.import_per_s (fake-indexeddb)', 100_000 / seconds, 'observations/s', 20_000),
    );
    results.push(
      atMost('trend.page60_ms_at_100k (fake-indexeddb)', await pageTime(api, 100_000, now), 'ms', 50),
    );
    await store.close();
  }

  if (process.env.RIGSCOUT_BENCH_1M === '1') {
    const { store, api } = await loaded(1_000_000, now);
    results.push(
      atMost('trend.page60_ms_at_1m (fake-indexeddb)', await pageTime(api, 1_000_000, now), 'ms', 50),
    );
    await store.close();
  }
  return results;
}
