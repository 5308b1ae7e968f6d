/**
 * Messages are accepted only from this extension's own contexts: its pages (popup, options) and
 * its content scripts in a marketplace tab. Random senders — other extensions, web pages,
 * look-alike hosts, frames without a tab — must all be refused before any handler runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRouter } from '@/lib/background/router';
import { checkSender, type SenderInfo } from '@/lib/background/sender';
import { isMarketplaceUrl } from '@/lib/marketplaces';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const POLICY = { extensionId: EXT_ID, extensionOrigin: ORIGIN, isMarketplaceUrl };

const MARKET_HOSTS = [
  'goofish.com',
  'ebay.com',
  'ebay.co.uk',
  'ebay.de',
  'ebay.ca',
  'ebay.com.au',
  'ebay.fr',
  'ebay.it',
  'ebay.es',
];

/** Independent oracle: a marketplace page is http(s) on one of the hosts or a subdomain. */
function isMarketplace(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  return MARKET_HOSTS.some((host) => parsed.hostname === host || parsed.hostname.endsWith(`.${host}`));
}

const hostArb = fc.oneof(
  fc.constantFrom(...MARKET_HOSTS.map((h) => `www.${h}`)),
  fc.constantFrom(
    'goofish.com.evil.example',
    'evilgoofish.com',
    'goofish.co',
    'ebay.com.evil.example',
    'notebay.de',
    'ebay.de.',
    'xn--goofish-9za.com',
    'h5.m.goofish.com',
    'www.ebay.com.au',
    '127.0.0.1',
  ),
  fc.domain(),
);
const urlArb = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('https', 'http', 'ftp', 'file', 'javascript', 'data', 'blob:https'),
      hostArb,
      fc.webPath(),
    )
    .map(([scheme, host, path]) => `${scheme}://${host}${path}`),
  fc.constantFrom(
    `${ORIGIN}popup.html`,
    `${ORIGIN}options.html`,
    'chrome-extension://bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/popup.html',
    `chrome-extension://${EXT_ID}x/popup.html`,
    'https://user:pass@www.goofish.com/search',
    'https://www.goofish.com@evil.example/',
    'about:blank',
    'not a url',
    '',
  ),
  fc.webUrl(),
);
const senderArb: fc.Arbitrary<SenderInfo> = fc.record(
  {
    id: fc.oneof(fc.constant(EXT_ID), fc.constant('bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'), fc.string()),
    url: urlArb,
    origin: fc.string(),
    tab: fc.record(
      { id: fc.oneof(fc.integer({ min: -5, max: 1000 }), fc.constant(-1)) },
      { requiredKeys: [] },
    ),
    frameId: fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: [] },
);

describe('sender checks', () => {
  it('classify every random sender as this extension would, and no other way', () => {
    fc.assert(
      fc.property(senderArb, (sender) => {
        const result = checkSender(sender, POLICY);
        const url = sender.url ?? '';
        if (sender.id !== EXT_ID) {
          expect(result).toHaveProperty('rejected');
        } else if (url.startsWith(ORIGIN)) {
          expect(result).toEqual({ kind: 'page' });
        } else if (sender.tab?.id !== undefined && sender.tab.id >= 0 && isMarketplace(url)) {
          expect(result).toEqual({ kind: 'content', tabId: sender.tab.id, url });
        } else {
          expect(result).toHaveProperty('rejected');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never runs a handler for a refused sender, whatever the message', async () => {
    await fc.assert(
      fc.asyncProperty(senderArb, fc.jsonValue({ maxDepth: 2 }), async (sender, message) => {
        let called = false;
        const route = createRouter({
          ...POLICY,
          handlers: {
            content: async () => {
              called = true;
              return { ok: true, verdicts: [] };
            },
            page: async () => {
              called = true;
              return { ok: true };
            },
          },
          log: () => {},
        });
        const answer = (await route({ type: 'page/storage-info', junk: message }, sender)) as { ok: boolean };
        const trusted = checkSender(sender, POLICY);
        const mayRun = 'kind' in trusted && trusted.kind === 'page';
        expect(called).toBe(mayRun);
        expect(answer.ok).toBe(mayRun);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses an extension page message that claims to come from a content script, and the reverse', async () => {
    const calls: string[] = [];
    const route = createRouter({
      ...POLICY,
      handlers: {
        content: async () => {
          calls.push('content');
          return { ok: true, verdicts: [] };
        },
        page: async () => {
          calls.push('page');
          return { ok: true };
        },
      },
      log: () => {},
    });
    const diagnostic = {
      type: 'content/page-not-understood',
      site: 'goofish',
      pageKind: 'search',
      url: 'https://www.goofish.com/search?q=x',
      missing: [],
      message: 'x',
    };
    expect(await route(diagnostic, { id: EXT_ID, url: `${ORIGIN}popup.html` })).toMatchObject({ ok: false });
    expect(
      await route(
        { type: 'page/clear-history', confirm: true },
        { id: EXT_ID, url: 'https://www.goofish.com/search?q=x', tab: { id: 4 } },
      ),
    ).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
  });
});
