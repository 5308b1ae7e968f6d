/** @vitest-environment happy-dom */
/**
 * Every site adapter against hostile and broken pages: random markup built from the adapters'
 * own class names, saved pages with random damage (elements removed, texts and links replaced,
 * hostile strings injected), and arbitrary JSON for the API reader. No reader may throw, and
 * every listing it returns must satisfy the Listing schema.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RawListing } from '@/lib/schema';
import { listingSchema, rawListingSchema } from '@/lib/schema';
import { clampRawListing } from '@/lib/schema/raw-limits';
import { ADAPTERS } from '@/lib/sites';
import type { PageRead, SiteAdapter } from '@/lib/sites/types';
import { fuzzText } from './arbitraries';

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED = resolve(ROOT, '../shared/fixtures/real');

const URLS: Record<string, string[]> = {
  goofish: [
    'https://www.goofish.com/search?q=%E7%9F%BF%E6%9C%BA',
    'https://www.goofish.com/item?id=788636250267',
    'https://www.goofish.com/',
  ],
  ebay: [
    'https://www.ebay.de/sch/i.html?_nkw=antminer',
    'https://www.ebay.com/itm/123456789012',
    'https://www.ebay.co.uk/b/Bitcoin-Miners/179197',
  ],
};

// Class-name prefixes both adapters look for, plus noise; suffixes mimic CSS-module hashes.
const CLASSES = [
  'feeds-item-wrap--',
  'row1-wrap-title--',
  'main-title--',
  'number--',
  'sign--',
  'decimal--',
  'magnitude--',
  'price-wrap--',
  'cpv--',
  'seller-text-wrap--',
  'seller-text--',
  'item-main-info--',
  'price--',
  'desc--',
  'value--',
  'item-user-info-label--',
  'create-time--',
  's-item',
  's-card',
  's-item-card--search-evo',
  's-item__title',
  's-card__title',
  's-item__price',
  's-card__price',
  's-item__location',
  's-card__attribute-row',
  's-item__subtitle',
  'x-item-title__mainTitle',
  'x-price-primary',
  'clipped',
  'srp-save-null-search',
];
const TAGS = ['div', 'span', 'a', 'p', 'li', 'ul', 'h1', 'h3', 'section', 'script', 'template', 'svg', 'img'];
const HREFS = [
  '//www.goofish.com/item?id=788636250267',
  'https://www.goofish.com/item?id=1058903242244&spm=x',
  'fleamarket://item?id=986331716609',
  'http://item.taobao.com/item.htm?id=1&alimama=1',
  'https://www.ebay.de/itm/123456789012',
  'https://www.ebay.com/itm/slug-here/234567890123?hash=x',
  'javascript:alert(1)',
  '/item?id=',
];

const classArb = fc
  .tuple(fc.constantFrom(...CLASSES), fc.stringMatching(/^[A-Za-z0-9_]{0,8}$/))
  .map(([prefix, hash]) => (prefix.endsWith('--') ? `${prefix}${hash}` : prefix));
const attrText = fuzzText.map((text) => text.replace(/[&"<]/g, (c) => `&#${c.charCodeAt(0)};`));
const bodyText = fuzzText.map((text) => text.replace(/[&<]/g, (c) => `&#${c.charCodeAt(0)};`));

const { node: htmlArb } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    bodyText,
    fc
      .record({
        tag: fc.constantFrom(...TAGS),
        classes: fc.array(classArb, { maxLength: 2 }),
        href: fc.option(fc.oneof(fc.constantFrom(...HREFS), attrText)),
        title: fc.option(attrText),
        children: fc.array(tie('node'), { maxLength: 4 }),
      })
      .map(
        ({ tag, classes, href, title, children }) =>
          `<${tag} class="${classes.join(' ')}"${href === null ? '' : ` href="${href}"`}${
            title === null ? '' : ` title="${title}"`
          }>${children.join('')}</${tag}>`,
      ),
  ),
}));

/**
 * A fresh document per run: adapters may cache per Document (eBay's sponsored-label check does),
 * and one run's page must not decide the next one's.
 */
function pageOf(html: string): Document {
  const doc = document.implementation.createHTMLDocument('fuzz');
  doc.body.innerHTML = html;
  return doc;
}

/** Read a whole page every way the content script and the command line do. */
function readEverything(adapter: SiteAdapter, url: URL, doc: Document): PageRead {
  const read = adapter.readDocument(doc, url);
  for (const { listing } of read.listings) expectValidListing(adapter, listing);
  for (const { raw } of adapter.readRawDocument(doc, url).raws) expectValidRaw(adapter, raw);
  for (const card of adapter.findCards(doc, url)) {
    // What the content script sends must pass the background's checks, or its whole batch is refused.
    const { raw } = adapter.readRawCard(card, url);
    if (raw) expectValidRaw(adapter, raw);
    const listing = adapter.readCard(card, url);
    if (listing) expectValidListing(adapter, listing);
    const anchor = adapter.badgeAnchor(card);
    expect(anchor === card || card.contains(anchor)).toBe(true);
  }
  expect(Array.isArray(adapter.findCards(doc.body, url))).toBe(true);
  return read;
}

function expectValidListing(adapter: SiteAdapter, listing: unknown): void {
  const parsed = listingSchema.safeParse(listing);
  if (!parsed.success) throw new Error(`${adapter.id} returned an invalid listing: ${parsed.error.message}`);
  expect(parsed.data.site).toBe(adapter.id);
}

/** What the content script sends (a raw read, clamped to the protocol's limits) must pass the router. */
function expectValidRaw(adapter: SiteAdapter, raw: RawListing): void {
  const parsed = rawListingSchema.safeParse(clampRawListing(raw));
  if (!parsed.success)
    throw new Error(`${adapter.id} read a raw listing the protocol refuses: ${parsed.error.message}`);
  expect(parsed.data.site).toBe(adapter.id);
}

type Damage =
  | { op: 'remove'; at: number }
  | { op: 'text'; at: number; text: string }
  | { op: 'attr'; at: number; name: string; value: string }
  | { op: 'inject'; at: number; html: string }
  | { op: 'clone'; at: number };

const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('text' as const), at: fc.nat(), text: fuzzText }),
  fc.record({
    op: fc.constant('attr' as const),
    at: fc.nat(),
    name: fc.constantFrom('class', 'href', 'title', 'id'),
    value: fc.oneof(classArb, fc.constantFrom(...HREFS), fuzzText),
  }),
  fc.record({ op: fc.constant('inject' as const), at: fc.nat(), html: htmlArb }),
  fc.record({ op: fc.constant('clone' as const), at: fc.nat() }),
);

function applyDamage(doc: Document, damage: readonly Damage[]): void {
  for (const d of damage) {
    const all = doc.body.querySelectorAll('*');
    if (all.length === 0) return;
    const el = all[d.at % all.length] as Element;
    switch (d.op) {
      case 'remove':
        el.remove();
        break;
      case 'text':
        el.textContent = d.text;
        break;
      case 'attr':
        el.setAttribute(d.name, d.value);
        break;
      case 'inject':
        el.insertAdjacentHTML('beforeend', d.html);
        break;
      case 'clone':
        el.after(el.cloneNode(true));
        break;
    }
  }
}

const bases: Record<string, string[]> = { goofish: [], ebay: [] };

// happy-dom would try (and loudly fail) to fetch external scripts and stylesheets.
const EXTERNAL_RE = /<script\b[^>]*\bsrc=[^>]*>[\s\S]*?<\/script>|<link\b[^>]*>/gi;
const strip = (html: string) => html.replace(EXTERNAL_RE, '');

beforeAll(() => {
  for (const name of ['search-miners.html', 'search-empty.html', 'item-s19jpro.html']) {
    const html = readFileSync(resolve(ROOT, 'tests/fixtures/goofish', name), 'utf8');
    bases.goofish?.push(strip(/<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html));
  }
  // The real eBay page is 1.6 MB: keep six of its cards (all layouts it has) as the base.
  const ebay = readFileSync(resolve(SHARED, 'ebay-de-search-2022.html'), 'utf8');
  const parsed = new DOMParser().parseFromString(strip(ebay), 'text/html');
  const cards = [...parsed.querySelectorAll('li.s-item,li.s-card')].slice(0, 6).map((card) => card.outerHTML);
  expect(cards.length).toBeGreaterThan(3);
  bases.ebay?.push(`<ul class="srp-results">${cards.join('')}</ul>`);
});

describe.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))(
  '%s adapter under fuzzing',
  (id, adapter) => {
    // A new adapter needs its search and item URLs (and a saved page in `bases`) here to be fuzzed.
    if (!URLS[id]) throw new Error(`tests/fuzz/adapters.test.ts has no URLs for the ${id} adapter`);
    const urlArb = fc.constantFrom(...(URLS[id] as string[])).map((href) => new URL(href));

    it('reads random markup built from its own class names without throwing', () => {
      fc.assert(
        fc.property(fc.array(htmlArb, { minLength: 1, maxLength: 6 }), urlArb, (nodes, url) => {
          readEverything(adapter, url, pageOf(nodes.join('')));
        }),
        { numRuns: 300 },
      );
    });

    it('reads damaged saved pages without throwing', () => {
      const pages = bases[id] ?? [];
      expect(pages.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(
          fc.nat({ max: pages.length - 1 }),
          fc.array(damageArb, { minLength: 1, maxLength: 8 }),
          urlArb,
          (page, damage, url) => {
            const doc = pageOf(pages[page] as string);
            applyDamage(doc, damage);
            readEverything(adapter, url, doc);
          },
        ),
        // happy-dom parses a saved page in tens of milliseconds: keep the suite within seconds.
        { numRuns: 80 },
      );
    });

    it('still reads the undamaged saved pages (the fuzz base is meaningful)', () => {
      const url = new URL(URLS[id]?.[0] as string);
      expect(readEverything(adapter, url, pageOf(bases[id]?.[0] as string)).listings.length).toBeGreaterThan(
        0,
      );
    });

    it('classifies arbitrary URLs without throwing', () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), urlArb.map(String)),
          (href) => {
            const url = new URL(href);
            expect(typeof adapter.handles(url)).toBe('boolean');
            expect(['search', 'item', 'other']).toContain(adapter.pageKind(url));
          },
        ),
        { numRuns: 500 },
      );
    });
  },
);

describe('API readers under fuzzing', () => {
  const withApi = ADAPTERS.filter((adapter) => adapter.readApiResponse);
  const xianyu = JSON.parse(readFileSync(resolve(SHARED, 'xianyu-search-app-2024.json'), 'utf8')) as unknown;
  const apiUrl = new URL('https://h5api.m.goofish.com/h5/mtop.taobao.idlemtopsearch.pc.search/1.0/');

  function expectValidRead(adapter: SiteAdapter, read: PageRead): void {
    for (const { listing } of read.listings) expectValidListing(adapter, listing);
  }
  const rawReads = (adapter: SiteAdapter, json: unknown) => {
    for (const { raw } of adapter.readRawApiResponse?.(json, apiUrl).raws ?? []) expectValidRaw(adapter, raw);
  };

  it.each(withApi.map((adapter) => [adapter.id, adapter] as const))(
    '%s reads arbitrary JSON',
    (_id, adapter) => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 6 }), (json) => {
          rawReads(adapter, json);
          rawReads(adapter, { data: { resultList: [{ data: { item: { main: json } } }] } });
          rawReads(adapter, { data: { itemDO: json, sellerDO: json } });
          expectValidRead(adapter, adapter.readApiResponse?.(json, apiUrl) as PageRead);
          expectValidRead(
            adapter,
            adapter.readApiResponse?.({ data: { resultList: [json] } }, apiUrl) as PageRead,
          );
          expectValidRead(
            adapter,
            adapter.readApiResponse?.(
              { data: { resultList: [{ data: { item: { main: json } } }] } },
              apiUrl,
            ) as PageRead,
          );
          expectValidRead(
            adapter,
            adapter.readApiResponse?.({ data: { itemDO: json, sellerDO: json } }, apiUrl) as PageRead,
          );
        }),
        { numRuns: 500 },
      );
    },
  );

  it.each(withApi.map((adapter) => [adapter.id, adapter] as const))(
    '%s reads a real response with random fields replaced',
    (_id, adapter) => {
      expect(adapter.readApiResponse?.(xianyu, apiUrl).listings.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 })), { maxLength: 6 }),
          (edits) => {
            const copy = structuredClone(xianyu);
            const slots: [Record<string, unknown>, string][] = [];
            const walk = (value: unknown) => {
              if (value && typeof value === 'object')
                for (const [key, child] of Object.entries(value)) {
                  slots.push([value as Record<string, unknown>, key]);
                  walk(child);
                }
            };
            walk(copy);
            for (const [at, replacement] of edits) {
              const [holder, key] = slots[at % slots.length] as [Record<string, unknown>, string];
              holder[key] = replacement;
            }
            rawReads(adapter, copy);
            expectValidRead(adapter, adapter.readApiResponse?.(copy, apiUrl) as PageRead);
          },
        ),
        { numRuns: 300 },
      );
    },
  );
});
