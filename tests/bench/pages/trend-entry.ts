/**
 * Browser entry of the chromium-trend bench: the real history store (lib/history over the
 * browser's own IndexedDB) and the background's history API, driven from a plain page.
 * Bundled by ./bundle-page.ts; the bench calls `window.rigscoutTrendBench` from Playwright.
 */
import { createHistoryApi } from '@/lib/background/history-api';
import { DEFAULT_RATES } from '@/lib/currency/rates';
import { type HistoryStore, openHistoryDb } from '@/lib/history';
import type { Listing, Observation } from '@/lib/schema';
import { seededRandom } from '@/lib/seeded-random';
import { dayNumber } from '@/lib/trend/sample';
import { type SyntheticModel, syntheticListing, syntheticModels } from './synthetic';

const DAY_MS = 86_400_000;
const WINDOW_DAYS = 90;
const IMPORT_CHUNK = 5000;
const PROVINCES = ['内蒙古', '四川', '新疆', '云南', '贵州', '青海', '河南', '广东'];
const OPTIONS = { windowDays: WINDOW_DAYS, band: 0.05, rates: DEFAULT_RATES, minSubdivisionListings: 5 };

export interface SeedResult {
  observations: number;
  ms: number;
  /** Observations per second while ingesting in page-sized batches. */
  perSecond: number;
}

const stores = new Map<string, HistoryStore>();
function store(name: string): HistoryStore {
  let found = stores.get(name);
  if (!found) {
    found = openHistoryDb(name);
    stores.set(name, found);
  }
  return found;
}

/** The listing `l` (of `listings`) as seen with a fresh price. */
function listingAt(l: number, rnd: () => number): Listing {
  const all = syntheticModels();
  const model = all[l % all.length] as SyntheticModel;
  const province = PROVINCES[(l >> 4) % PROVINCES.length] as string;
  const price = Math.round(model.priceCny * (0.75 + rnd() * 0.5));
  return syntheticListing(String(100_000_000_000 + l), model, province, price);
}

/**
 * Seed `listings` listings seen `rounds` times each (every sighting at a new price) over the
 * `WINDOW_DAYS` days before `now`, through the store's bulk import, 5000 per transaction (the
 * history API's import chunk). Generated chunk by chunk: a million observations never sit in
 * memory at once.
 */
async function seed(name: string, listings: number, rounds: number, now: number): Promise<SeedResult> {
  const history = store(name);
  const rnd = seededRandom(listings * 31 + rounds);
  const before = (await history.counts()).observations;
  const start = performance.now();
  const span = WINDOW_DAYS * DAY_MS;
  for (let round = 0; round < rounds; round++) {
    for (let first = 0; first < listings; first += IMPORT_CHUNK) {
      const chunk: Observation[] = [];
      for (let l = first; l < Math.min(listings, first + IMPORT_CHUNK); l++) {
        const at = now - span + Math.floor(((round + rnd()) / rounds) * span);
        chunk.push({ ...listingAt(l, rnd), observedAt: new Date(at).toISOString() });
      }
      await history.importObservations(chunk);
    }
  }
  const ms = performance.now() - start;
  const observations = (await history.counts()).observations - before;
  return { observations, ms, perSecond: (observations / ms) * 1000 };
}

/**
 * The live ingest rate: `pages` pages of 60 listings never seen before, each written the way
 * the background writes a content script's batch (`ingest`, reading back the trend samples of
 * the window), into a fresh store. Observations stored per second.
 */
async function ingestRate(name: string, pages: number, now: number): Promise<SeedResult> {
  const history = store(name);
  const rnd = seededRandom(pages);
  let observations = 0;
  const start = performance.now();
  for (let p = 0; p < pages; p++) {
    const page: Listing[] = [];
    for (let k = 0; k < 60; k++) page.push(listingAt(5_000_000 + p * 60 + k, rnd));
    const at = now - (pages - p) * 60_000;
    observations += (await history.ingest(page, new Date(at).toISOString(), dayNumber(at) - WINDOW_DAYS + 1))
      .added;
  }
  const ms = performance.now() - start;
  return { observations, ms, perSecond: (observations / ms) * 1000 };
}

/**
 * Answer one page of 60 listings the way the background does (`ingestAndJudge`): 45 known
 * listings at a new price and 15 never seen, at `now`. Returns milliseconds.
 */
async function page60(name: string, listings: number, now: number, seedValue: number): Promise<number> {
  const api = createHistoryApi(store(name), async () => OPTIONS, { now: () => now });
  const rnd = seededRandom(seedValue);
  const page: Listing[] = [];
  for (let i = 0; i < 45; i++) page.push(listingAt(Math.floor(rnd() * listings), rnd));
  for (let i = 0; i < 15; i++) page.push(listingAt(listings + seedValue * 15 + i, rnd));
  const start = performance.now();
  const verdicts = await api.ingestAndJudge(page, new Date(now).toISOString());
  const ms = performance.now() - start;
  if (verdicts.length !== 60) throw new Error(`expected 60 verdicts, got ${verdicts.length}`);
  const judged = verdicts.filter((v) => v.verdict.verdict !== 'unknown').length;
  if (judged < 30) throw new Error(`only ${judged} of 60 listings were judged against a trend`);
  return ms;
}

async function usageBytes(): Promise<number> {
  const estimate = await navigator.storage.estimate();
  return estimate.usage ?? 0;
}

async function close(name: string): Promise<void> {
  await stores.get(name)?.close();
  stores.delete(name);
}

Object.assign(window, { rigscoutTrendBench: { seed, ingestRate, page60, usageBytes, close } });
