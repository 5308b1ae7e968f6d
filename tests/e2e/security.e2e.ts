/**
 * Security of the built extension in real Chromium:
 * - the built manifest against an allowlist (permissions, hosts, content-script matches, no
 *   externally_connectable, no web-accessible resources, no remote script sources);
 * - no remote code: no eval, no new Function, no importScripts or import() of a URL, no
 *   remote <script> in the built files;
 * - hostile titles and places go through the badges and the popup as text, never as markup;
 * - a web page cannot message the extension;
 * - the extension makes no network request while it reads pages, answers the popup and
 *   exports the history.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKETPLACE_MATCHES } from '@/lib/marketplaces';
import { BADGE_PROBE, type BadgeProbe } from '../bench/pages/badge-probe';
import { cardHtml, RESULTS_SELECTOR, SEARCH_URL, searchPageHtml } from '../bench/pages/goofish-page';
import { type SyntheticCard, syntheticCards } from '../bench/pages/synthetic';
import {
  EXTENSION_DIR,
  type ExtensionSession,
  launchWithExtension,
  openPopup,
  sendFromExtension,
} from './harness';

declare const __rigscoutBench: BadgeProbe;

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; js?: string[] }[];
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  content_security_policy?: unknown;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the built extension, statically', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

  it('asks for exactly the allowed permissions and hosts', () => {
    expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.host_permissions).toEqual([...MARKETPLACE_MATCHES]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  it('injects content scripts only into the marketplaces', () => {
    const allowed = new Set<string>(MARKETPLACE_MATCHES);
    expect(manifest.content_scripts?.length).toBeGreaterThan(0);
    for (const script of manifest.content_scripts ?? [])
      for (const match of script.matches ?? []) expect(allowed.has(match), match).toBe(true);
  });

  it('is reachable by no web page or other extension, and exposes no resources to pages', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('allows no remote or evaluated script in its content security policy', () => {
    const policies = JSON.stringify(manifest.content_security_policy ?? {});
    expect(policies).not.toMatch(/https?:|'unsafe-eval'|'unsafe-inline'|\*/);
  });

  it('contains no remote code: no eval, Function constructor, importScripts or URL imports', () => {
    const offences: string[] = [];
    const patterns: [string, RegExp][] = [
      ['eval(', /(?<![\w$.])eval\s*\(/],
      ['new Function(', /new\s+Function\s*\(/],
      ['importScripts(', /importScripts\s*\(/],
      ['import() of a URL', /import\s*\(\s*["'`](?:https?:)?\/\//],
      ['static import of a URL', /\bfrom\s*["'`](?:https?:)?\/\//],
      ['remote <script>', /<script[^>]+src=["']?(?:https?:)?\/\//i],
      ['setTimeout with a string', /setTimeout\s*\(\s*["'`]/],
    ];
    const built = files(EXTENSION_DIR).filter((path) => /\.(m?js|html)$/.test(path));
    expect(built.length).toBeGreaterThan(3);
    for (const path of built) {
      const text = readFileSync(path, 'utf8');
      for (const [name, pattern] of patterns)
        if (pattern.test(text)) offences.push(`${relative(EXTENSION_DIR, path)}: ${name}`);
    }
    expect(offences).toEqual([]);
  });
});

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1;alert(1)">',
  '<script>window.__pwned=2</script>',
  '"><svg onload="window.__pwned=3">',
  "';window.__pwned=4;//",
  '<iframe src="javascript:window.top.__pwned=5"></iframe>',
  '{{constructor.constructor("window.__pwned=6")()}}',
];

describe('the running extension', () => {
  let session: ExtensionSession;
  const extensionPageRequests: string[] = [];
  const pageRequests: string[] = [];

  beforeAll(async () => {
    session = await launchWithExtension();
    session.context.on('request', (request: Request) => {
      const url = request.url();
      if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return;
      let frameUrl = '';
      try {
        frameUrl = request.frame().url();
      } catch {
        // A service worker's request has no frame; the harness records those.
      }
      if (frameUrl.startsWith('chrome-extension://')) extensionPageRequests.push(url);
      else pageRequests.push(url);
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  async function hostileTab(): Promise<{ page: Page; cards: SyntheticCard[] }> {
    const base = syntheticCards(24, 860_000_000_000, 5);
    const cards = base.map((card, i) => ({
      ...card,
      // A rig title stays a rig with a hostile tail; places get hostile text of their own.
      title: `${card.title} ${HOSTILE[i % HOSTILE.length]}`,
      province: i % 3 === 0 ? (HOSTILE[(i + 1) % HOSTILE.length] as string) : card.province,
    }));
    const url = `${SEARCH_URL}&security=1`;
    session.serve(url, { body: searchPageHtml(syntheticCards(1, 861_000_000_000, 6)) });
    const page = await session.context.newPage();
    page.on('dialog', (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`);
    });
    await page.addInitScript({ content: BADGE_PROBE });
    await page.goto(url);
    await page.waitForSelector('rigscout-badge', { timeout: 15_000 });
    await page.evaluate(([sel, html, ids]) => __rigscoutBench.insert(sel, html, ids, 'hostile'), [
      RESULTS_SELECTOR,
      cards.map(cardHtml).join(''),
      cards.map((c) => c.id),
    ] as const);
    const settled = await page.evaluate(([ids]) => __rigscoutBench.settle(ids, 'hostile-settled', 20_000), [
      cards.map((c) => c.id),
    ] as const);
    expect(settled).toBe(true);
    return { page, cards };
  }

  it('shows hostile titles and places as text in badges and the popup, never as markup', async () => {
    const { page, cards } = await hostileTab();
    const inBadges = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll('rigscout-badge')];
      return {
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
        hosts: hosts.length,
        markup: hosts.flatMap((host) =>
          [...(host.shadowRoot?.querySelectorAll('img,script,svg,iframe,object,embed') ?? [])].map(
            (el) => el.localName,
          ),
        ),
        handlers: hosts.flatMap((host) =>
          [...(host.shadowRoot?.querySelectorAll('*') ?? [])].flatMap((el) =>
            el.getAttributeNames().filter((name) => name.startsWith('on')),
          ),
        ),
      };
    });
    expect(inBadges).toEqual({ pwned: null, hosts: cards.length + 1, markup: [], handlers: [] });

    const popup = await openPopup(session, page);
    popup.on('dialog', (dialog) => {
      throw new Error(`a dialog opened in the popup: ${dialog.message()}`);
    });
    const rigs = cards.filter((card) => card.rig);
    await expect
      .poll(() => popup.locator('li.listing').count(), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(rigs.length);
    // Open every row's detail too: it shows the title, place and price history.
    const rows = popup.locator('li.listing');
    for (let i = 0; i < Math.min(6, await rows.count()); i++) await rows.nth(i).click();
    await popup.waitForTimeout(500);
    const inPopup = await popup.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      scripts: [...document.querySelectorAll('script')].filter(
        (s) => !s.src.startsWith('chrome-extension://'),
      ).length,
      frames: document.querySelectorAll('iframe,object,embed').length,
      imgs: [...document.querySelectorAll('img')].filter((img) => !img.src.startsWith('chrome-extension://'))
        .length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        el.getAttributeNames().filter((name) => name.startsWith('on')),
      ),
      text: document.body.textContent ?? '',
    }));
    expect({ ...inPopup, text: undefined }).toEqual({
      pwned: null,
      scripts: 0,
      frames: 0,
      imgs: 0,
      handlers: [],
      text: undefined,
    });
    // The hostile text is there, shown literally.
    expect(inPopup.text).toContain('<img src=x onerror=');
    await popup.close();
    await page.close();
  });

  it('shows a hostile import file’s lines in the options page as text', async () => {
    const observation = {
      site: 'goofish',
      listingId: '880000000001',
      url: 'https://www.goofish.com/item?id=880000000001',
      title: `蚂蚁矿机S19j Pro 104T ${HOSTILE[0]}`,
      price: { amount: 5000, currency: 'CNY', maxAmount: null },
      quantity: 1,
      region: { country: 'CN', subdivision: null, text: HOSTILE[2] },
      miner: null,
      isMiningRig: false,
      exclusion: 'not-mining',
      postedAt: null,
      observedAt: '2026-11-01T00:00:00Z',
    };
    // Broken lines whose JSON errors quote the hostile text back.
    const file = [JSON.stringify(observation), ...HOSTILE, JSON.stringify({ ...observation, title: 5 })].join(
      '\n',
    );
    const options = await session.context.newPage();
    options.on('dialog', (dialog) => {
      throw new Error(`a dialog opened in the options page: ${dialog.message()}`);
    });
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('input[type="file"]').setInputFiles({
      name: 'history.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(file, 'utf8'),
    });
    await expect
      .poll(() => options.locator('[role="status"] li').count(), { timeout: 15_000 })
      .toBeGreaterThan(1);
    const shown = await options.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      markup: document.querySelectorAll(
        '[role="status"] img,[role="status"] svg,[role="status"] script,iframe',
      ).length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        el.getAttributeNames().filter((name) => name.startsWith('on')),
      ),
      lines: document.querySelectorAll('[role="status"] li').length,
      text: [...document.querySelectorAll('[role="status"] li')].map((li) => li.textContent).join('\n'),
    }));
    expect({ ...shown, text: undefined }).toEqual({
      pwned: null,
      markup: 0,
      handlers: [],
      lines: expect.any(Number),
      text: undefined,
    });
    // The parser's reasons quote the hostile text back, and it is shown as text.
    expect(shown.text).toMatch(/<img|<script|<svg|<iframe/);
    // One summary line and one line per rejected line of the file.
    expect(shown.lines).toBe(1 + HOSTILE.length + 1);
    await options.close();
  });

  it('cannot be messaged by a web page, on a marketplace or elsewhere', async () => {
    for (const url of [`${SEARCH_URL}&probe=1`, 'https://evil.example/']) {
      session.serve(url, { body: '<!DOCTYPE html><title>page</title>' });
      const page = await session.context.newPage();
      await page.goto(url);
      const reach = await page.evaluate(async (id) => {
        const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
        if (typeof runtime?.sendMessage !== 'function') return 'no runtime.sendMessage';
        try {
          const send = runtime.sendMessage as (id: string, message: unknown) => Promise<unknown>;
          const answer = await send(id, { type: 'page/export-history', format: 'jsonl' });
          return `answered: ${JSON.stringify(answer).slice(0, 100)}`;
        } catch (error) {
          return `refused: ${String(error).slice(0, 100)}`;
        }
      }, session.extensionId);
      expect(reach).not.toMatch(/^answered/);
      await page.close();
    }
  });

  it('makes no network request of its own', async () => {
    const page = await session.context.newPage();
    const url = `${SEARCH_URL}&network=1`;
    session.serve(url, { body: searchPageHtml(syntheticCards(30, 870_000_000_000, 3)) });
    pageRequests.length = 0;
    await page.goto(url);
    await expect.poll(() => page.locator('rigscout-badge').count(), { timeout: 15_000 }).toBe(30);
    const popup = await openPopup(session, page);
    await expect.poll(() => popup.locator('li.listing').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForTimeout(1000);
    await sendFromExtension(session, { type: 'page/export-history', format: 'csv' });
    await sendFromExtension(session, { type: 'page/storage-info' });
    await page.waitForTimeout(1000);

    expect(session.extensionRequests).toEqual([]);
    expect(extensionPageRequests).toEqual([]);
    // The generated page loads nothing itself, so anything else it requested came from the
    // content script (the browser's own favicon request aside).
    expect(pageRequests.filter((r) => r !== url && !r.endsWith('/favicon.ico'))).toEqual([]);
    await Promise.all([options.close(), popup.close(), page.close()]);
  });
});
