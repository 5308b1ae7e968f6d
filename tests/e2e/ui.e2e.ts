/**
 * What the user sees, in real Chromium with the built extension: badges with the right verdict
 * words on saved goofish and eBay pages over a seeded history, the popup's chart with the
 * listing's points and regional lines, the options page's export → clear → import round trip,
 * the Chinese UI under a zh-CN browser, and markup in a title staying text.
 *
 * With UPDATE_SCREENSHOTS=1 it also writes docs/screenshots/*.png.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RATES } from '@/lib/currency/rates';
import { toJsonl } from '@/lib/history/jsonl';
import { generateSampleHistory } from '@/lib/history/sample';
import { type MessageKey, t } from '@/lib/i18n/messages';
import { listingKey, type Observation, type VerdictKind } from '@/lib/schema';
import { judgeAgainstHistory } from '@/lib/trend/from-history';
import { DEFAULT_TREND_OPTIONS } from '@/lib/trend/options';
import {
  type ExtensionSession,
  launchWithExtension,
  openPopup,
  repoFile,
  sendFromExtension,
} from './harness';

const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const MARKUP = '<img src=x onerror=alert(1)>';
const SEED = 7;

const GOOFISH_URL = 'https://www.goofish.com/search?q=%E7%9F%BF%E6%9C%BA';
const EBAY_URL = 'https://www.ebay.co.uk/sch/i.html?_nkw=antminer';
const FIRST_TITLE = '蚂蚁矿机S19j Pro 104T 二手 成色好 拆机 包运行';
/** The same goofish page with markup in the first listing's title (escaped in the HTML, so it is text). */
const HOSTILE_URL = 'https://www.goofish.com/search?q=s19j';

async function pages() {
  const goofish = (await repoFile('tests/fixtures/goofish/search-miners.html')).toString('utf8');
  const escaped = MARKUP.replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return {
    [GOOFISH_URL]: { body: goofish },
    [HOSTILE_URL]: { body: goofish.replaceAll(FIRST_TITLE, `${escaped} ${FIRST_TITLE}`) },
    [EBAY_URL]: { body: await repoFile('tests/fixtures/ebay/search-evo.html') },
  };
}

/**
 * The harness refuses every request it does not serve, the extension's own pages' scripts
 * included (chrome-extension:// goes through context routes too); let those through. Routes
 * registered later take precedence.
 */
async function launch(locale: string, colorScheme: 'light' | 'dark'): Promise<ExtensionSession> {
  const session = await launchWithExtension({ locale, colorScheme, pages: await pages() });
  await session.context.route(
    (url) => url.protocol === 'chrome-extension:',
    (route) => route.continue(),
  );
  return session;
}

/** Import the sample history through the options page's message, as a user's file would. */
async function seed(session: ExtensionSession): Promise<Observation[]> {
  const history = generateSampleHistory(SEED, new Date());
  const answer = await sendFromExtension<{ ok: boolean; report: { added: number } }>(session, {
    type: 'page/import-history',
    text: toJsonl(history),
  });
  expect(answer.ok).toBe(true);
  expect(answer.report.added).toBe(history.length);
  return history;
}

async function settledBadges(page: Page, count?: number) {
  await expect
    .poll(
      async () => {
        const total = await page.locator('rigscout-badge').count();
        const pending = await page.locator('rigscout-badge[data-rigscout-state="pending"]').count();
        return total > 0 && pending === 0 && (count === undefined || total === count);
      },
      { timeout: 20_000 },
    )
    .toBe(true);
}

interface BadgeState {
  id: string;
  verdict: string;
  label: string;
  aria: string;
}

function badgeStates(page: Page): Promise<BadgeState[]> {
  return page.locator('rigscout-badge').evaluateAll((hosts) =>
    hosts.map((host) => ({
      id: host.getAttribute('data-rigscout-listing') ?? '',
      verdict: host.getAttribute('data-rigscout-verdict') ?? '',
      label: host.shadowRoot?.querySelector('.label')?.textContent ?? '',
      aria: host.shadowRoot?.querySelector('.badge')?.getAttribute('aria-label') ?? '',
    })),
  );
}

/** The verdict each stored listing should get, computed here from the exported history. */
async function expectedVerdicts(session: ExtensionSession): Promise<Map<string, VerdictKind>> {
  const exported = await sendFromExtension<{ ok: true; text: string }>(session, {
    type: 'page/export-history',
    format: 'jsonl',
  });
  const observations = exported.text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Observation);
  const latest = new Map<string, Observation>();
  for (const observation of observations) latest.set(listingKey(observation), observation);
  const verdicts = new Map<string, VerdictKind>();
  for (const [key, observation] of latest) {
    if (observation.listingId.startsWith('sample-')) continue;
    const { verdict } = judgeAgainstHistory(
      observations,
      observation,
      { ...DEFAULT_TREND_OPTIONS, rates: DEFAULT_RATES },
      Date.parse(observation.observedAt),
    );
    verdicts.set(key, verdict.verdict);
  }
  return verdicts;
}

/**
 * Saved pages are served without the sites' own stylesheets (the harness serves nothing else),
 * so screenshots of them would show bare markup. A small stand-in lays the cards out roughly as
 * the sites do, light or dark, only for the picture; the tests' assertions run before it.
 */
const STAND_IN_CSS: Record<'goofish' | 'ebay', string> = {
  goofish: `body{margin:0;font:14px/1.45 system-ui,"WenQuanYi Zen Hei",sans-serif;background:var(--page);color:var(--ink)}
a{color:inherit;text-decoration:none}
[class*=header-container]{display:flex;gap:16px;align-items:center;padding:10px 24px;background:#ffe60f;color:#111}
[class*=header-container] input{width:360px;padding:6px 10px;border-radius:16px;border:1px solid #111}
[class*=search-filter-wrap]{padding:8px 24px;display:flex;gap:16px;color:var(--muted)}
[class*=feeds-list-container]{display:grid;grid-template-columns:repeat(5,220px);gap:14px;padding:8px 24px}
[class*=feeds-item-wrap]{display:block;background:var(--card);border-radius:12px;overflow:hidden;box-shadow:0 1px 3px rgba(0,0,0,.15)}
[class*=feeds-image-wrap]{height:110px;background:var(--img)}
[class*=feeds-image-wrap] img{display:none}
[class*=feeds-content]{padding:8px 10px}
[class*=main-title]{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;font-weight:600}
[class*=row2-wrap-cpv],[class*=row4-wrap-seller]{color:var(--muted);font-size:12px}
[class*=row3-wrap-price]{color:#ff4400;font-weight:700}`,
  ebay: `body{margin:0;padding:8px 24px;font:14px/1.45 system-ui,sans-serif;background:var(--page);color:var(--ink)}
a{color:var(--link)}
.srp-results{list-style:none;padding:0;max-width:860px}
.srp-results__item{border-bottom:1px solid var(--line);padding:12px 0}
.su-item-card{display:grid;grid-template-columns:140px 1fr;gap:16px}
.su-item-card__media{height:110px;background:var(--img);border-radius:8px}
.su-item-card__media img{display:none}
.su-item-card__title{font-size:16px}
.clipped{position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden}
.su-item-card__price{font-size:18px;font-weight:700}`,
};

async function standIn(page: Page, site: 'goofish' | 'ebay', dark: boolean) {
  const palette = dark
    ? ':root{--page:#18181b;--card:#27272a;--ink:#f4f4f5;--muted:#a1a1aa;--img:#3f3f46;--line:#3f3f46;--link:#93c5fd}'
    : ':root{--page:#f4f4f5;--card:#fff;--ink:#111;--muted:#71717a;--img:#e4e4e7;--line:#e4e4e7;--link:#1d4ed8}';
  if (UPDATE) await page.addStyleTag({ content: palette + STAND_IN_CSS[site] });
}

async function shot(page: Page, name: string, options: Parameters<Page['screenshot']>[0] = {}) {
  if (!UPDATE) return;
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`), ...options });
}

/** Pixels of a colour on the chart canvas: proof that uPlot drew that series. */
function canvasPixels(popup: Page, hex: string): Promise<number> {
  return popup.locator('.chart canvas').evaluate((canvas, color) => {
    const c = canvas as HTMLCanvasElement;
    const ctx = c.getContext('2d');
    if (!ctx) return 0;
    const want = [1, 3, 5].map((i) => Number.parseInt(color.slice(i, i + 2), 16));
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let hits = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (
        Math.abs((data[i] as number) - (want[0] as number)) < 12 &&
        Math.abs((data[i + 1] as number) - (want[1] as number)) < 12 &&
        Math.abs((data[i + 2] as number) - (want[2] as number)) < 12 &&
        (data[i + 3] as number) > 200
      )
        hits++;
    }
    return hits;
  }, hex);
}

describe('UI in English, light', () => {
  let session: ExtensionSession;
  const dialogs: string[] = [];

  beforeAll(async () => {
    session = await launch('en-US', 'light');
    session.context.on('page', (page) => page.on('dialog', (dialog) => dialogs.push(dialog.message())));
    await seed(session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('badges the goofish page with the verdict the trend engine gives, in words', async () => {
    const page = await session.context.newPage();
    await page.goto(GOOFISH_URL);
    await settledBadges(page);
    const states = await badgeStates(page);
    const expected = await expectedVerdicts(session);
    let judged = 0;
    for (const state of states) {
      if (state.verdict === 'none') {
        expect(state.label).toBe('Not a rig');
        continue;
      }
      const want = expected.get(`goofish:${state.id}`);
      expect(want, state.id).toBeDefined();
      expect(state.verdict, state.id).toBe(want);
      expect(state.aria, state.id).toContain(`RigScout: ${t('en', `verdict.${want}` as MessageKey)}.`);
      if (want !== 'unknown') {
        judged++;
        expect(state.label, state.id).toMatch(/^[+−±]\d+% vs .+ · ¥[\d,.]+\/[TGMK]$/);
      }
    }
    // The seeded history covers the page's commonest models: most rigs get a real verdict.
    expect(judged).toBeGreaterThanOrEqual(3);
    await standIn(page, 'goofish', false);
    await shot(page, 'goofish-en-light', { clip: { x: 0, y: 0, width: 1280, height: 900 } });

    // Hover opens the panel with expected price and basis; it must not move the card.
    const card = page.locator('rigscout-badge').first().locator('xpath=..');
    const before = await card.boundingBox();
    await page.locator('rigscout-badge .badge').first().hover();
    const panel = page.locator('rigscout-badge .panel').first();
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.textContent()).toMatch(/Expected: ¥|No .+ listings seen yet/);
    expect(await card.boundingBox()).toEqual(before);
    await shot(page, 'badge-panel-en-light');
    // The panel is fixed in the top layer: scrolling the page closes it rather than leave it behind.
    await page.mouse.wheel(0, 400);
    await expect.poll(() => panel.isVisible()).toBe(false);
    await page.close();
  });

  it('badges the eBay page and keeps every badge inside its card', async () => {
    const page = await session.context.newPage();
    await page.goto(EBAY_URL);
    await settledBadges(page);
    const states = await badgeStates(page);
    expect(states.length).toBeGreaterThanOrEqual(4);
    for (const state of states) {
      expect(['above', 'below', 'in-line', 'unknown', 'none']).toContain(state.verdict);
      expect(state.aria).toMatch(/^RigScout: /);
    }
    const overflow = await page.locator('rigscout-badge').evaluateAll(
      (hosts) =>
        hosts.filter((host) => {
          const parent = host.parentElement?.getBoundingClientRect();
          const own = host.getBoundingClientRect();
          return parent && own.right > parent.right + 1;
        }).length,
    );
    expect(overflow).toBe(0);
    await standIn(page, 'ebay', false);
    await shot(page, 'ebay-en-light');
    await page.close();
  });

  it('draws the popup chart with the listing’s points and at least two regional lines', async () => {
    const page = await session.context.newPage();
    await page.goto(GOOFISH_URL);
    await settledBadges(page);
    const popup = await openPopup(session, page);
    await expect
      .poll(() => popup.evaluate(() => performance.getEntriesByName('rigscout:first-chart-paint').length), {
        timeout: 15_000,
      })
      .toBe(1);
    const legend = await popup.locator('.legend li').evaluateAll((items) => items.map((li) => li.className));
    expect(legend[0]).toBe('legend-own');
    expect(
      legend.filter((name) => name === 'legend-primary' || name === 'legend-region').length,
    ).toBeGreaterThanOrEqual(2);
    expect(await canvasPixels(popup, '#dc2626')).toBeGreaterThan(10);
    expect(await canvasPixels(popup, '#2563eb')).toBeGreaterThan(10);
    expect(await popup.locator('table.regions tbody tr').count()).toBeGreaterThanOrEqual(2);
    expect(await popup.locator('.basis').textContent()).toMatch(/Based on \d+ listings? in .+, last 90 days/);
    await shot(popup, 'popup-en-light', { fullPage: true });
    await popup.close();
    await page.close();
  });

  it('shows a title holding markup as text in the popup, and no script runs', async () => {
    const page = await session.context.newPage();
    await page.goto(HOSTILE_URL);
    await settledBadges(page);
    const hostile = page.locator(`rigscout-badge[data-rigscout-listing="788636250267"]`);
    expect(await hostile.locator('img').count()).toBe(0);
    expect(await page.locator(`img[src="x"]`).count()).toBe(0);
    const popup = await openPopup(session, page);
    const row = popup.locator('li.listing[data-rigscout-listing="788636250267"] .title');
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toBe(`${MARKUP} ${FIRST_TITLE}`);
    await row.click();
    await expect.poll(() => popup.locator('.detail-title').textContent()).toBe(`${MARKUP} ${FIRST_TITLE}`);
    expect(await popup.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('exports a history file from the options page that imports back', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => options.locator('[data-testid=storage]').textContent()).toMatch(/observations/);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.locator('button[name=export-jsonl]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rigscout-history-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const file = await download.path();
    const text = await readFile(file, 'utf8');
    const lines = text.split('\n').filter(Boolean).length;
    expect(lines).toBeGreaterThan(100);
    await shot(options, 'options-en-light', { fullPage: true });

    await options.locator('button[name=clear]').click();
    await options.locator('button[name=clear-yes]').click();
    await expect.poll(() => options.locator('.result').textContent()).toBe('The price history is empty.');
    const empty = await sendFromExtension<{ ok: true; text: string }>(session, {
      type: 'page/export-history',
      format: 'jsonl',
    });
    expect(empty.text.trim()).toBe('');

    await options.locator('input[name=import]').setInputFiles(file);
    await expect
      .poll(() => options.locator('.result').textContent(), { timeout: 20_000 })
      .toBe(`Imported ${lines} new observations; 0 already known; 0 lines rejected.`);
    const back = await sendFromExtension<{ ok: true; text: string }>(session, {
      type: 'page/export-history',
      format: 'jsonl',
    });
    expect(back.text).toBe(text);
    await options.close();
  });

  it('made no network request of its own', () => {
    expect(session.extensionRequests).toEqual([]);
  });
});

describe('UI in Chinese, dark', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launch('zh-CN', 'dark');
    await seed(session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('speaks Chinese on the badges, in the popup and on the options page', async () => {
    const page = await session.context.newPage();
    await page.goto(GOOFISH_URL);
    await settledBadges(page);
    const states = await badgeStates(page);
    const words = new Set(['高于行情', '低于行情', '符合行情', '暂无行情', '非矿机']);
    for (const state of states) {
      expect(state.aria, state.id).toMatch(/^RigScout：/);
      expect(
        [...words].some((word) => state.aria.includes(word)),
        state.aria,
      ).toBe(true);
    }
    expect(states.some((state) => / 对比 /.test(state.label))).toBe(true);
    await standIn(page, 'goofish', true);
    await shot(page, 'goofish-zh-dark', { clip: { x: 0, y: 0, width: 1280, height: 900 } });

    const popup = await openPopup(session, page);
    await expect
      .poll(() => popup.evaluate(() => performance.getEntriesByName('rigscout:first-chart-paint').length), {
        timeout: 15_000,
      })
      .toBe(1);
    expect(await popup.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await popup.locator('header .count').textContent()).toMatch(/搜索结果 · \d+ 个商品/);
    expect(await popup.locator('table.regions caption').textContent()).toMatch(/各地区行情$/);
    await shot(popup, 'popup-zh-dark', { fullPage: true });

    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => options.locator('h1').textContent()).toBe('RigScout 设置');
    expect(await options.locator('button[name=export-jsonl]').textContent()).toBe('导出 JSON Lines');
    await shot(options, 'options-zh-dark', { fullPage: true });
  });
});
