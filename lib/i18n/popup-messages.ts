import type { Lang } from './locale';

/**
 * Every string of the popup, per language. An interface rather than a key table because some
 * need plural or sentence logic; a string missing from one language is a type error.
 */
export interface PopupText {
  loading: string;
  error(message: string): string;
  empty: string;
  noTab: string;
  count(n: number): string;
  pageKind: Record<'search' | 'item' | 'other', string>;
  notUnderstoodTitle: string;
  notUnderstood(missing: string): string;
  listingsLabel: string;
  openSettings: string;
  price: string;
  unitPrice: string;
  expected: string;
  quantity(n: number): string;
  noPrice: string;
  basis(points: number, region: string, days: number): string;
  basisLevel: Record<'subdivision' | 'country' | 'global', string>;
  confidence: string;
  confidenceLevel: Record<'high' | 'medium' | 'low', string>;
  noTrend(model: string): string;
  notRig(reason: string): string;
  noModel: string;
  chartTitle(unit: string): string;
  perMachine: string;
  chartAria(model: string): string;
  chartLoading: string;
  chartEmpty: string;
  ownPrice: string;
  trendOf(region: string): string;
  events: Record<'stateCouncil' | 'sichuan' | 'halving2020' | 'halving2024', string>;
  regionsTitle(model: string): string;
  colRegion: string;
  colTrend(unit: string): string;
  colListings: string;
  colChange: string;
  noRegions: string;
  currencyNote(currency: string, asOf: string): string;
}

const en: PopupText = {
  loading: 'Loading…',
  error: (message) => `Could not load this tab’s listings: ${message}`,
  empty:
    'No listings on this tab yet. Open a search or item page on Xianyu (goofish.com) or eBay, let it load, then open RigScout again.',
  noTab: 'This tab is not a marketplace page. Open Xianyu (goofish.com) or eBay and search for a miner.',
  count: (n) => (n === 1 ? '1 listing' : `${n} listings`),
  pageKind: { search: 'Search results', item: 'Item page', other: 'Page' },
  notUnderstoodTitle: 'This page was not understood',
  notUnderstood: (missing) =>
    `RigScout expected listings here but could not find: ${missing}. The site may have changed its layout; reload the page, and if it persists, update RigScout.`,
  listingsLabel: 'Listings on this tab',
  openSettings: 'Settings',
  price: 'Price',
  unitPrice: 'Unit price',
  expected: 'Expected',
  quantity: (n) => `for ${n} units`,
  noPrice: 'No price shown',
  basis: (points, region, days) =>
    `Based on ${points} ${points === 1 ? 'listing' : 'listings'} in ${region}, last ${days} days`,
  basisLevel: { subdivision: 'province/state trend', country: 'country trend', global: 'all-regions trend' },
  confidence: 'Confidence',
  confidenceLevel: { high: 'high', medium: 'medium', low: 'low' },
  noTrend: (model) => `No other ${model} listings seen yet: browse more listings to build its trend.`,
  notRig: (reason) => `Not counted in trends: ${reason}.`,
  noModel: 'Model not recognised',
  chartTitle: (unit) => `Price per ${unit}`,
  perMachine: 'machine',
  chartAria: (model) => `Price chart for ${model}: this listing’s prices and the regional trends`,
  chartLoading: 'Loading the price history…',
  chartEmpty: 'No price history for this model yet.',
  ownPrice: 'This listing',
  trendOf: (region) => `${region} trend`,
  events: {
    stateCouncil: 'State Council on mining',
    sichuan: 'Sichuan cut-off',
    halving2020: 'Halving',
    halving2024: 'Halving',
  },
  regionsTitle: (model) => `${model} by region`,
  colRegion: 'Region',
  colTrend: (unit) => `Trend per ${unit}`,
  colListings: 'Listings',
  colChange: '30 days',
  noRegions: 'No regional trends for this model yet.',
  currencyNote: (currency, asOf) => `Converted to ${currency} at rates of ${asOf}`,
};

const zh: PopupText = {
  loading: '加载中…',
  error: (message) => `无法读取此标签页的商品：${message}`,
  empty:
    '此标签页还没有商品。请在闲鱼 (goofish.com) 或 eBay 打开搜索页或商品页，等页面加载完，再打开 RigScout。',
  noTab: '此标签页不是二手市场页面。请打开闲鱼 (goofish.com) 或 eBay 并搜索矿机。',
  count: (n) => `${n} 个商品`,
  pageKind: { search: '搜索结果', item: '商品页', other: '页面' },
  notUnderstoodTitle: '无法识别此页面',
  notUnderstood: (missing) =>
    `RigScout 预期此页有商品，但找不到：${missing}。网站可能改版了；请刷新页面，若仍如此，请更新 RigScout。`,
  listingsLabel: '此标签页的商品',
  openSettings: '设置',
  price: '价格',
  unitPrice: '单价',
  expected: '行情价',
  quantity: (n) => `共 ${n} 台`,
  noPrice: '未标价',
  basis: (points, region, days) => `依据 ${region} 最近 ${days} 天的 ${points} 个商品`,
  basisLevel: { subdivision: '省级行情', country: '全国行情', global: '全部地区行情' },
  confidence: '可信度',
  confidenceLevel: { high: '高', medium: '中', low: '低' },
  noTrend: (model) => `还没有见过其他 ${model} 商品：多浏览一些商品后即可形成行情。`,
  notRig: (reason) => `不计入行情：${reason}。`,
  noModel: '未识别型号',
  chartTitle: (unit) => `每 ${unit} 价格`,
  perMachine: '台',
  chartAria: (model) => `${model} 价格图：此商品的价格与各地区行情`,
  chartLoading: '正在读取价格历史…',
  chartEmpty: '此型号还没有价格历史。',
  ownPrice: '此商品',
  trendOf: (region) => `${region}行情`,
  events: {
    stateCouncil: '国务院打击挖矿',
    sichuan: '四川断电',
    halving2020: '减半',
    halving2024: '减半',
  },
  regionsTitle: (model) => `${model} 各地区行情`,
  colRegion: '地区',
  colTrend: (unit) => `每 ${unit} 行情`,
  colListings: '商品数',
  colChange: '30 天',
  noRegions: '此型号还没有地区行情。',
  currencyNote: (currency, asOf) => `按 ${asOf} 汇率换算为 ${currency}`,
};

/** The popup's strings in `lang`. */
export function popupText(lang: Lang): PopupText {
  return lang === 'zh' ? zh : en;
}
