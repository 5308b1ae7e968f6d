import { describe, expect, it, vi } from 'vitest';
import { createRouter, type RouterHandlers } from '@/lib/background/router';
import { isMarketplaceUrl } from '@/lib/marketplaces';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;

const listing = {
  site: 'goofish',
  market: 'goofish',
  listingId: '1',
  url: 'https://www.goofish.com/item?id=1',
  title: 'S19 95T',
  prices: [['¥', '1000']],
  regions: ['内蒙古'],
  postedAt: null,
  advert: false,
  attributes: [],
};
const seen = {
  type: 'content/listings-seen',
  pageUrl: 'https://www.goofish.com/search?q=s19',
  pageKind: 'search',
  listings: [listing],
};
const fromGoofish = { id: EXT_ID, url: 'https://www.goofish.com/search?q=s19', tab: { id: 7 }, frameId: 0 };
const fromPopup = { id: EXT_ID, url: `${ORIGIN}popup.html` };

function setup() {
  const handlers: RouterHandlers = {
    content: vi.fn(async () => ({ ok: true, verdicts: [] })),
    page: vi.fn(async () => ({ ok: true })),
  };
  const log = vi.fn();
  const route = createRouter({
    extensionId: EXT_ID,
    extensionOrigin: ORIGIN,
    isMarketplaceUrl,
    handlers,
    log,
  });
  return { route, handlers, log };
}

describe('message router', () => {
  it('passes a valid content message with the sender tab', async () => {
    const { route, handlers } = setup();
    await expect(route(seen, fromGoofish)).resolves.toEqual({ ok: true, verdicts: [] });
    expect(handlers.content).toHaveBeenCalledWith(seen, 7);
  });

  it('passes a valid page message from an extension page', async () => {
    const { route, handlers } = setup();
    await route({ type: 'page/tab-listings', tabId: 7 }, fromPopup);
    expect(handlers.page).toHaveBeenCalledWith({ type: 'page/tab-listings', tabId: 7 });
  });

  it.each([
    ['another extension', { ...fromGoofish, id: 'other' }],
    ['a page of a site we do not run on', { ...fromGoofish, url: 'https://evil.example/' }],
    ['a look-alike host', { ...fromGoofish, url: 'https://goofish.com.evil.example/' }],
    ['a content script without a tab', { id: EXT_ID, url: 'https://www.goofish.com/' }],
    ['no sender URL', { id: EXT_ID, tab: { id: 1 } }],
  ])('rejects a message from %s and logs why', async (_name, sender) => {
    const { route, handlers, log } = setup();
    const answer = (await route(seen, sender)) as { ok: boolean; error: string };
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/rejected message/);
    expect(log).toHaveBeenCalledOnce();
    expect(handlers.content).not.toHaveBeenCalled();
  });

  it('does not let a content script send page queries (export, clear)', async () => {
    const { route, handlers } = setup();
    const answer = (await route({ type: 'page/clear-history', confirm: true }, fromGoofish)) as {
      ok: boolean;
    };
    expect(answer.ok).toBe(false);
    expect(handlers.page).not.toHaveBeenCalled();
  });

  it.each([
    ['not an object', 'hello'],
    ['an unknown type', { type: 'content/drop-tables' }],
    ['a listing id with a path in it', { ...seen, listings: [{ ...listing, listingId: '../1' }] }],
    ['a price text too long to be one', { ...seen, listings: [{ ...listing, prices: ['9'.repeat(201)] }] }],
    ['a listing without its raw texts', { ...seen, listings: [{ ...listing, prices: undefined }] }],
    ['too many listings', { ...seen, listings: Array.from({ length: 501 }, () => listing) }],
    ['an extra-long title', { ...seen, listings: [{ ...listing, title: 'x'.repeat(5000) }] }],
  ])('rejects a malformed message: %s', async (_name, message) => {
    const { route, handlers, log } = setup();
    const answer = (await route(message, fromGoofish)) as { ok: boolean; error: string };
    expect(answer).toMatchObject({ ok: false });
    expect(answer.error).toMatch(/rejected content message/);
    expect(log).toHaveBeenCalledOnce();
    expect(handlers.content).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error answer', async () => {
    const { route, handlers } = setup();
    vi.mocked(handlers.page).mockRejectedValueOnce(new Error('The history store is full.'));
    await expect(route({ type: 'page/storage-info' }, fromPopup)).resolves.toEqual({
      ok: false,
      error: 'The history store is full.',
    });
  });
});
