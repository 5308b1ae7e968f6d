/**
 * A goofish search page as the site renders it (markup of tests/fixtures/goofish/search-miners
 * .html: CSS-module class names with hashes, split price spans, seller province), generated
 * for any number of cards. The shell holds the results container the benches append cards to.
 */
import type { SyntheticCard } from './synthetic';

export const SEARCH_URL = 'https://www.goofish.com/search?q=%E7%9F%BF%E6%9C%BA';
/** Where cards go: `document.querySelector(RESULTS_SELECTOR).insertAdjacentHTML('beforeend', ...)`. */
export const RESULTS_SELECTOR = '[class^="feeds-list-container--"]';

const esc = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/** One search-result card. */
export function cardHtml(card: SyntheticCard): string {
  const title = esc(card.title);
  const province = esc(card.province);
  return `<div class="cardWarp--nGEh7Oyq"><a class="feeds-item-wrap--8fkrb7Yo" href="//www.goofish.com/item?id=${card.id}&amp;categoryId=126862528&amp;spm=a21ybx.search.searchFeedList.1" target="_blank"><div class="feeds-image-wrap--2mmGFSAw"><div class="feeds-image--0I2LQqP5" style="width:200px;height:200px;background:#eee"></div></div><div class="feeds-content--6hKDghEV"><div class="row1-wrap-title--PyOV5SZt" title="${title}"><span class="main-title--wwwyPCUd">${title}</span></div><div class="row2-wrap-cpv--FRpRpyop"><span class="cpv--kIm8IUYm">几乎全新</span></div><div class="row2-wrap-service--85eWfgVe"><span class="service-text--1gpWRsE7" title="1小时前发布">1小时前发布</span></div><div class="row3-wrap-price--SuN26R0D"><div class="price-wrap--aiwBKmlg"><span class="sign--nI67nbet">¥</span><span class="number--Swtby_I_">${card.price}</span></div><div class="price-desc--Fsb9phEv"><div class="text--ndNUXhWC" title="23人想要">23人想要</div></div></div><div class="row4-wrap-seller--N5kqAFcM"><div class="seller-left--QUSMMZ4h"><div class="seller-text-wrap--XzPLn_3K" title="${province}"><p class="seller-text--zhMon4SV">${province}</p></div></div></div></div></a></div>`;
}

/** The search page around `cards` (none: an SPA shell before its results arrive). */
export function searchPageHtml(cards: readonly SyntheticCard[] = []): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>矿机_闲鱼搜索</title>
<style>.feeds-list-container--qm9Po9Yd{display:flex;flex-wrap:wrap;gap:12px}.cardWarp--nGEh7Oyq{width:230px}a{color:inherit;text-decoration:none}</style></head>
<body><div id="ice-container"><div class="header-container--QxPNGuEc"><a class="logo--YqtglCNy" href="https://www.goofish.com/">闲鱼</a><div class="search-input-wrap--A3BHA8Pm"><input class="search-input--ejSVggEt" value="矿机"></div></div><div class="search-container--smYnkUgI"><div class="feeds-list-container--qm9Po9Yd">${cards.map(cardHtml).join('')}</div></div></div></body></html>`;
}
