/**
 * Random message shapes against the background's router. A message arrives as JSON from a
 * content script on a hostile page (or a compromised renderer), so the router must answer every
 * shape with a response, pass a handler only what the protocol allows, and strip anything else.
 *
 * The oracle is written by hand from interfaces.md and protocol.ts, not derived from the zod
 * schemas, so a loosened schema shows up here as a disagreement.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRouter } from '@/lib/background/router';
import type { SenderInfo } from '@/lib/background/sender';
import { isMarketplaceUrl } from '@/lib/marketplaces';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const FROM_CONTENT: SenderInfo = {
  id: EXT_ID,
  url: 'https://www.goofish.com/search?q=s19',
  tab: { id: 3 },
  frameId: 0,
};
const FROM_PAGE: SenderInfo = { id: EXT_ID, url: `${ORIGIN}options.html` };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = Record<string, unknown>;

// ---- the hand-written oracle ---------------------------------------------------------------

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, min = 0, max = Number.POSITIVE_INFINITY) =>
  typeof v === 'string' && v.length >= min && v.length <= max;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown, min: number, max: number) =>
  isNum(v) && Number.isSafeInteger(v) && v >= min && v <= max;
const nullOr = (v: unknown, check: (x: unknown) => boolean) => v === null || check(v);
const SITE_RE = /^[a-z][a-z0-9-]{1,30}$/;
const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const KINDS = ['search', 'item', 'other'];

const MARKET_RE = /^[a-z][a-z0-9.-]{1,40}$/;
const LISTING_ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

/** A price as shown: one text, or up to 8 parts of up to 50 characters. */
function validPriceSource(v: unknown): boolean {
  if (typeof v === 'string') return v.length <= 200;
  return Array.isArray(v) && v.length <= 8 && v.every((part) => isStr(part, 0, 50));
}

/** A raw listing: what the page shows, before the background interprets it. */
function validRawListing(v: unknown): boolean {
  return (
    isObj(v) &&
    isStr(v.site) &&
    SITE_RE.test(v.site as string) &&
    isStr(v.market) &&
    MARKET_RE.test(v.market as string) &&
    isStr(v.listingId) &&
    LISTING_ID_RE.test(v.listingId as string) &&
    isStr(v.url, 0, 2048) &&
    isStr(v.title, 0, 4096) &&
    Array.isArray(v.prices) &&
    v.prices.length <= 8 &&
    v.prices.every((x) => x === null || x === undefined || validPriceSource(x)) &&
    Array.isArray(v.regions) &&
    v.regions.length <= 8 &&
    v.regions.every((x) => x === null || x === undefined || isStr(x, 0, 300)) &&
    nullOr(v.postedAt, (x) => isStr(x) && ISO_RE.test(x as string)) &&
    typeof v.advert === 'boolean' &&
    Array.isArray(v.attributes) &&
    v.attributes.length <= 40 &&
    v.attributes.every((x) => isStr(x, 0, 200))
  );
}

/** Whether a content script may send this (interfaces.md + protocol.ts, by hand). */
function validContent(m: unknown): boolean {
  if (!isObj(m)) return false;
  if (m.type === 'content/listings-seen')
    return (
      isStr(m.pageUrl, 0, 4096) &&
      KINDS.includes(m.pageKind as string) &&
      Array.isArray(m.listings) &&
      m.listings.length <= 500 &&
      m.listings.every(validRawListing)
    );
  if (m.type === 'content/page-not-understood')
    return (
      isStr(m.site) &&
      SITE_RE.test(m.site as string) &&
      KINDS.includes(m.pageKind as string) &&
      isStr(m.url, 0, 4096) &&
      Array.isArray(m.missing) &&
      m.missing.length <= 20 &&
      m.missing.every((x) => isStr(x, 0, 200)) &&
      isStr(m.message, 0, 500)
    );
  return false;
}

/** Whether an extension page may send this. */
function validPage(m: unknown): boolean {
  if (!isObj(m)) return false;
  switch (m.type) {
    case 'page/tab-listings':
      return isInt(m.tabId, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    case 'page/listing-history':
      return (
        isObj(m.ref) && isStr(m.ref.site) && SITE_RE.test(m.ref.site as string) && isStr(m.ref.listingId, 1)
      );
    case 'page/model-series':
      return isStr(m.model, 1) && (m.now === undefined || isStr(m.now));
    case 'page/export-history':
      return m.format === 'jsonl' || m.format === 'csv';
    case 'page/import-history':
      return isStr(m.text);
    case 'page/clear-history':
      return m.confirm === true;
    case 'page/storage-info':
      return true;
    default:
      return false;
  }
}

// Keys a handler may ever see, per object kind: anything else must have been stripped.
const KEYS = {
  listingsSeen: ['type', 'pageUrl', 'pageKind', 'listings'],
  notUnderstood: ['type', 'site', 'pageKind', 'url', 'missing', 'message'],
  listing: [
    'site',
    'market',
    'listingId',
    'url',
    'title',
    'prices',
    'regions',
    'postedAt',
    'advert',
    'attributes',
  ],
};

function onlyKeys(value: unknown, allowed: readonly string[]): void {
  if (!isObj(value)) return;
  expect(Object.keys(value).filter((key) => !allowed.includes(key))).toEqual([]);
}

function expectStripped(message: Obj): void {
  if (message.type === 'content/page-not-understood') {
    onlyKeys(message, KEYS.notUnderstood);
    return;
  }
  onlyKeys(message, KEYS.listingsSeen);
  for (const listing of message.listings as Obj[]) {
    onlyKeys(listing, KEYS.listing);
  }
}

// ---- generators ------------------------------------------------------------------------------

const siteArb = fc.oneof(fc.constantFrom('goofish', 'ebay'), fc.stringMatching(/^[a-z][a-z0-9-]{1,30}$/));
const isoArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const priceSourceArb = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
  fc.constantFrom('¥5200', 'EUR 1.299,00', '$92.92$109.32', '1.2万'),
);
const listingArb = fc.record({
  site: siteArb,
  market: fc.oneof(
    fc.constantFrom('goofish', 'ebay-com', 'ebay-co-uk'),
    fc.stringMatching(/^[a-z][a-z0-9.-]{1,40}$/),
  ),
  listingId: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
  url: fc.webUrl(),
  title: fc.string({ maxLength: 200, unit: 'grapheme' }),
  prices: fc.array(fc.option(priceSourceArb), { maxLength: 3 }),
  regions: fc.array(fc.option(fc.string({ maxLength: 30 })), { maxLength: 3 }),
  postedAt: fc.option(isoArb),
  advert: fc.boolean(),
  attributes: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
});
const contentArb = fc.oneof(
  fc.record({
    type: fc.constant('content/listings-seen'),
    pageUrl: fc.webUrl(),
    pageKind: fc.constantFrom('search', 'item', 'other'),
    listings: fc.array(listingArb, { maxLength: 4 }),
  }),
  fc.record({
    type: fc.constant('content/page-not-understood'),
    site: siteArb,
    pageKind: fc.constantFrom('search', 'item', 'other'),
    url: fc.webUrl(),
    missing: fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }),
    message: fc.string({ maxLength: 100 }),
  }),
);
const pageArb = fc.oneof(
  fc.record({ type: fc.constant('page/tab-listings'), tabId: fc.integer() }),
  fc.record({
    type: fc.constant('page/listing-history'),
    ref: fc.record({ site: siteArb, listingId: fc.string({ minLength: 1 }) }),
  }),
  fc.record({ type: fc.constant('page/model-series'), model: fc.string({ minLength: 1 }) }),
  fc.record({ type: fc.constant('page/export-history'), format: fc.constantFrom('jsonl', 'csv') }),
  fc.record({ type: fc.constant('page/import-history'), text: fc.string() }),
  fc.record({ type: fc.constant('page/clear-history'), confirm: fc.constant(true) }),
  fc.record({ type: fc.constant('page/storage-info') }),
);

/** Every path to a value inside a JSON tree (the root is []). */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) out.push(...paths(item, [...prefix, i]));
  } else if (isObj(value)) for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

type Mutation = { op: 'replace'; value: Json } | { op: 'delete' } | { op: 'add'; key: string; value: Json };

/** Apply one mutation at one path of a deep copy. */
function mutate(message: unknown, pick: number, mutation: Mutation): unknown {
  const copy = structuredClone(message) as Json;
  const all = paths(copy);
  const path = all[pick % all.length] as (string | number)[];
  if (path.length === 0) {
    if (mutation.op === 'replace') return mutation.value;
    if (mutation.op === 'add' && isObj(copy)) (copy as Obj)[mutation.key] = mutation.value;
    return copy;
  }
  let parent = copy as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (mutation.op === 'replace') parent[last] = mutation.value;
  else if (mutation.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (isObj(parent[last])) (parent[last] as Obj)[mutation.key] = mutation.value;
  return copy;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant('replace' as const),
    value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  }),
  fc.record({ op: fc.constant('delete' as const) }),
  fc.record({
    op: fc.constant('add' as const),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'innerHTML', 'type'), fc.string()),
    value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  }),
);

/** What crosses `runtime.sendMessage`: JSON. */
const overTheWire = (message: unknown): unknown => JSON.parse(JSON.stringify(message) ?? 'null');

function recordingRouter() {
  const calls: { kind: 'content' | 'page'; message: unknown; tabId?: number }[] = [];
  const route = createRouter({
    extensionId: EXT_ID,
    extensionOrigin: ORIGIN,
    isMarketplaceUrl,
    handlers: {
      content: async (message, tabId) => {
        calls.push({ kind: 'content', message, tabId });
        return { ok: true, verdicts: [] };
      },
      page: async (message) => {
        calls.push({ kind: 'page', message });
        return { ok: true };
      },
    },
    log: () => {},
  });
  return { route, calls };
}

async function check(message: unknown, sender: SenderInfo, kind: 'content' | 'page'): Promise<void> {
  const { route, calls } = recordingRouter();
  const wire = overTheWire(message);
  const answer = (await route(wire, sender)) as Obj;
  const valid = kind === 'content' ? validContent(wire) : validPage(wire);
  if (valid) {
    expect(calls).toHaveLength(1);
    expect(calls[0]?.kind).toBe(kind);
    expect(answer.ok).toBe(true);
    if (kind === 'content') {
      expect(calls[0]?.tabId).toBe(3);
      expectStripped(calls[0]?.message as Obj);
    }
  } else {
    expect(calls).toEqual([]);
    expect(answer.ok).toBe(false);
    expect(typeof answer.error).toBe('string');
    expect((answer.error as string).length).toBeLessThan(2000);
  }
}

const RUNS = { numRuns: 400 };

describe('router against random message shapes', () => {
  it('answers arbitrary JSON from a content script, and passes on only valid messages', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), (message) => check(message, FROM_CONTENT, 'content')),
      RUNS,
    );
  });

  it('passes valid content messages through with unknown keys stripped', async () => {
    await fc.assert(
      fc.asyncProperty(
        contentArb,
        fc.string(),
        fc.jsonValue({ maxDepth: 1 }),
        async (message, key, extra) => {
          const withExtra = { ...message, [`x-${key}`]: extra };
          const { route, calls } = recordingRouter();
          await route(overTheWire(withExtra), FROM_CONTENT);
          expect(calls).toHaveLength(1);
          expectStripped(calls[0]?.message as Obj);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects every mutation of a valid content message that breaks the protocol', async () => {
    await fc.assert(
      fc.asyncProperty(contentArb, fc.nat(), mutationArb, (message, pick, mutation) =>
        check(mutate(message, pick, mutation), FROM_CONTENT, 'content'),
      ),
      { numRuns: 800 },
    );
  });

  it('rejects every mutation of a valid page message that breaks the protocol', async () => {
    await fc.assert(
      fc.asyncProperty(pageArb, fc.nat(), mutationArb, (message, pick, mutation) =>
        check(mutate(message, pick, mutation), FROM_PAGE, 'page'),
      ),
      { numRuns: 600 },
    );
  });

  it('never lets a content script reach a page handler (export, import, clear)', async () => {
    await fc.assert(
      fc.asyncProperty(pageArb, async (message) => {
        const { route, calls } = recordingRouter();
        const answer = (await route(overTheWire(message), FROM_CONTENT)) as Obj;
        expect(calls).toEqual([]);
        expect(answer.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('does not let a prototype-pollution payload through or onto Object.prototype', async () => {
    const payload = JSON.parse(
      '{"type":"content/page-not-understood","site":"goofish","pageKind":"search","url":"u","missing":[],"message":"m","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}',
    );
    const { route, calls } = recordingRouter();
    await route(payload, FROM_CONTENT);
    expect(({} as Obj).polluted).toBeUndefined();
    expect(calls).toHaveLength(1);
    const received = calls[0]?.message as Obj;
    expect(Object.hasOwn(received, '__proto__')).toBe(false);
    expect(Object.hasOwn(received, 'constructor')).toBe(false);
    expect(Object.getPrototypeOf(received)).toBe(Object.prototype);
  });
});
