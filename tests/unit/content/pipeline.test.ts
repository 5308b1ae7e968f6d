/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPipeline } from '@/lib/content/pipeline';
import type { ContentToBackground, ListingVerdict } from '@/lib/messages/protocol';
import type { RawListing } from '@/lib/schema';
import { buildListing } from '@/lib/sites/build-listing';
import type { SiteReader } from '@/lib/sites/types';

/** A minimal reader over `<div class="card" data-id>title</div>` cards. */
const reader: SiteReader = {
  id: 'testsite',
  matches: ['*://test.example/*'],
  handles: () => true,
  pageKind: (url) => (url.pathname.startsWith('/search') ? 'search' : 'other'),
  readRawDocument: (doc, url) => {
    const cards = [...doc.querySelectorAll('.card')];
    return {
      site: 'testsite',
      pageKind: 'search',
      raws: [],
      diagnostic:
        cards.length === 0
          ? {
              site: 'testsite',
              pageKind: 'search',
              url: url.href,
              missing: ['card'],
              message: 'no cards found',
            }
          : null,
    };
  },
  findCards: (root) => [...root.querySelectorAll('.card')],
  readRawCard: (card) => {
    const id = card.getAttribute('data-id');
    const title = card.firstChild?.textContent ?? '';
    if (!id) return { raw: null, missing: ['id'] };
    if (!title) return { raw: null, missing: ['title'] };
    const raw: RawListing = {
      site: 'testsite',
      market: 'ebay-com',
      listingId: id,
      url: `https://test.example/item/${id}`,
      title,
      prices: ['$100.00'],
      regions: ['Located in Austin, Texas, United States'],
      postedAt: null,
      advert: false,
      attributes: [],
    };
    return { raw, missing: [] };
  },
  badgeAnchor: (card) => card,
};

/** The background's answer for a batch: the real interpretation, and a verdict per listing. */
function answer(message: ContentToBackground, kind: 'above' | 'below' = 'below') {
  if (message.type !== 'content/listings-seen') return { ok: true, verdicts: [] };
  return {
    ok: true,
    verdicts: message.listings.map((raw) => {
      const listing = buildListing(raw);
      return {
        listing,
        judged: verdictFor(listing.listingId, kind),
        regionNames: { en: 'Texas', zh: '得克萨斯州' },
      };
    }),
  };
}

function verdictFor(listingId: string, kind: 'above' | 'below'): ListingVerdict {
  return {
    site: 'testsite',
    listingId,
    verdict: {
      verdict: kind,
      deviation: kind === 'above' ? 0.12 : -0.2,
      expected: { amount: 90, currency: 'USD' },
      basis: { level: 'subdivision', region: 'US-TX', model: 'Antminer S19', points: 7, windowDays: 90 },
    },
    unitRate: 100 / 95,
    priceChanges: [],
  };
}

const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

function page(cards: string) {
  document.body.innerHTML = `<main>${cards}</main>`;
}

const running: AbortController[] = [];

function start(
  send: (message: ContentToBackground) => Promise<unknown>,
  url = 'https://test.example/search?q=s19',
) {
  const controller = new AbortController();
  running.push(controller);
  const pipeline = startPipeline({
    doc: document,
    adapter: reader,
    getUrl: () => new URL(url),
    navigationSettleMs: 60,
    send,
    signal: controller.signal,
    lang: 'en',
    markNonRigs: true,
    schedule: (fn, ms) => setTimeout(fn, Math.min(ms, 5)),
    diagnosticDelayMs: 10,
  });
  return { controller, pipeline };
}

const badge = (id: string) => document.querySelector(`rigscout-badge[data-rigscout-listing="${id}"]`);

describe('content pipeline', () => {
  afterEach(() => {
    // A failed test must not leave its pipeline working on the next test's page.
    for (const controller of running.splice(0)) controller.abort();
    document.body.replaceChildren();
  });

  it('badges every card, sends one batch, and shows the verdicts that come back', async () => {
    page(
      '<div class="card" data-id="1">Bitmain Antminer S19 95TH/s</div><div class="card" data-id="2">APW12 power supply for Antminer S19</div>',
    );
    const send = vi.fn(async (message: ContentToBackground) => {
      expect(message.type).toBe('content/listings-seen');
      return answer(message, 'below');
    });
    const { controller } = start(send);
    // A quick answer: the badge goes into the page once, with its verdict (one layout pass).
    expect(badge('1')).toBeNull();
    await tick();
    expect(send).toHaveBeenCalledOnce();
    expect(badge('2')?.getAttribute('data-rigscout-verdict')).toBe('none');
    const host = badge('1');
    expect(host?.getAttribute('data-rigscout-verdict')).toBe('below');
    expect(host?.hasAttribute('data-rigscout-state')).toBe(false);
    expect(host?.shadowRoot?.querySelector('.label')?.textContent).toContain('−20% vs Texas · $1.05/T');
    controller.abort();
  });

  it('shows a pending badge while the background is slow to answer', async () => {
    page('<div class="card" data-id="1">Antminer S19 95T</div>');
    let reply: (value: unknown) => void = () => undefined;
    const send = vi.fn((message: ContentToBackground) => {
      if (message.type !== 'content/listings-seen') return Promise.resolve({ ok: true, verdicts: [] });
      return new Promise((resolve) => {
        reply = () => resolve(answer(message, 'above'));
      });
    });
    start(send);
    await tick(40);
    expect(badge('1')?.getAttribute('data-rigscout-state')).toBe('pending');
    reply(undefined);
    await tick();
    expect(badge('1')?.getAttribute('data-rigscout-verdict')).toBe('above');
    expect(badge('1')?.hasAttribute('data-rigscout-state')).toBe(false);
    expect(document.querySelectorAll('rigscout-badge')).toHaveLength(1);
  });

  it('resends a batch the background did not acknowledge', async () => {
    page('<div class="card" data-id="1">S19 95T</div>');
    let calls = 0;
    const send = vi.fn(async (message: ContentToBackground) => {
      calls++;
      if (calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
      return answer(message, 'above');
    });
    const { controller } = start(send);
    await tick(80);
    expect(send).toHaveBeenCalledTimes(3);
    expect(badge('1')?.getAttribute('data-rigscout-verdict')).toBe('above');
    controller.abort();
  });

  it('shows a refusal from the background on the badge at once, without resending', async () => {
    page('<div class="card" data-id="1">Antminer S19 95T</div>');
    const send = vi.fn(async () => ({ ok: false, error: 'The price history is full: nothing was saved.' }));
    start(send);
    await tick(80);
    expect(send).toHaveBeenCalledOnce();
    const host = badge('1');
    expect(host?.hasAttribute('data-rigscout-state')).toBe(false);
    expect(host?.shadowRoot?.querySelector('.label')?.textContent).toBe('Not saved');
    expect(host?.shadowRoot?.querySelector('.panel')?.textContent).toContain('The price history is full');
  });

  it('says so on the badge when the background never answers', async () => {
    page('<div class="card" data-id="1">Antminer S19 95T</div>');
    const send = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    start(send);
    await tick(150);
    expect(send).toHaveBeenCalledTimes(7);
    const host = badge('1');
    expect(host?.hasAttribute('data-rigscout-state')).toBe(false);
    expect(host?.shadowRoot?.querySelector('.panel')?.textContent).toContain('Reload the page');
  });

  it('badges cards appended later once each, and never twice on a rescan', async () => {
    page('<div class="card" data-id="1">S19 95T</div>');
    const send = vi.fn(async () => ({ ok: true, verdicts: [] }));
    const { controller, pipeline } = start(send);
    const main = document.querySelector('main') as Element;
    main.insertAdjacentHTML('beforeend', '<div class="card" data-id="3">M30S++ 112T</div>');
    await tick();
    pipeline.onLocationChange(new URL('https://test.example/search?q=s19'));
    await tick();
    expect(document.querySelectorAll('rigscout-badge')).toHaveLength(2);
    expect(send).toHaveBeenCalledTimes(2);
    controller.abort();
  });

  it('after an SPA navigation, re-reads cards reused in place and sends them under the new URL', async () => {
    page(
      '<div class="card" data-id="1">Antminer S19 95T</div><div class="card" data-id="2">Antminer S19j Pro 104T</div>',
    );
    const sent: ContentToBackground[] = [];
    const send = vi.fn(async (message: ContentToBackground) => {
      sent.push(message);
      return answer(message);
    });
    const { controller, pipeline } = start(send);
    await tick();
    const next = new URL('https://test.example/search?q=m30');
    pipeline.onLocationChange(next);
    await tick();
    // The old results are still shown: nothing is sent under the new URL yet.
    expect(sent.filter((m) => m.type === 'content/listings-seen' && m.pageUrl === next.href)).toEqual([]);
    // The SPA reuses the first card for a new result.
    const first = document.querySelector('.card') as Element;
    first.setAttribute('data-id', '7');
    (first.firstChild as Text).data = 'Whatsminer M30S++ 112T';
    await tick();
    expect(badge('7')).not.toBeNull();
    expect(first.querySelectorAll('rigscout-badge')).toHaveLength(1);
    // The unchanged card is taken as part of the new page once the page has settled.
    await tick(120);
    const underNew = sent
      .filter((m) => m.type === 'content/listings-seen' && m.pageUrl === next.href)
      .flatMap((m) => (m.type === 'content/listings-seen' ? m.listings.map((l) => l.listingId) : []));
    expect(underNew.sort()).toEqual(['2', '7']);
    controller.abort();
  });

  it('shows page text as text, never as markup', async () => {
    page('<div class="card" data-id="9"></div>');
    (document.querySelector('.card') as Element).textContent =
      '<img src=x onerror=alert(1)> Antminer S19 95T';
    const send = vi.fn(async (message: ContentToBackground) => answer(message, 'above'));
    const { controller } = start(send);
    await tick();
    const shadow = badge('9')?.shadowRoot;
    expect(badge('9')?.getAttribute('data-rigscout-verdict')).toBe('above');
    expect(shadow?.querySelector('img')).toBeNull();
    controller.abort();
  });

  it('reports a page it should understand but cannot', async () => {
    page('<p>Layout changed</p>');
    const send = vi.fn(async () => ({ ok: true, verdicts: [] }));
    const { controller } = start(send);
    await tick(40);
    expect(send).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'content/page-not-understood', missing: ['card'], site: 'testsite' }),
    );
    controller.abort();
  });

  it('stops sending once the content script is invalidated', async () => {
    page('');
    const send = vi.fn(async () => ({ ok: true, verdicts: [] }));
    const { controller } = start(send);
    controller.abort();
    document
      .querySelector('main')
      ?.insertAdjacentHTML('beforeend', '<div class="card" data-id="5">S19</div>');
    await tick(40);
    expect(send).not.toHaveBeenCalled();
  });
});
