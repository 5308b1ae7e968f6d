import { afterAll, describe, expect, it } from 'vitest';
import { pageNotUnderstoodSchema } from '@/lib/messages/protocol';
import { ebayAdapter } from '@/lib/sites/ebay/adapter';
import { goofishAdapter } from '@/lib/sites/goofish/adapter';
import { parseHtml } from './helpers';

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

function page(body: string, url: string): Document {
  const { doc, close } = parseHtml(
    `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`,
    url,
  );
  closers.push(close);
  return doc;
}

describe('"page not understood" diagnostics', () => {
  it('goofish search with no cards at all (a layout change) names the missing card', () => {
    const url = new URL('https://www.goofish.com/search?q=s19');
    const read = goofishAdapter.readDocument(
      page('<div class="search-container--x"><div class="newlayout">…</div></div>', url.href),
      url,
    );
    expect(read.listings).toEqual([]);
    expect(read.diagnostic).toMatchObject({
      site: 'goofish',
      pageKind: 'search',
      url: url.href,
      missing: ['card'],
    });
    // The content script sends it as a protocol message: it must fit the schema.
    expect(
      pageNotUnderstoodSchema.safeParse({ type: 'content/page-not-understood', ...read.diagnostic }).success,
    ).toBe(true);
  });

  it('goofish cards whose titles cannot be found name the title', () => {
    const url = new URL('https://www.goofish.com/search?q=s19');
    const doc = page(
      '<a class="feeds-item-wrap--x" href="/item?id=788636250267"><span class="number--x">5200</span></a>',
      url.href,
    );
    expect(goofishAdapter.readDocument(doc, url).diagnostic?.missing).toEqual(['title']);
  });

  it('goofish item page without its main block', () => {
    const url = new URL('https://www.goofish.com/item?id=788636250267');
    expect(
      goofishAdapter.readDocument(page('<div class="item-container--x"></div>', url.href), url).diagnostic,
    ).toMatchObject({
      pageKind: 'item',
      missing: ['card'],
    });
  });

  it('an empty goofish search is not breakage', () => {
    const url = new URL('https://www.goofish.com/search?q=zzzz');
    const doc = page('<p class="empty-text--x">小闲鱼没有找到你想要的宝贝~</p>', url.href);
    expect(goofishAdapter.readDocument(doc, url).diagnostic).toBeNull();
  });

  it('eBay search with cards in an unknown layout', () => {
    const url = new URL('https://www.ebay.com/sch/i.html?_nkw=antminer');
    const doc = page(
      '<h1 class="srp-controls__count-heading">1,284 results</h1><ul class="srp-results"><li class="x-new-card"><a href="/itm/266543210987">Antminer</a></li></ul>',
      url.href,
    );
    expect(ebayAdapter.readDocument(doc, url).diagnostic).toMatchObject({ site: 'ebay', missing: ['card'] });
  });

  it('eBay cards whose ids cannot be read name the id', () => {
    const url = new URL('https://www.ebay.com/sch/i.html?_nkw=antminer');
    const doc = page(
      '<ul><li class="s-item"><div class="s-item__title">Antminer S19</div><span class="s-item__price">$500.00</span></li></ul>',
      url.href,
    );
    expect(ebayAdapter.readDocument(doc, url).diagnostic?.missing).toEqual(['id']);
  });

  it.each([
    [
      'count heading',
      '<h1 class="srp-controls__count-heading"><span class="BOLD">0</span> results for <span>antminer s99</span></h1>',
    ],
    ['null-search notice', '<div class="srp-save-null-search"><h3>No exact matches found</h3></div>'],
    ['German text', '<div class="srp-river-answer">0 Ergebnisse für antminer s99</div>'],
  ])('eBay zero-result page (%s) is not breakage', (_name, body) => {
    const url = new URL('https://www.ebay.de/sch/i.html?_nkw=antminer+s99');
    expect(ebayAdapter.readDocument(page(body, url.href), url)).toMatchObject({
      listings: [],
      diagnostic: null,
    });
  });

  it('eBay item page without a title', () => {
    const url = new URL('https://www.ebay.com/itm/266543210987');
    expect(
      ebayAdapter.readDocument(page('<div id="mainContent"></div>', url.href), url).diagnostic?.missing,
    ).toEqual(['card']);
  });

  it('pages the adapters do not read give neither listings nor a diagnostic', () => {
    const url = new URL('https://www.ebay.com/');
    expect(ebayAdapter.readDocument(page('', url.href), url)).toEqual({
      site: 'ebay',
      pageKind: 'other',
      listings: [],
      diagnostic: null,
    });
    const home = new URL('https://www.goofish.com/');
    expect(
      goofishAdapter.readDocument(
        page('<a class="feeds-item-wrap--x" href="/item?id=1234567">x</a>', home.href),
        home,
      ),
    ).toMatchObject({ pageKind: 'other', listings: [], diagnostic: null });
  });
});
