/** The bundled sample marketplace pages the demo serves, at the URLs they were saved under. */
export interface DemoPage {
  name: string;
  url: string;
  /** Saved page, relative to the repository root. */
  file: string;
}

export const DEMO_PAGES: readonly DemoPage[] = [
  {
    name: 'goofish-search',
    url: 'https://www.goofish.com/search?q=%E7%9F%BF%E6%9C%BA',
    file: 'tests/fixtures/goofish/search-miners.html',
  },
  {
    name: 'goofish-item',
    url: 'https://www.goofish.com/item?id=788636250267&categoryId=126862528&spm=a21ybx.search.searchFeedList.1',
    file: 'tests/fixtures/goofish/item-s19jpro.html',
  },
  {
    name: 'ebay-search',
    url: 'https://www.ebay.com/sch/i.html?_nkw=antminer&_sop=12',
    file: 'tests/fixtures/ebay/search-s-card.html',
  },
];
