import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { listingSchema } from '@/lib/schema';
import { ADAPTERS } from '@/lib/sites';
import { parseHtml } from './helpers';

// Fragments of both sites' markup, shuffled into nonsense pages.
const FRAGMENTS = [
  '<a class="feeds-item-wrap--a" href="/item?id=788636250267">',
  '<a class="feeds-item-wrap--b" href="https://s.click.taobao.com/x">',
  '<div class="row1-wrap-title--c" title="蚂蚁S19 95T">',
  '<span class="sign--d">¥</span>',
  '<span class="number--e">1.2</span>',
  '<span class="magnitude--f">万</span>',
  '<span class="decimal--g">.5</span>',
  '<div class="seller-text-wrap--h" title="内蒙古">',
  '<div class="item-main-info--i">',
  '<div class="desc--j"><span>S21 200T</span>',
  '<div class="price--k">¥',
  '<p>小闲鱼没有找到你想要的宝贝~</p>',
  '<h3>猜你喜欢</h3>',
  '<li class="s-item">',
  '<li class="s-card">',
  '<div class="su-item-card s-item-card--search-evo">',
  '<a href="https://www.ebay.com/itm/266543210987">',
  '<a href="https://www.ebay.com/itm/123456">',
  '<div class="s-item__title"><span role="heading">Antminer S19</span>',
  '<span class="s-item__price">$1,049.00 to $2.00</span>',
  '<span class="s-item__location">from China</span>',
  '<div class="s-card__attribute-row">Located in United States',
  '<span>S\u2063p\u2063o\u2063n\u2063s\u2063o\u2063r\u2063e\u2063d</span>',
  '<h1 class="x-item-title__mainTitle"><span class="ux-textspans">S19</span></h1>',
  '<div class="x-price-primary">EUR 1.349,00',
  '<script>{"itemCreationDate":"2024-03-18T07:45:12.000Z"}</script>',
  '</div>',
  '</a>',
  '</li>',
  '</span>',
  'text ¥ 3 万',
];
const URLS = [
  'https://www.goofish.com/search?q=x',
  'https://www.goofish.com/item?id=788636250267',
  'https://www.ebay.com/sch/i.html?_nkw=x',
  'https://www.ebay.de/itm/266543210987',
];

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

describe('DOM readers on arbitrary markup', () => {
  it('never throw and return only schema-valid listings, each once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }),
        fc.constantFrom(...URLS),
        (parts, href) => {
          const { doc, close } = parseHtml(`<html><body>${parts.join('')}</body></html>`, href);
          closers.push(close);
          const url = new URL(href);
          for (const adapter of ADAPTERS) {
            if (!adapter.handles(url)) continue;
            const read = adapter.readDocument(doc, url);
            const ids = read.listings.map((f) => f.listing.listingId);
            expect(new Set(ids).size).toBe(ids.length);
            for (const found of read.listings)
              expect(listingSchema.safeParse(found.listing).success).toBe(true);
            for (const card of adapter.findCards(doc, url)) {
              adapter.readCard(card, url);
              expect(card.contains(adapter.badgeAnchor(card))).toBe(true);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
