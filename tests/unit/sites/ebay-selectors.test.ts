import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SELECTORS } from '@/lib/sites/ebay/selectors';
import { listFixtures, loadHtml, parseHtml, REAL } from './helpers';

type Name = keyof typeof SELECTORS;

const zero: Record<Name, number> = Object.fromEntries(Object.keys(SELECTORS).map((k) => [k, 0])) as Record<
  Name,
  number
>;

/** How many elements each selector must match on each saved page. */
const COUNTS: Record<string, Record<Name, number>> = {
  // Placeholder + 12 cards; each card links twice (image and title); one card is New Listing, one has a was-price.
  'search-legacy-s-item': {
    ...zero,
    card: 13,
    itemLink: 26,
    title: 13,
    titleNoise: 15,
    price: 13,
    shipping: 13,
    location: 13,
    // s-item__location also matches [class*="__location"].
    styledText: 13,
    subtitle: 13,
    countHeading: 1,
  },
  // 8 cards: a price row each, 19 text rows, one sponsored row; one New Listing tag.
  'search-s-card': {
    ...zero,
    card: 8,
    itemLink: 16,
    title: 8,
    titleNoise: 9,
    price: 8,
    attributeRow: 28,
    // Title, New Listing tag, subtitle, price and 19 row texts.
    styledText: 44,
    subtitle: 8,
    countHeading: 1,
  },
  // 6 evo cards with 12 rows and one sponsored row.
  'search-evo': {
    ...zero,
    card: 6,
    itemLink: 12,
    title: 6,
    titleNoise: 6,
    price: 6,
    attributeRow: 13,
    // Title, subtitle, price, 12 row texts and the sponsored label.
    styledText: 31,
    subtitle: 6,
    countHeading: 1,
  },
  // The main item plus a carousel of 3 similar items in legacy card markup.
  'item-s19kpro': {
    ...zero,
    card: 3,
    itemLink: 3,
    title: 3,
    price: 3,
    itemTitle: 1,
    itemPrice: 1,
    itemCondition: 1,
    itemLocation: 1,
    itemCanonical: 1,
    script: 3,
  },
};

const pages = listFixtures().filter((f) => f.site === 'ebay' && f.kind === 'html');
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

function countAll(doc: Document): Record<string, number> {
  return Object.fromEntries(
    Object.entries(SELECTORS).map(([key, selector]) => [key, doc.querySelectorAll(selector).length]),
  );
}

describe('eBay selectors', () => {
  it('every saved page has a count table', () => {
    expect(pages.map((p) => p.name).sort()).toEqual(Object.keys(COUNTS).sort());
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s', (name, page) => {
    const { doc, close } = loadHtml(page);
    closers.push(close);
    expect(countAll(doc)).toEqual(COUNTS[name]);
  });

  it('the real 2022 eBay.de capture', async () => {
    const html = readFileSync(join(REAL, 'ebay-de-search-2022.html'), 'utf8');
    const { doc, close } = parseHtml(html, 'https://www.ebay.de/sch/i.html?_nkw=apple');
    closers.push(close);
    // 1 placeholder + 60 river cards + 8 in the Refurbished carousel; no location lines on a German search.
    expect(countAll(doc)).toMatchObject({
      card: 69,
      title: 69,
      price: 69,
      location: 0,
      attributeRow: 0,
      countHeading: 1,
    });
  });
});
