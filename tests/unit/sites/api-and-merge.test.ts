import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawListing } from '@/lib/schema';
import { listingSchema } from '@/lib/schema';
import { buildListing } from '@/lib/sites/build-listing';
import { mergeRawApi, mtopApiOf, readMtopResponse } from '@/lib/sites/goofish';
import { isoFromEpoch, isoFromIso, isoFromShanghaiLocal } from '@/lib/sites/time';

const SEARCH = new URL('https://h5api.m.goofish.com/h5/mtop.taobao.idlemtopsearch.pc.search/1.0/');
const DETAIL = new URL(
  'https://h5api.m.goofish.com/h5/mtop.taobao.idle.pc.detail/1.0/?data=%7B%22itemId%22%3A1%7D',
);

function entry(exContent: Record<string, unknown>, args: Record<string, unknown> = {}) {
  return { data: { item: { main: { exContent, clickParam: { args } } } } };
}

describe('readMtopResponse', () => {
  it('names the API of a request URL', () => {
    expect(mtopApiOf(SEARCH.href)).toBe('search');
    expect(mtopApiOf(DETAIL.href)).toBe('detail');
    expect(mtopApiOf('https://h5api.m.goofish.com/h5/mtop.idle.user.page/1.0/')).toBeNull();
  });

  it('skips adverts whether the flags are booleans or "true"/"false" strings', () => {
    const base = { title: '蚂蚁S19 95T', price: [{ text: '¥' }, { text: '2600' }], area: '新疆' };
    const read = readMtopResponse(
      {
        data: {
          resultList: [
            entry({ ...base, itemId: '700000000001', isAliMaMaAD: 'true' }),
            entry({ ...base, itemId: '700000000002', isAliMaMaAD: true }),
            entry({ ...base, itemId: '700000000003' }, { biz_type: 'ad' }),
            entry({ ...base, itemId: '700000000004', isAliMaMaAD: 'false' }, { biz_type: 'item' }),
            entry({ ...base, itemId: '700000000005', isAliMaMaAD: false }),
          ],
        },
      },
      SEARCH,
    );
    expect(read.listings.map((f) => f.listing.listingId)).toEqual(['700000000004', '700000000005']);
  });

  it('takes the id from clickParam or the deep link when exContent has none', () => {
    const read = readMtopResponse(
      [
        entry({ title: 'S19', price: '¥500' }, { item_id: '700000000011' }),
        {
          data: {
            item: { main: { exContent: { title: 'S19' }, targetUrl: 'fleamarket://item?id=700000000012' } },
          },
        },
      ],
      SEARCH,
    );
    expect(read.listings.map((f) => f.listing.listingId)).toEqual(['700000000011', '700000000012']);
  });

  it('reads the detail API: soldPrice, seller city, GMT_CREATE_DATE_KEY as China time', () => {
    const read = readMtopResponse(
      {
        data: {
          itemDO: {
            itemId: '700000000021',
            title: '神马M50 118T',
            soldPrice: '8600',
            GMT_CREATE_DATE_KEY: '2026-09-22 08:43:40',
          },
          sellerDO: { city: '成都' },
        },
      },
      DETAIL,
    );
    expect(read.pageKind).toBe('item');
    expect(read.listings[0]?.listing).toMatchObject({
      listingId: '700000000021',
      price: { amount: 8600, currency: 'CNY', maxAmount: null },
      region: { country: 'CN', subdivision: 'CN-SC' },
      postedAt: '2026-09-22T00:43:40Z',
    });
  });

  it('an empty search response: its guess-you-like items are not results', () => {
    const resultList = [entry({ itemId: '700000000031', title: '蚂蚁S19 95T', price: '¥2600' })];
    for (const searchResControlFields of [
      { hasItems: 'false', numFound: '0' },
      { hasItems: false },
      { numFound: 0 },
    ]) {
      expect(
        readMtopResponse({ data: { resultInfo: { searchResControlFields }, resultList } }, SEARCH),
      ).toMatchObject({
        listings: [],
        diagnostic: null,
      });
    }
    const found = {
      resultInfo: { searchResControlFields: { hasItems: 'true', numFound: '312' } },
      resultList,
    };
    expect(readMtopResponse({ data: found }, SEARCH).listings).toHaveLength(1);
  });

  it('an mtop error envelope reads as nothing, without a diagnostic', () => {
    expect(readMtopResponse({ ret: ['FAIL_SYS_USER_VALIDATE::哎哟喂,被挤爆啦'], data: {} }, SEARCH)).toEqual({
      site: 'goofish',
      pageKind: 'search',
      listings: [],
      diagnostic: null,
    });
  });

  it('a result list with entries but no readable item is reported', () => {
    expect(
      readMtopResponse({ data: { resultList: [{ data: { card: {} } }] } }, SEARCH).diagnostic?.missing,
    ).toEqual(['resultList.item']);
  });

  it('never throws and only returns schema-valid listings, whatever the JSON', () => {
    const item = fc.record({
      itemId: fc.oneof(fc.string(), fc.nat(), fc.constant('788636250267')),
      title: fc.oneof(fc.string(), fc.constant('蚂蚁S19 95T')),
      price: fc.oneof(fc.anything(), fc.array(fc.record({ text: fc.string() }))),
      area: fc.anything(),
      isAliMaMaAD: fc.oneof(fc.boolean(), fc.constantFrom('true', 'false')),
    });
    const shaped = fc.array(item.map((ex) => entry(ex, { publishTime: String(Date.UTC(2024, 3, 1)) })));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          shaped,
          shaped.map((resultList) => ({ data: { resultList } })),
        ),
        (json) => {
          for (const url of [SEARCH, DETAIL]) {
            const read = readMtopResponse(json, url);
            for (const found of read.listings)
              expect(listingSchema.safeParse(found.listing).success).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('mergeRawApi', () => {
  const dom: RawListing = {
    site: 'goofish',
    market: 'goofish',
    listingId: '788636250267',
    url: 'https://www.goofish.com/item?id=788636250267',
    title: '蚂蚁矿机S19j Pro 104T',
    prices: [['¥', '5200']],
    regions: ['内蒙古'],
    postedAt: null,
    advert: false,
    attributes: ['几乎全新'],
  };

  it('takes price, region and posting time from the API where present, keeps the card title', () => {
    const api: RawListing = {
      ...dom,
      title: '蚂蚁矿机S19j Pro 104T 二手 矿场下架，一直稳定运行…',
      prices: [['¥', '5100']],
      regions: ['内蒙古 鄂尔多斯'],
      postedAt: '2024-04-26T13:53:49Z',
      attributes: ['比特大陆'],
    };
    const merged = buildListing(mergeRawApi(dom, api));
    expect(merged).toMatchObject({
      title: dom.title,
      price: { amount: 5100, currency: 'CNY', maxAmount: null },
      region: { country: 'CN', subdivision: 'CN-NM', text: '内蒙古 鄂尔多斯' },
      postedAt: api.postedAt,
    });
    expect(mergeRawApi(dom, api).attributes).toEqual(['几乎全新', '比特大陆']);
  });

  it('keeps the card’s fields where the API has none usable, and never joins two different items', () => {
    const api: RawListing = { ...dom, prices: [null], regions: ['火星'], postedAt: null };
    expect(buildListing(mergeRawApi(dom, api))).toEqual(buildListing(dom));
    expect(mergeRawApi(dom, { ...dom, listingId: '1', postedAt: '2024-04-26T13:53:49Z' })).toBe(dom);
  });
});

describe('posting times', () => {
  it.each([
    ['1714139629000', '2024-04-26T13:53:49Z'],
    [1714139629000, '2024-04-26T13:53:49Z'],
    ['1714139629', '2024-04-26T13:53:49Z'],
    ['-1', null],
    ['17141396290001234', null],
    ['', null],
    [null, null],
    [Number.NaN, null],
  ])('epoch %j → %j', (value, iso) => expect(isoFromEpoch(value)).toBe(iso));

  it.each([
    ['2024-04-26 21:53:49', '2024-04-26T13:53:49Z'],
    ['2024年4月26日 21:53', '2024-04-26T13:53:00Z'],
    ['2024-01-01 03:00:00', '2023-12-31T19:00:00Z'],
    ['2024-13-01 00:00:00', null],
    ['昨天 21:53', null],
  ])('China time %j → %j', (text, iso) => expect(isoFromShanghaiLocal(text)).toBe(iso));

  it.each([
    ['2024-03-18T07:45:12.000Z', '2024-03-18T07:45:12Z'],
    ['2024-03-17T23:45:12-08:00', '2024-03-18T07:45:12Z'],
    ['March 18, 2024', null],
  ])('ISO %j → %j', (text, iso) => expect(isoFromIso(text)).toBe(iso));
});
