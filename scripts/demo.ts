/**
 * `npm run demo`: the built extension in Chromium on bundled sample marketplace pages, served
 * locally under their real URLs, with a seeded sample history (lib/history/sample.ts, every
 * listing labelled as sample data). With a display it opens a window and waits until you close
 * it; without one it runs headless and writes screenshots to demo-output/.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { generateSampleHistory } from '@/lib/history/sample';
import { launchWithExtension, openPopup, sendFromExtension } from '../tests/e2e/harness';
import { DEMO_PAGES } from './demo-pages';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'demo-output');
const headed = Boolean(process.env.DISPLAY) && !process.env.CI && !process.argv.includes('--headless');

async function main(): Promise<void> {
  const pages: Record<string, { body: Buffer }> = {};
  for (const page of DEMO_PAGES) pages[page.url] = { body: await readFile(resolve(root, page.file)) };
  const session = await launchWithExtension({ headed, pages });
  try {
    const now = new Date();
    const history = generateSampleHistory(20211, now);
    const jsonl = `${history.map((observation) => JSON.stringify(observation)).join('\n')}\n`;
    const imported = await sendFromExtension<{ ok: boolean; error?: string }>(session, {
      type: 'page/import-history',
      text: jsonl,
    });
    if (!imported.ok) throw new Error(`could not seed the sample history: ${imported.error}`);
    console.log(`demo: seeded ${history.length} sample observations (labelled sample data)`);

    await mkdir(outDir, { recursive: true });
    const written: string[] = [];
    for (const demo of DEMO_PAGES) {
      const page = await session.context.newPage();
      await page.goto(demo.url);
      await page
        .waitForFunction(
          () =>
            document.querySelectorAll('rigscout-badge').length > 0 &&
            document.querySelectorAll('rigscout-badge[data-rigscout-state="pending"]').length === 0,
          undefined,
          { timeout: 15_000 },
        )
        .catch(() => console.warn(`demo: no settled badges on ${demo.url}`));
      if (headed) continue;
      const shot = resolve(outDir, `${demo.name}.png`);
      await page.screenshot({ path: shot, fullPage: false });
      written.push(shot);
      const popup = await openPopup(session, page);
      await popup.waitForSelector('.listing, .status', { timeout: 10_000 });
      const first = popup.locator('.listing button').first();
      if ((await first.count()) > 0) await first.click();
      await popup.waitForTimeout(300);
      const popupShot = resolve(outDir, `${demo.name}-popup.png`);
      await popup.screenshot({ path: popupShot, fullPage: true });
      written.push(popupShot);
      await popup.close();
    }
    if (headed) {
      console.log('demo: Chromium is open with RigScout on the sample pages; close the window to finish.');
      await new Promise<void>((resolveClose) => session.context.on('close', () => resolveClose()));
      return;
    }
    console.log('demo: screenshots written:');
    for (const path of written) console.log(`  ${path}`);
    if (session.extensionRequests.length > 0) {
      throw new Error(`the extension made network requests: ${session.extensionRequests.join(', ')}`);
    }
  } finally {
    await session.close().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
