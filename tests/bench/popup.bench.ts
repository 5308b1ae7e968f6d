/**
 * Popup first paint with a chart, in real Chromium with the built extension: the popup page is
 * opened for a goofish tab over a seeded history, and the time from navigation start to the
 * `rigscout:first-chart-paint` mark (set by the chart's first uPlot draw) is read from the
 * page's own performance timeline. That span covers loading React and uPlot, asking the
 * background for the tab's listings and the model's regional series, and drawing. Median of 9
 * opens, after one warm-up open (the first open compiles the chunks; a user's later opens hit
 * the code cache).
 */

import { toJsonl } from '../../lib/history/jsonl';
import { generateSampleHistory } from '../../lib/history/sample';
import { launchWithExtension, repoFile, sendFromExtension, tabIdOf } from '../e2e/harness';
import { atMost, type BenchResult, median } from './harness';
import { ensureExtensionBuilt } from './pages/build-extension';

const RUNS = 9;
const MARK = 'rigscout:first-chart-paint';
const URL = 'https://www.goofish.com/search?q=%E7%9F%BF%E6%9C%BA';

export default async function run(): Promise<BenchResult[]> {
  ensureExtensionBuilt();
  const session = await launchWithExtension({
    pages: { [URL]: { body: await repoFile('tests/fixtures/goofish/search-miners.html') } },
  });
  try {
    // The harness refuses what it does not serve, the extension's own page scripts included.
    await session.context.route(
      (url) => url.protocol === 'chrome-extension:',
      (route) => route.continue(),
    );
    const seeded = await sendFromExtension<{ ok: boolean; error?: string }>(session, {
      type: 'page/import-history',
      text: toJsonl(generateSampleHistory(7, new Date())),
    });
    if (!seeded.ok) throw new Error(`seeding the history failed: ${seeded.error}`);
    const page = await session.context.newPage();
    await page.goto(URL);
    await page.waitForFunction(
      () =>
        document.querySelectorAll('rigscout-badge').length > 0 &&
        document.querySelectorAll('rigscout-badge[data-rigscout-state="pending"]').length === 0,
      undefined,
      { timeout: 20_000 },
    );
    const tabId = await tabIdOf(session, page);
    const popupUrl = `chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`;

    const times: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const popup = await session.context.newPage();
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.goto(popupUrl);
      const at = await popup.waitForFunction(
        (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? false,
        MARK,
        { timeout: 15_000 },
      );
      const ms = (await at.jsonValue()) as number;
      if (i > 0) times.push(ms);
      await popup.close();
    }
    return [atMost('popup.first_chart_paint_ms', median(times), 'ms', 150)];
  } finally {
    await session.close();
  }
}
