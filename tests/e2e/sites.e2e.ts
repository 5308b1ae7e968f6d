/**
 * Issue 5 in real Chromium with the built extension: the site adapters on every saved page kind
 * and layout, on cards a page adds later (infinite scroll), across an SPA navigation, and on
 * results that came from the page's own mtop API. Badges go on exactly the fixture's listings,
 * in page order, never on recommendations, adverts or placeholders; the store holds what the
 * page showed; nothing leaves the machine.
 *
 * The dynamic pages are saved pages (or tests/e2e/pages/goofish-search-shell.html) with page
 * scripts from tests/e2e/pages/, served under https://www.goofish.com/__e2e__/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionSession,
  launchWithExtension,
  openPopup,
  repoFile,
  type ServedPage,
  sendFromExtension,
  tabIdOf,
} from './harness';

interface ExpectedListing {
  listingId: string;
  url: string;
  title: string;
  price: { amount: number; currency: string; maxAmount: number | null } | null;
  regionText: string | null;
  postedAt: string | null;
}

interface Expected {
  url: string;
  pageKind: string;
  listings: ExpectedListing[];
}

/** The fields of an exported Observation these tests compare. */
interface StoredObservation {
  listingId: string;
  url: string;
  title: string;
  price: ExpectedListing['price'];
  region: { text: string | null } | null;
  postedAt: string | null;
  observedAt: string;
}

/** One saved page: where it is, and the parts of it that must carry no badge. */
interface SavedPage {
  name: string;
  fixture: string;
  /** Selectors of recommendations, adverts and placeholders on this page (each must match). */
  noBadgeIn: string[];
}

const SCRIPT_BASE = 'https://www.goofish.com/__e2e__/';
const VERDICTS = ['above', 'below', 'in-line', 'unknown', 'none'];
const BADGE_TIMEOUT = 15_000;

const SAVED_PAGES: SavedPage[] = [
  {
    name: 'goofish search',
    fixture: 'goofish/search-miners',
    noBadgeIn: ['[class*="feeds-item-wrap--"]:has([class*="ad-tag--"])'],
  },
  {
    name: 'goofish item page',
    fixture: 'goofish/item-s19jpro',
    noBadgeIn: ['[class*="recommend-wrap--"]'],
  },
  {
    name: 'goofish empty search with 猜你喜欢',
    fixture: 'goofish/search-empty',
    noBadgeIn: ['[class*="guess-like-wrap--"]'],
  },
  {
    name: 'eBay legacy li.s-item search',
    fixture: 'ebay/search-legacy-s-item',
    noBadgeIn: [
      // The "Shop on eBay" placeholder and a sponsored card.
      'li.s-item:has(a[href*="/itm/123456?"])',
      'li.s-item:has(a[href*="/itm/145566778899?"])',
    ],
  },
  {
    name: 'eBay li.s-card search',
    fixture: 'ebay/search-s-card',
    noBadgeIn: ['li.s-card:has(a[href*="/itm/297066778899?"])'],
  },
  {
    name: 'eBay s-item-card--search-evo search',
    fixture: 'ebay/search-evo',
    noBadgeIn: ['li.srp-results__item:has(a[href*="/itm/356055556666?"])'],
  },
  {
    name: 'eBay item page',
    fixture: 'ebay/item-s19kpro',
    noBadgeIn: ['.x-evo-similar'],
  },
];

// ---- serving pages -------------------------------------------------------------------------

async function readText(path: string): Promise<string> {
  return (await repoFile(path)).toString('utf8');
}

async function readExpected(fixture: string): Promise<Expected> {
  return JSON.parse(await readText(`tests/fixtures/${fixture}.expected.json`)) as Expected;
}

/** A page script from tests/e2e/pages/, served at its own URL. */
async function pageScript(name: string): Promise<[string, ServedPage]> {
  return [
    `${SCRIPT_BASE}${name}`,
    { body: await readText(`tests/e2e/pages/${name}`), contentType: 'text/javascript; charset=utf-8' },
  ];
}

/** Every page script, to be served in each session. */
async function pageScripts(): Promise<Record<string, ServedPage>> {
  const names = ['probe.js', 'goofish-cards.js', 'infinite-scroll.js', 'spa-search.js', 'mtop-search.js'];
  return Object.fromEntries(await Promise.all(names.map(pageScript)));
}

/** `html` with script tags (a name, or a name with data attributes) added at the end of the body. */
function withScripts(html: string, scripts: (string | [string, Record<string, string>])[]): string {
  const tags = scripts
    .map((entry) => {
      const [name, data] = typeof entry === 'string' ? [entry, {}] : entry;
      const attrs = Object.entries(data)
        .map(([key, value]) => ` data-${key}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`)
        .join('');
      return `<script src="${SCRIPT_BASE}${name}"${attrs}></script>`;
    })
    .join('');
  const at = html.lastIndexOf('</body>');
  if (at < 0) throw new Error('page without </body>');
  return `${html.slice(0, at)}${tags}${html.slice(at)}`;
}

// ---- reading the page and the store --------------------------------------------------------

function badgeIds(page: Page): Promise<(string | null)[]> {
  return page
    .locator('rigscout-badge')
    .evaluateAll((hosts) => hosts.map((host) => host.getAttribute('data-rigscout-listing')));
}

/** Wait until the page's badges are exactly `ids`, in page order, and none is pending. */
async function expectSettledBadges(page: Page, ids: readonly string[]): Promise<void> {
  await expect.poll(() => badgeIds(page), { timeout: BADGE_TIMEOUT }).toEqual(ids);
  await expect
    .poll(() => page.locator('rigscout-badge[data-rigscout-state="pending"]').count(), {
      timeout: BADGE_TIMEOUT,
    })
    .toBe(0);
  const verdicts = await page
    .locator('rigscout-badge')
    .evaluateAll((hosts) => hosts.map((host) => host.getAttribute('data-rigscout-verdict')));
  for (const verdict of verdicts) expect(VERDICTS).toContain(verdict);
}

/** No badge inside any of `selectors`, each of which must match something on the page. */
async function expectNoBadgeIn(page: Page, selectors: readonly string[]): Promise<void> {
  for (const selector of selectors) {
    expect(await page.locator(selector).count(), selector).toBeGreaterThan(0);
    expect(await page.locator(`${selector} rigscout-badge`).count(), selector).toBe(0);
  }
}

async function clearHistory(session: ExtensionSession): Promise<void> {
  const answer = await sendFromExtension<{ ok: boolean }>(session, {
    type: 'page/clear-history',
    confirm: true,
  });
  expect(answer.ok).toBe(true);
}

/** Every Observation in the store, read back through the extension's own export. */
async function exportStore(session: ExtensionSession): Promise<StoredObservation[]> {
  const exported = await sendFromExtension<{ ok: boolean; text: string }>(session, {
    type: 'page/export-history',
    format: 'jsonl',
  });
  expect(exported.ok).toBe(true);
  return exported.text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as StoredObservation);
}

function comparable(listing: ExpectedListing | StoredObservation) {
  return {
    url: listing.url,
    title: listing.title,
    price: listing.price,
    regionText: 'regionText' in listing ? listing.regionText : (listing.region?.text ?? null),
    postedAt: listing.postedAt,
  };
}

/**
 * The store holds one observation per listing of the page and nothing else, each with the
 * page's fields. Field mismatches are all reported (soft) before the set of ids is checked.
 */
function expectStoredAsShown(stored: readonly StoredObservation[], listings: readonly ExpectedListing[]) {
  const byId = new Map(stored.map((observation) => [observation.listingId, observation]));
  for (const listing of listings) {
    const observation = byId.get(listing.listingId);
    if (observation) expect.soft(comparable(observation), listing.listingId).toEqual(comparable(listing));
  }
  for (const observation of stored) {
    expect(Date.parse(observation.observedAt)).toBeGreaterThan(Date.now() - 300_000);
  }
  expect(stored.map((observation) => observation.listingId).sort()).toEqual(
    listings.map((listing) => listing.listingId).sort(),
  );
}

function expectNothingLeft(session: ExtensionSession): void {
  expect(session.extensionRequests).toEqual([]);
}

// ---- saved pages ---------------------------------------------------------------------------

describe('saved pages: every page kind and layout', () => {
  let session: ExtensionSession;
  const expectedByFixture = new Map<string, Expected>();

  beforeAll(async () => {
    const pages: Record<string, ServedPage> = await pageScripts();
    for (const saved of SAVED_PAGES) {
      const expected = await readExpected(saved.fixture);
      expectedByFixture.set(saved.fixture, expected);
      const html = await readText(`tests/fixtures/${saved.fixture}.html`);
      // goofish pages get the probe, so an empty page can be judged once the content script ran.
      const body = saved.fixture.startsWith('goofish/') ? withScripts(html, ['probe.js']) : html;
      pages[expected.url] = { body };
    }
    session = await launchWithExtension({ pages });
  });

  afterAll(async () => {
    await session?.close();
  });

  for (const saved of SAVED_PAGES) {
    describe(saved.name, () => {
      let page: Page;

      afterAll(async () => {
        await page?.close();
      });

      it('badges exactly the listings of the page, in page order', async () => {
        const expected = expectedByFixture.get(saved.fixture) as Expected;
        await clearHistory(session);
        page = await session.context.newPage();
        await page.goto(expected.url);
        const ids = expected.listings.map((listing) => listing.listingId);
        if (ids.length === 0) {
          // Nothing to wait for: the content script's first scan is done when the probe fires.
          await page.locator('html[data-e2e-started]').waitFor({ state: 'attached', timeout: BADGE_TIMEOUT });
          await page.waitForTimeout(500);
        }
        await expectSettledBadges(page, ids);
        await expectNoBadgeIn(page, saved.noBadgeIn);
        expectNothingLeft(session);
      });

      it('stores one observation per listing with the fields the page shows', async () => {
        const expected = expectedByFixture.get(saved.fixture) as Expected;
        expectStoredAsShown(await exportStore(session), expected.listings);
        expectNothingLeft(session);
      });
    });
  }
});

// ---- pages that change after load ----------------------------------------------------------

/** Listings a test page renders itself (see tests/e2e/pages/goofish-cards.js). */
interface PageItem {
  id: string;
  title: string;
  price: string[];
  area: string;
}

/** New results that replace the cards with new elements. */
const SPA_REPLACE: PageItem[] = [
  { id: '801000000001', title: '蚂蚁矿机S19 XP 140T 二手 成色新', price: ['¥', '8800'], area: '广东' },
  { id: '801000000002', title: '神马M50S 126T 矿场直出 带电源', price: ['¥', '5600'], area: '新疆' },
  { id: '801000000003', title: '阿瓦隆A1366 130T 99新', price: ['¥', '7200'], area: '四川' },
  { id: '801000000004', title: '蚂蚁S19k Pro 120T 二手 拆机', price: ['¥', '6500'], area: '内蒙古' },
  { id: '801000000005', title: '神马M31S+ 82T 二手 包运行', price: ['¥', '1500'], area: '云南' },
];
/**
 * New results shown in the first four card elements of search-miners.html, which stay: their
 * price parts have the same shape as those cards' (sign, figure, then decimals or 万 or nothing).
 */
const SPA_REUSE: PageItem[] = [
  { id: '802000000001', title: '蚂蚁矿机L7 9500M 二手', price: ['¥', '9900'], area: '河北' },
  { id: '802000000002', title: '蚂蚁S21 200T 全新', price: ['¥', '9800', '.00'], area: '广东' },
  { id: '802000000003', title: '神马M60S 186T 现货', price: ['¥', '1.2', '万'], area: '新疆' },
  { id: '802000000004', title: '阿瓦隆A1246 90T 二手', price: ['¥', '3100'], area: '四川' },
];

const SCROLL_URL = 'https://www.goofish.com/search?q=%E7%9F%BF%E6%9C%BA&sortField=create';
const SPA_URL = 'https://www.goofish.com/search?q=antminer';

describe('pages that change after load', () => {
  let session: ExtensionSession;
  let miners: Expected;

  beforeAll(async () => {
    miners = await readExpected('goofish/search-miners');
    const html = await readText('tests/fixtures/goofish/search-miners.html');
    session = await launchWithExtension({
      pages: {
        ...(await pageScripts()),
        [SCROLL_URL]: { body: withScripts(html, ['probe.js', 'infinite-scroll.js']) },
        [SPA_URL]: { body: withScripts(html, ['probe.js', 'goofish-cards.js', 'spa-search.js']) },
      },
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('infinite scroll: cards appended after load and on scroll get one badge each', async () => {
    const page = await session.context.newPage();
    await page.goto(SCROLL_URL);
    const ids = miners.listings.map((listing) => listing.listingId);
    const batch = (n: number) => ids.map((id) => `9${n}${id}`);
    await expectSettledBadges(page, ids);

    await page.locator('html[data-e2e-batches="1"]').waitFor({ state: 'attached', timeout: BADGE_TIMEOUT });
    await expectSettledBadges(page, [...ids, ...batch(1)]);

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.locator('html[data-e2e-batches="2"]').waitFor({ state: 'attached', timeout: BADGE_TIMEOUT });
    await expectSettledBadges(page, [...ids, ...batch(1), ...batch(2)]);
    // The copied adverts stay unbadged.
    await expectNoBadgeIn(page, ['[class*="feeds-item-wrap--"]:has([class*="ad-tag--"])']);
    await page.close();
    expectNothingLeft(session);
  });

  for (const [mode, query, items] of [
    ['replace', 'S19', SPA_REPLACE],
    ['reuse', 'M50', SPA_REUSE],
  ] as const) {
    it(`SPA navigation (${mode} the cards): badges and the popup show the new results only`, async () => {
      const page = await session.context.newPage();
      await page.goto(SPA_URL);
      await expectSettledBadges(
        page,
        miners.listings.map((listing) => listing.listingId),
      );

      await page.evaluate(
        ([q, list, how]) =>
          (
            window as unknown as { e2eSpa: { navigate(q: string, items: unknown, mode: string): void } }
          ).e2eSpa.navigate(q, list, how),
        [query, items, mode] as const,
      );
      await page
        .locator(`html[data-e2e-rendered="${query}"]`)
        .waitFor({ state: 'attached', timeout: BADGE_TIMEOUT });
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);
      const ids = items.map((item) => item.id);
      await expectSettledBadges(page, ids);

      // The background's record of the tab: the new URL, with the new results only.
      const tab = await sendFromExtension<{
        pageUrl: string | null;
        listings: { observation: { listingId: string } }[];
      }>(session, { type: 'page/tab-listings', tabId: await tabIdOf(session, page) });
      expect.soft(tab.pageUrl).toBe(page.url());
      expect.soft(tab.listings.map((listing) => listing.observation.listingId)).toEqual(ids);

      // The popup for the tab lists the new page's listings, and only those.
      const popup = await openPopup(session, page);
      await expect
        .poll(
          () =>
            popup
              .locator('li.listing')
              .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-rigscout-listing'))),
          { timeout: 10_000 },
        )
        .toEqual(ids);
      await popup.close();

      // What was stored for the new results is what they show.
      const stored = await exportStore(session);
      for (const item of items) {
        const observation = stored.find((o) => o.listingId === item.id);
        expect(observation?.title, item.id).toBe(item.title);
        expect(observation?.region?.text, item.id).toBe(item.area);
      }
      await page.close();
      expectNothingLeft(session);
    });
  }
});

// ---- results from the page's own mtop API --------------------------------------------------

const MTOP_API_URL =
  'https://h5api.m.goofish.com/h5/mtop.taobao.idlemtopsearch.pc.search/1.0/' +
  '?jsv=2.7.2&appKey=34839810&t=1714139629000&sign=e2e&v=1.0&type=originaljson' +
  '&accountSite=xianyu&dataType=json&timeout=20000&api=mtop.taobao.idlemtopsearch.pc.search';
/** The advert in mtop-search.json (no item id, isAliMaMaAD): rendered as a card, never stored. */
const ADVERT_TITLE = '蚂蚁矿机 S21 XP 270T 官方授权 分期免息';

describe('results from the page’s mtop search API', () => {
  let session: ExtensionSession;
  let expected: Expected;
  let liveUrl: string;
  let earlyUrl: string;

  beforeAll(async () => {
    expected = await readExpected('goofish/mtop-search');
    liveUrl = expected.url;
    earlyUrl = `${expected.url}&e2e=early`;
    const shell = await readText('tests/e2e/pages/goofish-search-shell.html');
    session = await launchWithExtension({
      pages: {
        ...(await pageScripts()),
        [liveUrl]: {
          body: withScripts(shell, [
            'probe.js',
            'goofish-cards.js',
            ['mtop-search.js', { mode: 'live', api: MTOP_API_URL }],
          ]),
        },
        [earlyUrl]: {
          body: withScripts(shell, [
            'probe.js',
            'goofish-cards.js',
            ['mtop-search.js', { mode: 'early', api: MTOP_API_URL }],
          ]),
        },
      },
    });
    // The page's own API request, answered from the saved response.
    session.serve(MTOP_API_URL, {
      body: await repoFile('tests/fixtures/goofish/mtop-search.json'),
      contentType: 'application/json; charset=utf-8',
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  for (const [timing, describeTiming] of [
    ['live', 'response heard as it arrives, cards rendered after it'],
    ['early', 'response and cards both before the content script started'],
  ] as const) {
    it(`${timing}: the API's area and publish time are stored for the cards, the advert is not (${describeTiming})`, async () => {
      await clearHistory(session);
      const page = await session.context.newPage();
      await page.goto(timing === 'live' ? liveUrl : earlyUrl);
      await page.locator('html[data-e2e-rendered]').waitFor({ state: 'attached', timeout: BADGE_TIMEOUT });
      expect(await page.locator('[class*="feeds-item-wrap--"]').count()).toBe(expected.listings.length + 1);
      await expectSettledBadges(
        page,
        expected.listings.map((listing) => listing.listingId),
      );
      await expectNoBadgeIn(page, ['[class*="feeds-item-wrap--"]:has([class*="ad-tag--"])']);

      const stored = await exportStore(session);
      expect(stored.map((observation) => observation.title)).not.toContain(ADVERT_TITLE);
      expectStoredAsShown(stored, expected.listings);
      await page.close();
      expectNothingLeft(session);
    });
  }
});
