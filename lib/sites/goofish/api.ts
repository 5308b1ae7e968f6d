/**
 * Reading the page's own mtop responses: `mtop.taobao.idlemtopsearch.pc.search` (search results,
 * `data.resultList[].data.item.main`) and `mtop.taobao.idle.pc.detail` (`data.itemDO`,
 * `data.sellerDO`). They are richer than the cards: exact area, publish time, advert flags.
 * Every field is checked; unknown shapes read as nothing, never as an exception.
 */
import type { RawListing } from '@/lib/schema';
import { cleanText } from '../dom';
import { emptyRawRead, type FoundRaw, notUnderstood, type RawPageRead } from '../raw-page';
import { isoFromEpoch, isoFromShanghaiLocal } from '../time';
import type { PageKind } from '../types';
import { goofishItemId, goofishItemUrl, goofishPageKind } from './url';

type Json = Record<string, unknown>;

const SEARCH_API = 'mtop.taobao.idlemtopsearch.pc.search';
const DETAIL_API = 'mtop.taobao.idle.pc.detail';
const ID_RE = /^\d{6,20}$/;
const MAX_RESULTS = 500;

/** Which mtop API a request URL belongs to, if it is one we read. */
export function mtopApiOf(url: string): 'search' | 'detail' | null {
  if (url.includes(SEARCH_API)) return 'search';
  if (url.includes(DETAIL_API)) return 'detail';
  return null;
}

/**
 * Read an mtop response (the whole envelope, its `data`, or a bare `resultList` array as saved
 * from the app). `url` is the response's URL or the page's; the JSON's shape decides first.
 */
export function readMtopRaw(json: unknown, url: URL): RawPageRead {
  const data = obj(obj(json)?.data) ?? obj(json);
  const results = Array.isArray(json) ? json : data?.resultList;
  if (Array.isArray(results)) {
    // An empty search still fills resultList with its 猜你喜欢 feed; none of that is a result.
    return saysNoItems(data) ? emptyRawRead('goofish', 'search') : readSearch(results, url);
  }
  const itemDO = obj(data?.itemDO);
  if (itemDO) return readDetail(data as Json, itemDO, url);
  const kind: PageKind =
    mtopApiOf(url.href) === 'detail' ? 'item' : mtopApiOf(url.href) ? 'search' : goofishPageKind(url);
  return emptyRawRead('goofish', kind);
}

/** `resultInfo.searchResControlFields` says the query found nothing (`hasItems` false, `numFound` 0). */
function saysNoItems(data: Json | null): boolean {
  const fields = obj(obj(data?.resultInfo)?.searchResControlFields);
  if (!fields) return false;
  const { hasItems, numFound } = fields;
  return hasItems === false || hasItems === 'false' || numFound === 0 || numFound === '0';
}

function readSearch(results: readonly unknown[], url: URL): RawPageRead {
  const raws: FoundRaw[] = [];
  const seen = new Set<string>();
  let adverts = 0;
  for (const entry of results.slice(0, MAX_RESULTS)) {
    const main = obj(obj(obj(obj(entry)?.data)?.item)?.main);
    const read = main ? readSearchEntry(main) : null;
    if (read === 'advert') adverts++;
    else if (read && !seen.has(read.listingId)) {
      seen.add(read.listingId);
      raws.push({ raw: read });
    }
  }
  const diagnostic =
    raws.length === 0 && results.length > adverts
      ? notUnderstood('goofish', 'search', url, ['resultList.item'])
      : null;
  return { site: 'goofish', pageKind: 'search', raws, diagnostic };
}

/** One `resultList[i].data.item.main`: a raw listing, 'advert', or null when it is not an item. */
export function readSearchEntry(main: Json): RawListing | 'advert' | null {
  const ex = obj(main.exContent);
  const args = obj(obj(main.clickParam)?.args);
  if (!ex) return null;
  if (truthy(ex.isAliMaMaAD) || args?.biz_type === 'ad' || truthy(ex.isAd)) return 'advert';
  const detail = obj(ex.detailParams);
  const id =
    idOf(ex.itemId) ??
    idOf(args?.item_id) ??
    idOf(args?.id) ??
    idOf(detail?.itemId) ??
    linkId(main.targetUrl);
  if (!id) return null;
  const title = str(ex.title) || str(detail?.title);
  if (!title) return null;
  const area = str(ex.area);
  const city = str(args?.p_city);
  return {
    site: 'goofish',
    market: 'goofish',
    listingId: id,
    url: goofishItemUrl(id),
    title,
    prices: [priceParts(ex.price), str(args?.displayPrice), str(detail?.soldPrice)],
    regions: [city && area && !area.includes(city) ? `${area} ${city}` : area || city],
    postedAt: isoFromEpoch(args?.publishTime),
    advert: false,
    attributes: tagTexts(ex.fishTags),
  };
}

function readDetail(data: Json, item: Json, url: URL): RawPageRead {
  const seller = obj(data.sellerDO);
  const id = idOf(item.itemId) ?? idOf(item.id) ?? idOf(data.itemId);
  const title = str(item.title) || firstLine(item.desc);
  if (!id || !title) {
    const missing = [id ? 'itemDO.title' : 'itemDO.itemId'];
    return { ...emptyRawRead('goofish', 'item'), diagnostic: notUnderstood('goofish', 'item', url, missing) };
  }
  const raw: RawListing = {
    site: 'goofish',
    market: 'goofish',
    listingId: id,
    url: goofishItemUrl(id),
    title,
    prices: [str(item.soldPrice), str(item.minPrice), str(item.price)],
    regions: [str(seller?.city), str(seller?.publishCity), str(item.area)],
    postedAt: isoFromEpoch(item.gmtCreate) ?? isoFromShanghaiLocal(item.GMT_CREATE_DATE_KEY),
    advert: false,
    attributes: cpvTexts(item.cpvLabels),
  };
  return { site: 'goofish', pageKind: 'item', raws: [{ raw }], diagnostic: null };
}

/** Price parts `[{text:"¥"},{text:"2.19"},{text:"万"}]`, or a plain price string. */
function priceParts(value: unknown): string[] | string | null {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return null;
  const parts: string[] = [];
  for (const part of value.slice(0, 8)) {
    const text = typeof part === 'string' ? part : obj(part)?.text;
    if (typeof text === 'string') parts.push(text);
  }
  return parts.length > 0 ? parts : null;
}

/** Tag texts of `fishTags.r2` (condition, brand, capacity); r3's struck prices are left out. */
function tagTexts(fishTags: unknown): string[] {
  const list = obj(obj(fishTags)?.r2)?.tagList;
  if (!Array.isArray(list)) return [];
  const out: string[] = [];
  for (const tag of list.slice(0, 10)) {
    const content = str(obj(obj(tag)?.data)?.content);
    if (content) out.push(content);
  }
  return out;
}

function cpvTexts(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  const out: string[] = [];
  for (const label of labels.slice(0, 20)) {
    const value = str(obj(label)?.valueName);
    if (value) out.push(value);
  }
  return out;
}

// mtop booleans arrive as "true"/"false" strings in the app API and as booleans in the PC one:
// Boolean("false") would be true.
function truthy(value: unknown): boolean {
  return value === true || value === 'true';
}

function idOf(value: unknown): string | null {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  return typeof text === 'string' && ID_RE.test(text.trim()) ? text.trim() : null;
}

function linkId(value: unknown): string | null {
  return typeof value === 'string' ? goofishItemId(value) : null;
}

function str(value: unknown): string {
  return typeof value === 'string' ? cleanText(value) : typeof value === 'number' ? String(value) : '';
}

/** A description's first sentence stands in for a missing title. */
function firstLine(desc: unknown): string {
  if (typeof desc !== 'string') return '';
  return cleanText(desc.split(/[\n。！!]/, 1)[0]?.slice(0, 200));
}

function obj(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
}
