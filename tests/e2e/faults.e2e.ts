/**
 * Faults in real Chromium:
 * - the service worker stopped (CDP) again and again while pages send listings: every batch
 *   the content script saw acknowledged is in the store, and what was not acknowledged is
 *   resent until it is;
 * - two tabs ingesting at once, with listings in common;
 * - a write refused for quota: a clear message, and the store exactly as before;
 * - a database written at every earlier schema version, opened by today's code: all data kept.
 * The last two run the real history store against Chromium's own IndexedDB in a plain page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRecord } from '../../lib/history/lifecycle';
import type { ObservationRecord } from '../../lib/history/records';
import { BADGE_PROBE, type BadgeProbe } from '../bench/pages/badge-probe';
import { bundleForBrowser } from '../bench/pages/bundle-page';
import { cardHtml, RESULTS_SELECTOR, SEARCH_URL, searchPageHtml } from '../bench/pages/goofish-page';
import { BENCH_ORIGIN, openPlainPage, type PlainPage } from '../bench/pages/plain-chromium';
import { type SyntheticCard, syntheticCards } from '../bench/pages/synthetic';
import { controlWorker } from './cdp';
import { type ExtensionSession, launchWithExtension, sendFromExtension, tabIdOf } from './harness';

declare const __rigscoutBench: BadgeProbe;

interface ExportedObservation {
  listingId: string;
  observedAt: string;
  isMiningRig: boolean;
}

async function exportedObservations(session: ExtensionSession): Promise<ExportedObservation[]> {
  const answer = await sendFromExtension<{ ok: boolean; text: string }>(session, {
    type: 'page/export-history',
    format: 'jsonl',
  });
  expect(answer.ok).toBe(true);
  return answer.text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ExportedObservation);
}

/** A goofish search tab with the badge probe, its content script running (a sentinel badged). */
async function searchTab(session: ExtensionSession, query: string): Promise<Page> {
  const url = `${SEARCH_URL}&fault=${query}`;
  session.serve(url, { body: searchPageHtml(syntheticCards(1, 800_000_000_000 + query.length * 7919, 1)) });
  const page = await session.context.newPage();
  await page.addInitScript({ content: BADGE_PROBE });
  await page.goto(url);
  await page.waitForSelector('rigscout-badge', { timeout: 15_000 });
  return page;
}

function insert(page: Page, cards: readonly SyntheticCard[], mark: string): Promise<boolean> {
  return page.evaluate(([sel, html, ids, m]) => __rigscoutBench.insert(sel, html, ids, m), [
    RESULTS_SELECTOR,
    cards.map(cardHtml).join(''),
    cards.map((card) => card.id),
    mark,
  ] as const);
}

function settle(page: Page, cards: readonly SyntheticCard[], timeoutMs: number): Promise<boolean> {
  return page.evaluate(([ids, t]) => __rigscoutBench.settle(ids, 'settled', t), [
    cards.map((card) => card.id),
    timeoutMs,
  ] as const);
}

describe('the extension under faults', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('loses no acknowledged write when the service worker is stopped mid-ingest, and resends the rest', async () => {
    const page = await searchTab(session, 'stop');
    const worker = await controlWorker(session, page);
    const batches = [0, 1, 2, 3, 4].map((b) => syntheticCards(60, 810_000_000_000 + b * 1000, 100 + b));
    const inserted: number[] = [];
    const settledAt: number[] = [];

    // Stop the worker every 30–80 ms for 2.5 s while five batches of 60 cards arrive.
    let stopping = true;
    const stopper = (async () => {
      const until = Date.now() + 2500;
      while (stopping && Date.now() < until) {
        await worker.stopAll();
        await new Promise((r) => setTimeout(r, 30 + Math.random() * 50));
      }
    })();
    const settled = batches.map(async (cards, b) => {
      await new Promise((r) => setTimeout(r, b * 300));
      inserted[b] = Date.now();
      await insert(page, cards, `batch-${b}`);
      // Retries back off to 8 s; after the stopping ends every batch must get through.
      const ok = await settle(page, cards, 30_000);
      settledAt[b] = Date.now();
      return ok;
    });
    const results = await Promise.all(settled);
    stopping = false;
    await stopper;

    expect(results).toEqual([true, true, true, true, true]);
    // The worker really was stopped, and at least once while a batch waited for its answer.
    expect(worker.stops.length).toBeGreaterThanOrEqual(3);
    const interrupted = batches.some((_, b) =>
      worker.stops.some((t) => t > (inserted[b] as number) && t < (settledAt[b] as number)),
    );
    expect(interrupted).toBe(true);

    // Stop it once more so nothing is answered from memory, then read the store back.
    await worker.stopAll();
    const stored = await exportedObservations(session);
    const storedIds = new Set(stored.map((o) => o.listingId));
    // Every listing the page showed, rig or not, is in the history exactly once per instant.
    const allIds = batches.flat().map((c) => c.id);
    expect(allIds.filter((id) => !storedIds.has(id))).toEqual([]);
    // Resending is idempotent: one observation per listing and instant.
    const pairs = stored.map((o) => `${o.listingId}|${o.observedAt}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    await worker.detach();
    await page.close();
  });

  it('keeps both tabs’ listings when two tabs ingest at once', async () => {
    const [left, right] = await Promise.all([searchTab(session, 'left'), searchTab(session, 'right')]);
    const shared = syntheticCards(30, 830_000_000_000, 7);
    const leftCards = [...shared, ...syntheticCards(30, 831_000_000_000, 8)];
    const rightCards = [...shared, ...syntheticCards(30, 832_000_000_000, 9)];
    const before = await exportedObservations(session);

    await Promise.all([insert(left as Page, leftCards, 'l'), insert(right as Page, rightCards, 'r')]);
    expect(
      await Promise.all([settle(left as Page, leftCards, 20_000), settle(right as Page, rightCards, 20_000)]),
    ).toEqual([true, true]);

    const stored = await exportedObservations(session);
    const rigIds = new Set([...leftCards, ...rightCards].filter((c) => c.rig).map((c) => c.id));
    const added = stored.filter((o) => rigIds.has(o.listingId));
    // Every rig once: the shared listings, seen by both tabs at the same price, are stored once
    // (or once per distinct instant), never lost, never doubled at one instant.
    expect(new Set(added.map((o) => o.listingId))).toEqual(rigIds);
    const pairs = added.map((o) => `${o.listingId}|${o.observedAt}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(stored.length).toBeGreaterThanOrEqual(before.length + rigIds.size);

    // Each tab's popup list holds its own listings.
    for (const [page, cards] of [
      [left, leftCards],
      [right, rightCards],
    ] as const) {
      const tabId = await tabIdOf(session, page as Page);
      const answer = await sendFromExtension<{
        ok: boolean;
        listings: { observation: { listingId: string } }[];
      }>(session, { type: 'page/tab-listings', tabId });
      expect(answer.ok).toBe(true);
      const listed = new Set(answer.listings.map((l) => l.observation.listingId));
      for (const card of cards) if (card.rig) expect(listed.has(card.id)).toBe(true);
    }
    await left?.close();
    await right?.close();
  });
});

interface IngestOutcome {
  ok: boolean;
  added?: number;
  name?: string;
  message?: string;
  cause?: string | null;
}
interface StoreDump {
  observations: unknown[];
  lifecycles: unknown[];
  buckets: unknown[];
  expectedBuckets: unknown[];
}
interface FaultsApi {
  ingest(name: string, count: number, firstId: number, at: string, titlePad: number): Promise<IngestOutcome>;
  dump(name: string): Promise<StoreDump>;
  upgrade(
    name: string,
    snapshot: unknown,
  ): Promise<
    StoreDump & {
      storeNames: string[];
      version: number;
      counts: { observations: number; listings: number };
      exported: unknown[];
    }
  >;
  usage(): Promise<number>;
  currentVersion: number;
}
declare const rigscoutFaults: FaultsApi;

describe('the history store in Chromium IndexedDB under faults', () => {
  let plain: PlainPage;

  beforeAll(async () => {
    plain = await openPlainPage(await bundleForBrowser('history-faults-entry.ts'));
    await plain.page.waitForFunction(() => 'rigscoutFaults' in window);
  });

  afterAll(async () => {
    await plain?.close();
  });

  it('refuses a write over quota with a clear message and leaves the store as it was', async () => {
    const { page, context } = plain;
    const ingest = (count: number, firstId: number, at: string, pad: number) =>
      page.evaluate(([c, f, a, p]) => rigscoutFaults.ingest('quota', c, f, a, p), [
        count,
        firstId,
        at,
        pad,
      ] as const);
    // Chromium reads an origin's quota when it opens its IndexedDB backing store: set it first.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: BENCH_ORIGIN, quotaSize: 1024 * 1024 });
    expect(await ingest(50, 840_000_000_000, '2026-11-01T10:00:00Z', 0)).toMatchObject({
      ok: true,
      added: 50,
    });
    const before = await page.evaluate(() => rigscoutFaults.dump('quota'));

    // 400 listings with 3000 random characters in each title: megabytes, over the 1 MB quota.
    const refused = await ingest(400, 841_000_000_000, '2026-11-02T10:00:00Z', 3000);
    expect(refused).toMatchObject({ ok: false, name: 'HistoryStoreError', cause: 'QuotaExceededError' });
    expect(refused.message).toMatch(/storage is full/i);
    expect(refused.message).not.toMatch(/DOMException|at \w+ \(/);

    const after = await page.evaluate(() => rigscoutFaults.dump('quota'));
    expect(after).toEqual(before);
    expect(after.buckets).toEqual(after.expectedBuckets);

    // With room again, the same write goes through.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: BENCH_ORIGIN, quotaSize: 1024 ** 3 });
    expect(await ingest(400, 841_000_000_000, '2026-11-02T10:00:00Z', 3000)).toMatchObject({
      ok: true,
      added: 400,
    });
    await cdp.detach();
  });

  const snapshotDir = resolve(import.meta.dirname, '../unit/history/snapshots');

  /** A snapshot file: v1 and v2 state their records; from v3 on (compact records) also what they hold. */
  interface SnapshotFile {
    version: number;
    stores: Record<string, unknown[]> & { observations?: ObservationRecord[]; listings?: unknown[] };
    expected?: { observations: unknown[]; lifecycles: unknown[] };
  }

  function expectedOf(snapshot: SnapshotFile): { observations: unknown[]; lifecycles: unknown[] } {
    if (snapshot.expected) return snapshot.expected;
    return {
      observations: (snapshot.stores.observations ?? []).map(fromRecord),
      lifecycles: snapshot.stores.listings ?? [],
    };
  }
  const snapshots = readdirSync(snapshotDir)
    .filter((file) => /^v\d+\.json$/.test(file))
    .sort();

  it('has a snapshot for every earlier schema version', async () => {
    const current = await plain.page.evaluate(() => rigscoutFaults.currentVersion);
    const versions = snapshots.map((file) => Number(/\d+/.exec(file)?.[0]));
    for (let v = 1; v < current; v++) expect(versions).toContain(v);
  });

  it.each(snapshots)('upgrades %s to the current version in Chromium keeping all data', async (file) => {
    const snapshot = JSON.parse(readFileSync(resolve(snapshotDir, file), 'utf8')) as SnapshotFile;
    const result = await plain.page.evaluate(([name, snap]) => rigscoutFaults.upgrade(name, snap), [
      `upgrade-${file}`,
      { version: snapshot.version, stores: snapshot.stores },
    ] as const);
    const current = await plain.page.evaluate(() => rigscoutFaults.currentVersion);
    const expected = expectedOf(snapshot);
    expect(result.storeNames).toEqual(Object.keys(snapshot.stores).sort());
    expect(result.version).toBe(current);
    expect(result.counts.observations).toBe(expected.observations.length);
    expect(result.counts.listings).toBe(expected.lifecycles.length);
    expect(result.observations).toEqual(expect.arrayContaining(expected.observations));
    expect(result.lifecycles).toEqual(expect.arrayContaining(expected.lifecycles));
    expect(result.buckets).toEqual(result.expectedBuckets);
    expect(result.exported).toHaveLength(expected.observations.length);
  });
});
