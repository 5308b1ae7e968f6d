import type { Lang } from './locale';

/** Strings of the popup that need plural or sentence logic, per language. */
export interface PopupText {
  loading: string;
  empty: string;
  count(n: number): string;
  notUnderstoodTitle: string;
  notUnderstood(missing: string): string;
}

const en: PopupText = {
  loading: 'Loading…',
  empty:
    'No listings on this tab yet. Open a search or item page on Xianyu (goofish.com) or eBay, then open RigScout again.',
  count: (n) => (n === 1 ? '1 listing' : `${n} listings`),
  notUnderstoodTitle: 'This page was not understood',
  notUnderstood: (missing) =>
    `RigScout expected listings here but could not find: ${missing}. The site may have changed its layout; reload the page, and if it persists, update RigScout.`,
};

const zh: PopupText = {
  loading: '加载中…',
  empty: '此标签页还没有商品。请在闲鱼 (goofish.com) 或 eBay 打开搜索页或商品页，然后重新打开 RigScout。',
  count: (n) => `${n} 个商品`,
  notUnderstoodTitle: '无法识别此页面',
  notUnderstood: (missing) =>
    `RigScout 预期此页有商品，但找不到：${missing}。网站可能改版了；请刷新页面，若仍如此，请更新 RigScout。`,
};

export function popupText(lang: Lang): PopupText {
  return lang === 'zh' ? zh : en;
}
