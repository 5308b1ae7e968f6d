import { afterAll, describe, expect, it } from 'vitest';
import { MARKETPLACE_MATCHES } from '@/lib/marketplaces';
import { ADAPTERS, adapterForUrl } from '@/lib/sites';
import { ebayAdapter } from '@/lib/sites/ebay/adapter';
import { goofishAdapter } from '@/lib/sites/goofish/adapter';
import { listFixtures, loadHtml, parseHtml } from './helpers';

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

function fixtureDoc(site: string, name: string): { doc: Document; url: URL } {
  const fixture = listFixtures().find((f) => f.site === site && f.name === name);
  if (!fixture) throw new Error(`no fixture ${site}/${name}`);
  const { doc, close } = loadHtml(fixture);
  closers.push(close);
  return { doc, url: new URL(fixture.expected.url) };
}

function page(html: string, url: string): Document {
  const { doc, close } = parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`, url);
  closers.push(close);
  return doc;
}

describe('adapterForUrl', () => {
  it.each([
    ['https://www.goofish.com/search?q=s19', 'goofish', 'search'],
    ['https://www.goofish.com/item?id=788636250267&categoryId=1', 'goofish', 'item'],
    ['https://www.goofish.com/', 'goofish', 'other'],
    ['https://www.goofish.com/item?spm=x', 'goofish', 'other'],
    ['https://www.ebay.com/sch/i.html?_nkw=antminer', 'ebay', 'search'],
    ['https://www.ebay.co.uk/itm/196011112222', 'ebay', 'item'],
    ['https://www.ebay.de/itm/Antminer-S19/395012345678?hash=x', 'ebay', 'item'],
    ['https://www.ebay.com.au/sch/i.html?_nkw=s19', 'ebay', 'search'],
    ['https://www.ebay.fr/itm/123456789012', 'ebay', 'item'],
    ['https://www.ebay.it/b/Bitcoin-Miners/179197/bn_7117', 'ebay', 'other'],
    ['https://www.ebay.es/sch/i.html?_nkw=s19', 'ebay', 'search'],
    ['https://www.ebay.ca/sch/i.html?_nkw=s19', 'ebay', 'search'],
  ])('%s → %s %s', (href, site, kind) => {
    const adapter = adapterForUrl(href);
    expect(adapter?.id).toBe(site);
    expect(adapter?.pageKind(new URL(href))).toBe(kind);
  });

  it.each([
    'https://www.ebay.nl/sch/i.html',
    'https://goofish.com.evil.example/search',
    'not a url',
    'ftp://www.ebay.com/',
  ])('none for %s', (href) => expect(adapterForUrl(href)).toBeNull());

  it('adapters declare exactly the manifest host patterns, in order', () => {
    expect(ADAPTERS.flatMap((a) => a.matches)).toEqual([...MARKETPLACE_MATCHES]);
  });
});

describe('goofish findCards', () => {
  it('returns every real card in page order, adverts and link-less cards left out', () => {
    const { doc, url } = fixtureDoc('goofish', 'search-miners');
    const cards = goofishAdapter.findCards(doc, url);
    expect(cards).toHaveLength(23);
    expect(cards.map((c) => goofishAdapter.readCard(c, url)?.listingId).slice(0, 2)).toEqual([
      '788636250267',
      '789012345678',
    ]);
  });

  it('finds cards in an added subtree, including the subtree root itself', () => {
    const { doc, url } = fixtureDoc('goofish', 'search-miners');
    const first = goofishAdapter.findCards(doc, url)[0] as Element;
    expect(goofishAdapter.findCards(first, url)).toEqual([first]);
    const wrapper = first.parentElement as Element;
    expect(goofishAdapter.findCards(wrapper, url)).toEqual([first]);
  });

  it('an empty search: nothing under 猜你喜欢 counts, and no diagnostic', () => {
    const { doc, url } = fixtureDoc('goofish', 'search-empty');
    expect(goofishAdapter.findCards(doc, url)).toEqual([]);
    const feed = doc.querySelector('[class^="guess-like-wrap--"]') as Element;
    expect(goofishAdapter.findCards(feed, url)).toEqual([]);
    expect(goofishAdapter.readDocument(doc, url)).toMatchObject({ listings: [], diagnostic: null });
  });

  it('an item page: only the main block, never a 为你推荐 card', () => {
    const { doc, url } = fixtureDoc('goofish', 'item-s19jpro');
    const cards = goofishAdapter.findCards(doc, url);
    expect(cards).toHaveLength(1);
    expect(cards[0]?.className).toMatch(/^item-main-info--/);
    const rec = doc.querySelector('[class^="recommend-wrap--"]') as Element;
    expect(goofishAdapter.findCards(rec, url)).toEqual([]);
    // A recommendation card handed to readCard on an item page is not the page's listing.
    const recCard = rec.querySelector('a') as Element;
    expect(goofishAdapter.readCard(recCard, url)).toBeNull();
  });

  it('falls back to item links holding a price when the card class is renamed', () => {
    const url = new URL('https://www.goofish.com/search?q=s19');
    const doc = page(
      '<a class="feedsItem--a1" href="/item?id=788636250267"><div class="row1-wrap-title--x" title="蚂蚁S19 95T"></div><div class="price-wrap--x"><span class="sign--x">¥</span><span class="number--x">2600</span></div></a>' +
        '<a href="https://www.goofish.com/item?id=1234567">帮助中心</a>',
      url.href,
    );
    const cards = goofishAdapter.findCards(doc, url);
    expect(cards).toHaveLength(1);
    expect(goofishAdapter.readCard(cards[0] as Element, url)).toMatchObject({
      listingId: '788636250267',
      title: '蚂蚁S19 95T',
      price: { amount: 2600, currency: 'CNY', maxAmount: null },
    });
  });

  it('reads a price with 万 and decimals from its parts, not the struck original price', () => {
    const url = new URL('https://www.goofish.com/search?q=s21');
    const doc = page(
      '<a class="feeds-item-wrap--q" href="//www.goofish.com/item?id=1058903242244"><div class="row1-wrap-title--q" title="蚂蚁S21 200T"></div>' +
        '<div class="row3-wrap-price--q"><div class="price-wrap--q"><span class="sign--q">¥</span><span class="number--q">2</span><span class="decimal--q">.19</span><span class="magnitude--q">万</span></div>' +
        '<div class="price-desc--q"><span class="price-origin--q">¥25000.00</span><div class="text--q" title="8人想要">8人想要</div></div></div></a>',
      url.href,
    );
    const card = goofishAdapter.findCards(doc, url)[0] as Element;
    expect(goofishAdapter.readCard(card, url)?.price?.amount).toBeCloseTo(21900, 6);
    expect(goofishAdapter.badgeAnchor(card).className).toMatch(/^row3-wrap-price--/);
  });

  it('skips a card tagged 广告 but keeps one whose title merely mentions 广告', () => {
    const url = new URL('https://www.goofish.com/search?q=x');
    const doc = page(
      '<a class="feeds-item-wrap--a" href="/item?id=700000000001"><div class="row1-wrap-title--a" title="蚂蚁S19 95T"></div><span class="number--a">2600</span><span class="tag--a">广告</span></a>' +
        '<a class="feeds-item-wrap--a" href="/item?id=700000000002"><div class="row1-wrap-title--a" title="广告机 显示屏 43寸"></div><span class="number--a">300</span></a>',
      url.href,
    );
    expect(goofishAdapter.findCards(doc, url).map((c) => goofishAdapter.readCard(c, url)?.listingId)).toEqual(
      ['700000000002'],
    );
    // Handed over directly, the advert still reads as no listing.
    expect(goofishAdapter.readCard(doc.querySelector('a') as Element, url)).toBeNull();
    expect(goofishAdapter.readDocument(doc, url).listings.map((f) => f.listing.listingId)).toEqual([
      '700000000002',
    ]);
  });
});

describe('eBay findCards', () => {
  it('legacy layout: placeholder and sponsored card left out', () => {
    const { doc, url } = fixtureDoc('ebay', 'search-legacy-s-item');
    const cards = ebayAdapter.findCards(doc, url);
    expect(cards).toHaveLength(11);
    const ids = cards.map((c) => ebayAdapter.readCard(c, url)?.listingId);
    expect(ids).not.toContain('123456');
    expect(ids).not.toContain('145566778899');
    // The placeholder and the sponsored card read as no listing even when handed over directly.
    for (const li of doc.querySelectorAll('li.s-item')) {
      const id = li.querySelector('a')?.getAttribute('href') ?? '';
      if (id.includes('/itm/123456?') || id.includes('/itm/145566778899'))
        expect(ebayAdapter.readCard(li, url)).toBeNull();
    }
  });

  it('s-card layout: ids come from the link, not data-listingid; sale+was reads the sale price; shipping kept apart', () => {
    const { doc, url } = fixtureDoc('ebay', 'search-s-card');
    const cards = ebayAdapter.findCards(doc, url);
    expect(cards).toHaveLength(7);
    const first = ebayAdapter.readCard(cards[0] as Element, url);
    expect(first?.listingId).toBe('167012345678');
    expect(first?.price).toEqual({ amount: 92.92, currency: 'USD', maxAmount: null });
    expect(first?.title).toBe('Bitmain Antminer S19 XP 141TH/s Bitcoin ASIC Miner');
    expect(ebayAdapter.badgeAnchor(cards[0] as Element).className).toBe('s-card__attribute-row');
  });

  it('evo layout on ebay.co.uk: canonical URLs on the same domain, GBP', () => {
    const { doc, url } = fixtureDoc('ebay', 'search-evo');
    const listings = ebayAdapter.findCards(doc, url).map((c) => ebayAdapter.readCard(c, url));
    expect(listings).toHaveLength(5);
    expect(listings[0]?.url).toBe('https://www.ebay.co.uk/itm/196011112222');
    expect(listings.every((l) => l?.price?.currency === 'GBP')).toBe(true);
  });

  it('item page: the main block only, never the similar-items carousel', () => {
    const { doc, url } = fixtureDoc('ebay', 'item-s19kpro');
    const cards = ebayAdapter.findCards(doc, url);
    expect(cards).toHaveLength(1);
    expect(cards[0]?.querySelector('.x-price-primary')).not.toBeNull();
    expect(cards[0]?.querySelector('.s-item')).toBeNull();
    expect(ebayAdapter.badgeAnchor(cards[0] as Element).className).toContain('x-price-section');
  });

  it('reads "Sponsored" spelled with invisible separators and decoy letters', () => {
    const url = new URL('https://www.ebay.com/sch/i.html?_nkw=s19');
    const card = (id: string, extra: string) =>
      `<li class="s-card"><a class="s-card__link" href="https://www.ebay.com/itm/${id}"><div class="s-card__title"><span>Antminer S19 95T</span></div></a><span class="s-card__price">$500.00</span>${extra}</li>`;
    const doc = page(
      `<ul>${card('111111111111', '<div class="s-card__attribute-row"><span>S\u2063p\u2063o\u2063<span>x</span>\u2063n\u2063s\u2063o\u2063r\u2063e\u2063d</span></div>')}` +
        `${card('222222222222', '<div class="s-card__attribute-row"><span>Located in United States</span></div>')}` +
        `${card('333333333333', '<div class="s-card__attribute-row"><span>Sponsored</span></div>')}` +
        `${card('444444444444', '<span role="text"><span>S</span><span>P</span><span>Z</span><span>O</span><span>N</span><span>S</span><span>Q</span><span>O</span><span>R</span><span>E</span><span>D</span></span>')}` +
        `${card('555555555555', '<span class="s-card__subtitle"><span>2</span><span>0</span><span>2</span><span>4</span><span>!</span></span>')}</ul>`,
      url.href,
    );
    expect(ebayAdapter.findCards(doc, url).map((c) => ebayAdapter.readCard(c, url)?.listingId)).toEqual([
      '222222222222',
      '555555555555',
    ]);
  });

  it('a label on every card of the page (the 2022 script-toggled scheme) marks none of them', () => {
    const url = new URL('https://www.ebay.de/sch/i.html?_nkw=s19');
    const label = '<span role="text text"><span aria-hidden="true">\u200b<span>Anzeige</span></span></span>';
    const cards = ['111111111111', '222222222222', '333333333333']
      .map(
        (id) =>
          `<li class="s-item"><a class="s-item__link" href="https://www.ebay.de/itm/${id}"><div class="s-item__title"><span role="heading">Antminer S19</span></div></a><span class="s-item__price">EUR 500,00</span>${label}</li>`,
      )
      .join('');
    const doc = page(`<ul class="srp-results">${cards}</ul>`, url.href);
    expect(ebayAdapter.findCards(doc, url)).toHaveLength(3);
  });
});

describe('goofish item page variants', () => {
  it('reads title and price placed beside the main block, never from a recommendation card', () => {
    const url = new URL('https://www.goofish.com/item?id=791122334455');
    const doc = page(
      '<div class="item-main-info--k"><div class="want--k">12人想要</div></div>' +
        '<div class="main--k"><div class="desc--k"><span>神马M50 118T 整机</span><span>矿场直出</span></div><div class="price--k ">¥8600</div></div>' +
        '<div class="item-user-info-label--k">成都</div>' +
        '<a class="feeds-item-wrap--k" href="/item?id=700000000001"><div class="price--k">¥1</div></a>',
      url.href,
    );
    const [block] = goofishAdapter.findCards(doc, url);
    expect(goofishAdapter.readCard(block as Element, url)).toMatchObject({
      listingId: '791122334455',
      title: '神马M50 118T 整机',
      price: { amount: 8600, currency: 'CNY', maxAmount: null },
      region: { country: 'CN', subdivision: 'CN-SC', text: '成都' },
    });
  });
});

describe('variants of the same structures', () => {
  it('goofish: a div card, a 猜你喜欢 heading without the notice, a loose posting date', () => {
    const url = new URL('https://www.goofish.com/search?q=s19');
    const doc = page(
      '<div class="guess--x"><h3 class="title--x">— 猜你喜欢 —</h3><div class="feeds-item-wrap--x"><a href="/item?id=700000000001"><div class="row1-wrap-title--x" title="S19"></div></a></div></div>',
      url.href,
    );
    expect(goofishAdapter.readDocument(doc, url)).toMatchObject({ listings: [], diagnostic: null });
    const item = new URL('https://www.goofish.com/item?id=700000000002');
    const itemDoc = page(
      '<div class="item-main-info--y"><div class="item-desc--y"><span>蚂蚁S19 95T</span></div><div class="price--y">¥2600</div><p class="info--y">2024年4月26日21:53发布</p></div>',
      item.href,
    );
    const [block] = goofishAdapter.findCards(itemDoc, item);
    expect(goofishAdapter.readCard(block as Element, item)).toMatchObject({
      title: '蚂蚁S19 95T',
      postedAt: '2024-04-26T13:53:00Z',
    });
  });

  it('eBay: a location in a styled span, escaped SEMANTIC_DATA on an item page', () => {
    const url = new URL('https://www.ebay.co.uk/sch/i.html?_nkw=s19');
    const doc = page(
      '<div class="su-item-card s-item-card--search-evo"><a href="https://www.ebay.co.uk/itm/196011112222"><h3 class="su-item-card__title">Antminer S19</h3></a><div class="su-item-card__price">£500.00</div><div class="su-card-container__attributes"><span class="su-styled-text">Located in Germany</span></div></div>',
      url.href,
    );
    const [card] = ebayAdapter.findCards(doc, url);
    expect(ebayAdapter.readCard(card as Element, url)?.region).toMatchObject({
      country: 'DE',
      text: 'Germany',
    });
    const item = new URL('https://www.ebay.com/itm/266543210987');
    const itemDoc = page(
      '<div class="x"><h1 class="x-item-title__mainTitle"><span class="ux-textspans">Antminer S19j Pro</span></h1><div class="x-price-primary"><span class="ux-textspans">US $1,049.00</span></div></div>' +
        '<script>var d = "{\\"itemCreationDate\\":\\"2024-03-18T07:45:12.000Z\\",\\"itemLocation\\":{\\"values\\":[{\\"textSpans\\":[{\\"text\\":\\"Tulsa, Oklahoma, United States\\"}]}]}}";</script>',
      item.href,
    );
    const [block] = ebayAdapter.findCards(itemDoc, item);
    expect(ebayAdapter.readCard(block as Element, item)).toMatchObject({
      price: { amount: 1049, currency: 'USD', maxAmount: null },
      postedAt: '2024-03-18T07:45:12Z',
      region: { country: 'US', subdivision: 'US-OK' },
    });
  });
});
