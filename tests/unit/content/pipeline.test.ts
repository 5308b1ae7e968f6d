/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPipeline } from '@/lib/content/pipeline';
import type { ContentToBackground, ListingVerdict } from '@/lib/messages/protocol';
import type { Listing } from '@/lib/schema';
import type { SiteAdapter } from '@/lib/sites/types';

/** A minimal adapter over `<div class="card" data-id data-rig>title</div>` cards. */
const adapter: SiteAdapter = {
  id: 'testsite',
  matches: ['*://test.example/*'],
  handles: () => true,
  pageKind: (url) => (url.pathname.startsWith('/search') ? 'search' : 'other'),
  readDocument: (doc) => ({
    site: 'testsite',
    pageKind: 'search',
    listings: [],
    diagnostic:
      doc.querySelectorAll('.card').length === 0
        ? { site: 'testsite', pageKind: 'search', url: '', missing: ['card'], message: 'no cards found' }
        : null,
  }),
  findCards: (root) => [...root.querySelectorAll('.card')],
  readCard: (card) => {
    const id = card.getAttribute('data-id');
    const title = card.firstChild?.textContent ?? '';
    if (!id || !title) return null;
    const rig = card.hasAttribute('data-rig');
    return {
      site: 'testsite',
      listingId: id,
      url: `https://test.example/item/${id}`,
      title,
      price: { amount: 100, currency: 'USD', maxAmount: null },
      quantity: 1,
      region: null,
      miner: rig
        ? {
            model: 'Antminer S19',
            vendor: 'Bitmain',
            algorithm: 'SHA-256',
            hashrateHs: 95e12,
            hashrateSource: 'listing',
            powerW: null,
          }
        : null,
      isMiningRig: rig,
      exclusion: rig ? null : 'part',
      postedAt: null,
    } satisfies Listing;
  },
  badgeAnchor: (card) => card,
};

function verdictFor(listingId: string, kind: 'above' | 'below'): ListingVerdict {
  return {
    site: 'testsite',
    listingId,
    verdict: {
      verdict: kind,
      deviation: kind === 'above' ? 0.12 : -0.2,
      expected: { amount: 90, currency: 'USD' },
      basis: { level: 'country', region: 'US', model: 'Antminer S19', points: 7, windowDays: 90 },
    },
    unitRate: 100 / 95,
    priceChanges: [],
  };
}

const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

function page(cards: string) {
  document.body.innerHTML = `<main>${cards}</main>`;
}

function start(
  send: (message: ContentToBackground) => Promise<unknown>,
  url = 'https://test.example/search?q=s19',
) {
  const controller = new AbortController();
  const pipeline = startPipeline({
    doc: document,
    adapter,
    getUrl: () => new URL(url),
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
    document.body.replaceChildren();
  });

  it('badges every card, sends one batch, and shows the verdicts that come back', async () => {
    page('<div class="card" data-id="1" data-rig>S19 95T</div><div class="card" data-id="2">APW12 PSU</div>');
    const send = vi.fn(async (message: ContentToBackground) => {
      expect(message.type).toBe('content/listings-seen');
      return { ok: true, verdicts: [verdictFor('1', 'below')] };
    });
    const { controller } = start(send);
    expect(badge('2')?.getAttribute('data-rigscout-verdict')).toBe('none');
    await tick();
    expect(send).toHaveBeenCalledOnce();
    const host = badge('1');
    expect(host?.getAttribute('data-rigscout-verdict')).toBe('below');
    expect(host?.shadowRoot?.querySelector('.label')?.textContent).toContain('−20% vs United States · $1.05/T');
    controller.abort();
  });

  it('resends a batch the background did not acknowledge', async () => {
    page('<div class="card" data-id="1" data-rig>S19 95T</div>');
    let calls = 0;
    const send = vi.fn(async () => {
      calls++;
      if (calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true, verdicts: [verdictFor('1', 'above')] };
    });
    const { controller } = start(send);
    await tick(80);
    expect(send).toHaveBeenCalledTimes(3);
    expect(badge('1')?.getAttribute('data-rigscout-verdict')).toBe('above');
    controller.abort();
  });

  it('badges cards appended later once each, and never twice on a rescan', async () => {
    page('<div class="card" data-id="1" data-rig>S19 95T</div>');
    const send = vi.fn(async () => ({ ok: true, verdicts: [] }));
    const { controller, pipeline } = start(send);
    const main = document.querySelector('main') as Element;
    main.insertAdjacentHTML('beforeend', '<div class="card" data-id="3" data-rig>M30S++ 112T</div>');
    await tick();
    pipeline.onLocationChange();
    await tick();
    expect(document.querySelectorAll('rigscout-badge')).toHaveLength(2);
    expect(send).toHaveBeenCalledTimes(2);
    controller.abort();
  });

  it('shows page text as text, never as markup', async () => {
    page('<div class="card" data-id="9" data-rig></div>');
    (document.querySelector('.card') as Element).textContent = '<img src=x onerror=alert(1)> S19';
    const send = vi.fn(async () => ({ ok: true, verdicts: [verdictFor('9', 'above')] }));
    const { controller } = start(send);
    await tick();
    const shadow = badge('9')?.shadowRoot;
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
      ?.insertAdjacentHTML('beforeend', '<div class="card" data-id="5" data-rig>S19</div>');
    await tick(40);
    expect(send).not.toHaveBeenCalled();
  });
});
