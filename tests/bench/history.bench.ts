/**
 * History benchmarks (Node, fake-indexeddb): ingest rate, and the time to answer a page of 60
 * listings (ingest + verdicts, one round trip) with 100,000 observations stored, and with
 * 1,000,000 when RIGSCOUT_BENCH_1M=1. fake-indexeddb is a pure-JS IndexedDB several times slower
 * than Chromium's, so these figures are an upper bound; the goals (≥ 20,000 observations/s,
 * ≤ 50 ms for a page at one million) are for real Chromium IndexedDB, measured by the e2e bench
 * with the same store API and `syntheticObservations`.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createHistoryApi } from '@/lib/background/history-api';
import { openHistoryDb } from '@/lib/history';
import type { Listing, Observation } from '@/lib/schema';
import { DEFAULT_TREND_OPTIONS } from '@/lib/trend/options';
import { atLeast, atMost, type BenchResult, median } from './harness';

const DAY_MS = 86_400_000;
const MODELS: [string, string, number][] = [
  ['Antminer S19j Pro', 'SHA-256', 104e12],
  ['Antminer S19 Pro', 'SHA-256', 110e12],
  ['Antminer S19', 'SHA-256', 95e12],
  ['Antminer S19 XP', 'SHA-256', 140e12],
  ['Antminer S21', 'SHA-256', 200e12],
  ['Antminer L7', 'Scrypt', 9.5e9],
  ['Whatsminer M30S++', 'SHA-256', 112e12],
  ['Whatsminer M50', 'SHA-256', 118e12],
  ['AvalonMiner 1246', 'SHA-256', 90e12],
  ['Antminer KS3', 'kHeavyHash', 9.4e12],
];
const SUBDIVISIONS = [
  'CN-NM',
  'CN-SC',
  'CN-XJ',
  'CN-SN',
  'CN-GD',
  'CN-BJ',
  'CN-SH',
  'CN-YN',
  'CN-GZ',
  'CN-QH',
];

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A listing of the synthetic market: model, province and price follow `index`. */
function syntheticListing(index: number, random: () => number): Listing {
  const [model, algorithm, hashrateHs] = MODELS[index % MODELS.length] as [string, string, number];
  const subdivision = SUBDIVISIONS[Math.floor(index / MODELS.length) % SUBDIVISIONS.length] as string;
  return {
    site: 'goofish',
    listingId: `bench-${index}`,
    url: `https://www.goofish.com/item?id=bench-${index}`,
    title: `${model} 二手 矿机 bench ${index}`,
    price: { amount: Math.round(3000 + random() * 2000), currency: 'CNY', maxAmount: null },
    quantity: 1,
    region: { country: 'CN', subdivision, text: null },
    miner: { model, vendor: null, algorithm, hashrateHs, hashrateSource: 'catalog', powerW: null },
    isMiningRig: true,
    exclusion: null,
    postedAt: null,
  };
}

/**
 * `count` observations over the 120 days before `now`: listings seen about three times each with
 * a new price every time (so every sighting is an observation), ten models, ten provinces.
 */
export function syntheticObservations(count: number, seed: number, now: number): Observation[] {
  const random = prng(seed);
  const out: Observation[] = [];
  const listings = Math.ceil(count / 3);
  for (let i = 0; out.length < count; i++) {
    const index = i % listings;
    const age = 120 * (1 - i / count);
    out.push({
      ...syntheticListing(index, random),
      observedAt: new Date(Math.floor(now - age * DAY_MS)).toISOString(),
    });
  }
  return out;
}

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
  const random = prng(99);
  const known = Math.ceil(count / 3);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const page: Listing[] = [];
    for (let k = 0; k < 60; k++) {
      const index = k % 2 === 0 ? Math.floor(random() * known) : known + r * 60 + k;
      page.push(syntheticListing(index, random));
    }
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
    const random = prng(7);
    const pages = 100;
    const batches = Array.from({ length: pages }, (_, p) =>
      Array.from({ length: 60 }, (_, k) => syntheticListing(p * 60 + k, random)),
    );
    await store.ingest(batches[0] as Listing[], new Date(now - 2 * DAY_MS).toISOString(), 0);
    const start = performance.now();
    let added = 0;
    for (let p = 1; p < pages; p++) {
      added += (
        await store.ingest(batches[p] as Listing[], new Date(now - DAY_MS + p * 1000).toISOString(), 0)
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
