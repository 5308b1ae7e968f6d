import { afterAll, describe, expect, it } from 'vitest';
import { SELECTORS } from '@/lib/sites/goofish/selectors';
import { listFixtures, loadHtml } from './helpers';

type Name = keyof typeof SELECTORS;

/**
 * How many elements each selector must match on each saved page (Refined GitHub's
 * selectors.test.ts idea): a class-name drift on the site shows up here as a wrong count.
 */
const COUNTS: Record<string, Record<Name, number>> = {
  // 23 listings + 2 adverts (one without a link, one to Taobao); 5 cards show no tags.
  'search-miners': {
    card: 25,
    itemLink: 23,
    title: 25,
    mainTitle: 25,
    priceNumber: 25,
    priceWrap: 25,
    attribute: 24,
    sellerTextWrap: 25,
    sellerText: 25,
    itemMain: 0,
    itemPrice: 0,
    itemDesc: 0,
    itemLabelValue: 0,
    itemUserLabel: 0,
    itemTime: 0,
  },
  // Only the 猜你喜欢 feed: 6 cards, none of them results.
  'search-empty': {
    card: 6,
    itemLink: 6,
    title: 6,
    mainTitle: 6,
    priceNumber: 6,
    priceWrap: 6,
    attribute: 6,
    sellerTextWrap: 6,
    sellerText: 6,
    itemMain: 0,
    itemPrice: 0,
    itemDesc: 0,
    itemLabelValue: 0,
    itemUserLabel: 0,
    itemTime: 0,
  },
  // One main item (its price also uses number--) and a 为你推荐 block of 6 search cards.
  'item-s19jpro': {
    card: 6,
    itemLink: 6,
    title: 6,
    mainTitle: 6,
    priceNumber: 7,
    priceWrap: 6,
    attribute: 7,
    sellerTextWrap: 6,
    sellerText: 6,
    itemMain: 1,
    itemPrice: 1,
    itemDesc: 1,
    itemLabelValue: 2,
    itemUserLabel: 5,
    itemTime: 1,
  },
};

const pages = listFixtures().filter((f) => f.site === 'goofish' && f.kind === 'html');
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

describe('goofish selectors', () => {
  it('every saved page has a count table and every selector a count', () => {
    expect(pages.map((p) => p.name).sort()).toEqual(Object.keys(COUNTS).sort());
    for (const table of Object.values(COUNTS))
      expect(Object.keys(table).sort()).toEqual(Object.keys(SELECTORS).sort());
  });

  it('match class-name prefixes only, never a full hashed name', () => {
    for (const selector of Object.values(SELECTORS)) expect(selector).not.toMatch(/--[A-Za-z0-9_]{6,}/);
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s', (name, page) => {
    const { doc, close } = loadHtml(page);
    closers.push(close);
    const counts = Object.fromEntries(
      Object.entries(SELECTORS).map(([key, selector]) => [key, doc.querySelectorAll(selector).length]),
    );
    expect(counts).toEqual(COUNTS[name]);
  });
});
