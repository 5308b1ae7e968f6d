/**
 * Chromium without the extension, for benches that load lib/ code into a plain page: a
 * persistent profile (so IndexedDB lives on disk as it does for the extension), no network
 * (every request but the served page and its bundle is refused), headless, the same hardened
 * switches as the e2e harness.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM } from '../../e2e/harness';

export const BENCH_ORIGIN = 'https://bench.rigscout.test';

export interface PlainPage {
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
}

/** Open `${BENCH_ORIGIN}/` running the bundled module `script`. */
export async function openPlainPage(script: string): Promise<PlainPage> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'rigscout-bench-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-sync',
      '--disable-component-update',
      '--disable-background-networking',
      '--host-resolver-rules=MAP * ~NOTFOUND',
    ],
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === `${BENCH_ORIGIN}/`)
      await route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: '<!DOCTYPE html><meta charset="utf-8"><title>bench</title><script type="module" src="/entry.js"></script>',
      });
    else if (url === `${BENCH_ORIGIN}/entry.js`)
      await route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: script });
    else await route.abort('blockedbyclient');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${BENCH_ORIGIN}/`);
  return {
    page,
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
