/**
 * The content script's cost on a real goofish search page, in real Chromium with the built
 * extension: a 60-card result page rendered by the SPA (`content.scan_ms_per_60`), 60 more
 * appended by infinite scroll (`content.scroll_batch_ms_per_60`), and the longest task the
 * extension causes (`content.longest_task_ms`).
 *
 * Measured from the page side: the page marks when its cards are in and painted, and when every
 * new card's badge shows its verdict from the background (a MutationObserver sees each badge in
 * the page with a verdict and no pending state). A CDP trace gives the thread time of the
 * main-thread tasks between those marks: the extension's reading, recognising, badging and
 * verdict rendering, and the style, layout and paint they cause. The background's work runs in
 * another process and is not counted here (see chromium-trend for it). Median of 7 page loads.
 */
import { writeFile } from 'node:fs/promises';
import { type ExtensionSession, launchWithExtension, sendFromExtension } from '../e2e/harness';
import { atMost, type BenchResult, median } from './harness';
import { BADGE_PROBE, type BadgeProbe } from './pages/badge-probe';
import { ensureExtensionBuilt } from './pages/build-extension';
import { cardHtml, RESULTS_SELECTOR, SEARCH_URL, searchPageHtml } from './pages/goofish-page';
import { syntheticCards, syntheticObservations } from './pages/synthetic';
import { longestExtensionTask, startTrace, tasksBetween } from './pages/trace';

const RUNS = 7;
const CARDS = 60;
const SETTLE_TIMEOUT_MS = 15_000;

declare const __rigscoutBench: BadgeProbe;

/** Seed a history so the cards' models have trends (every verdict then settles to a value). */
async function seed(session: ExtensionSession): Promise<void> {
  const text = syntheticObservations(3000, 600, Date.now(), 60, 11)
    .map((o) => JSON.stringify(o))
    .join('\n');
  const answer = await sendFromExtension<{ ok: boolean; report?: { added: number }; error?: string }>(
    session,
    {
      type: 'page/import-history',
      text,
    },
  );
  if (!answer.ok || !answer.report || answer.report.added === 0)
    throw new Error(`seeding the history failed: ${JSON.stringify(answer).slice(0, 300)}`);
}

interface RunResult {
  scanMs: number;
  scrollMs: number;
  longestMs: number;
}

async function oneRun(session: ExtensionSession, run: number): Promise<RunResult> {
  const sentinel = syntheticCards(1, 900_000_000_000 + run * 1000, run);
  session.serve(`${SEARCH_URL}&bench=${run}`, { body: searchPageHtml(sentinel) });
  const page = await session.context.newPage();
  try {
    await page.addInitScript({ content: BADGE_PROBE });
    const cdp = await session.context.newCDPSession(page);
    const trace = await startTrace(cdp);
    await page.goto(`${SEARCH_URL}&bench=${run}`);
    // The sentinel's badge shows that the content script is running (and keeps it from
    // reporting an empty page in the middle of the measurement).
    await page.waitForSelector('rigscout-badge', { timeout: SETTLE_TIMEOUT_MS });
    await page.waitForTimeout(500);

    const batch = async (name: string, firstId: number) => {
      const cards = syntheticCards(CARDS, firstId, firstId);
      const ids = cards.map((card) => card.id);
      const html = cards.map(cardHtml).join('');
      const clean = await page.evaluate(([sel, h, i, m]) => __rigscoutBench.insert(sel, h, i, m), [
        RESULTS_SELECTOR,
        html,
        ids,
        `${name}-start`,
      ] as const);
      if (!clean) throw new Error(`${name}: badges appeared before the page had painted its cards`);
      const settled = await page.evaluate(([i, m, t]) => __rigscoutBench.settle(i, m, t), [
        ids,
        `${name}-end`,
        SETTLE_TIMEOUT_MS,
      ] as const);
      if (!settled)
        throw new Error(`${name}: not every badge received a verdict within ${SETTLE_TIMEOUT_MS} ms`);
    };
    await batch('scan', 910_000_000_000 + run * 1000);
    await batch('scroll', 920_000_000_000 + run * 1000);
    const events = await trace.stop();
    if (process.env.RIGSCOUT_BENCH_TRACE_DIR)
      await writeFile(
        `${process.env.RIGSCOUT_BENCH_TRACE_DIR}/content-run${run}.json`,
        JSON.stringify(events),
      );
    const scan = tasksBetween(events, 'scan-start', 'scan-end');
    const scroll = tasksBetween(events, 'scroll-start', 'scroll-end');
    const longest = Math.max(scan.longestMs, scroll.longestMs, longestExtensionTask(events, 'scan-start'));
    const longTasks = await page.evaluate(() => __rigscoutBench.longTasks);
    if (process.env.RIGSCOUT_BENCH_VERBOSE === '1')
      process.stderr.write(`${JSON.stringify({ run, scan, scroll, longest, longTasks })}\n`);
    return { scanMs: scan.busyMs, scrollMs: scroll.busyMs, longestMs: longest };
  } finally {
    await page.close();
  }
}

export default async function run(): Promise<BenchResult[]> {
  ensureExtensionBuilt();
  const session = await launchWithExtension();
  try {
    await seed(session);
    const runs: RunResult[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun(session, i));
    return [
      atMost('content.scan_ms_per_60', median(runs.map((r) => r.scanMs)), 'ms', 8),
      atMost('content.scroll_batch_ms_per_60', median(runs.map((r) => r.scrollMs)), 'ms', 8),
      atMost('content.longest_task_ms', Math.max(...runs.map((r) => r.longestMs)), 'ms', 50),
    ];
  } finally {
    await session.close();
  }
}
