/**
 * Real Chromium with the built extension loaded, marketplace URLs served from saved pages, and
 * no network at all: DNS resolves nothing (`--host-resolver-rules`), and every request that is
 * not a served page is refused and recorded. Requests made by the extension itself (its service
 * worker, or anything not from a served page) are collected so tests can assert there are none.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

/** The extension APIs used inside `evaluate` callbacks, which run in an extension page. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
};

// Playwright reports a service worker's own requests only with this switch (Chromium only).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ServedPage {
  body: string | Buffer;
  contentType?: string;
}

export interface LaunchOptions {
  /** Show a window (the demo with a display); headless otherwise. */
  headed?: boolean;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** URL → page, served for any request to exactly that URL (query string included). */
  pages?: Record<string, ServedPage>;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Serve another URL from now on. */
  serve(url: string, page: ServedPage): void;
  /** Requests the extension made (must stay empty: nothing leaves the machine). */
  extensionRequests: string[];
  /** Requests refused because nothing was served at that URL (the pages' own, e.g. images). */
  refused: string[];
  /** An extension page (options.html) for talking to the background as the UI does. */
  extensionPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'rigscout-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: !options.headed,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
      '--disable-component-update',
      '--disable-background-networking',
      '--host-resolver-rules=MAP * ~NOTFOUND',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  const pages = new Map(Object.entries(options.pages ?? {}));
  const extensionRequests: string[] = [];
  const refused: string[] = [];

  // Only web URLs: the extension's own pages and scripts (chrome-extension://) load as usual.
  await context.route(/^https?:\/\//, async (route) => {
    const url = route.request().url();
    const page = pages.get(url);
    if (page) {
      await route.fulfill({
        status: 200,
        body: page.body,
        contentType: page.contentType ?? 'text/html; charset=utf-8',
      });
    } else {
      refused.push(url);
      await route.abort('blockedbyclient');
    }
  });

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(`chrome-extension://${extensionId}/`)) return;
    if (request.serviceWorker() || !pages.has(url)) {
      // Page subresources the fixture itself names are the page's business, not ours; the
      // extension's are anything its worker fetched or any URL no served page refers to.
      if (request.serviceWorker()) extensionRequests.push(url);
    }
  });

  let extPage: Page | null = null;
  return {
    context,
    extensionId,
    worker,
    extensionRequests,
    refused,
    serve: (url, page) => {
      pages.set(url, page);
    },
    async extensionPage() {
      if (extPage && !extPage.isClosed()) return extPage;
      extPage = await context.newPage();
      await extPage.goto(`chrome-extension://${extensionId}/options.html`);
      return extPage;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Send a page → background message from an extension page, as the popup and options do. */
export async function sendFromExtension<T = unknown>(
  session: ExtensionSession,
  message: unknown,
): Promise<T> {
  const page = await session.extensionPage();
  return (await page.evaluate((msg) => chrome.runtime.sendMessage(msg), message)) as T;
}

/** The browser's tab id of a page (the popup is opened for it with `?tab=`). */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  const ext = await session.extensionPage();
  const url = page.url();
  const id = await ext.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Open the popup for a page's tab, sized like the real popup. */
export async function openPopup(session: ExtensionSession, page: Page): Promise<Page> {
  const tabId = await tabIdOf(session, page);
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Read a file relative to the repository root. */
export function repoFile(path: string): Promise<Buffer> {
  return readFile(resolve(import.meta.dirname, '../..', path));
}
