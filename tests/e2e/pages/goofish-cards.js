/*
 * Goofish (Xianyu) result cards as the site's React app renders them: the class names and
 * nesting of tests/fixtures/goofish/search-miners.html. Page scripts of the e2e wrappers use
 * this to render results (from an mtop response, or for an SPA navigation) the way the site
 * does, with DOM calls only.
 *
 * An item: { id, title, price: ['¥', '4680', '.00'] | ['¥', '2.6', '万'], area, advert?, href? }
 */
window.e2eGoofish = (() => {
  const PART_CLASS = { sign: 'sign--nI67nbet', number: 'number--Swtby_I_', decimal: 'decimal--APyMhPlN' };
  const MAGNITUDE = 'magnitude--tgTGyweD';

  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const itemHref = (item) =>
    item.href ??
    `//www.goofish.com/item?id=${item.id}&categoryId=126862528&spm=a21ybx.search.searchFeedList.1`;

  /** The class of one price part: the sign, the figure, its decimals or the 万 magnitude. */
  const partClass = (text, index) => {
    if (index === 0 && /^[¥￥]$/.test(text)) return PART_CLASS.sign;
    if (/^\.\d+$/.test(text)) return PART_CLASS.decimal;
    if (/^[万千亿]$/.test(text)) return MAGNITUDE;
    return PART_CLASS.number;
  };

  /** The results list (the first one: an empty search also has a 猜你喜欢 list further down). */
  const list = () => document.querySelector('[class*="feeds-list-container--"]');

  /** A whole card: <div cardWarp><a feeds-item-wrap href>…</a></div>. */
  const buildCard = (item) => {
    const wrap = el('div', 'cardWarp--nGEh7Oyq');
    const link = el('a', 'feeds-item-wrap--8fkrb7Yo');
    if (item.href !== null) link.setAttribute('href', itemHref(item));
    link.target = '_blank';
    const content = el('div', 'feeds-content--6hKDghEV');
    const titleRow = el('div', 'row1-wrap-title--PyOV5SZt');
    titleRow.setAttribute('title', item.title);
    titleRow.append(el('span', 'main-title--wwwyPCUd', item.title));
    const priceRow = el('div', 'row3-wrap-price--SuN26R0D');
    const priceWrap = el('div', 'price-wrap--aiwBKmlg');
    item.price.forEach((text, index) => {
      priceWrap.append(el('span', partClass(text, index), text));
    });
    priceRow.append(priceWrap);
    const sellerRow = el('div', 'row4-wrap-seller--N5kqAFcM');
    const sellerLeft = el('div', 'seller-left--QUSMMZ4h');
    const sellerWrap = el('div', 'seller-text-wrap--XzPLn_3K');
    sellerWrap.setAttribute('title', item.area);
    sellerWrap.append(el('p', 'seller-text--zhMon4SV', item.area));
    sellerLeft.append(sellerWrap);
    sellerRow.append(sellerLeft);
    content.append(titleRow, el('div', 'row2-wrap-cpv--FRpRpyop'), priceRow, sellerRow);
    if (item.advert) {
      const tagRow = el('div', 'row4-wrap-tag--mk_dnv6g');
      tagRow.append(el('span', 'ad-tag--RvosfkOn', '广告'));
      content.append(tagRow);
    }
    link.append(content);
    wrap.append(link);
    return wrap;
  };

  /**
   * Show another item in an existing card the way React updates a reused element: attributes
   * and text nodes change in place, no element is added or removed (foreign children, such as
   * an extension's badge, stay where they are).
   */
  const updateCard = (wrap, item) => {
    const link = wrap.querySelector('[class*="feeds-item-wrap--"]');
    link.setAttribute('href', itemHref(item));
    const titleRow = wrap.querySelector('[class*="row1-wrap-title--"]');
    titleRow.setAttribute('title', item.title);
    setText(titleRow.querySelector('[class*="main-title--"]'), item.title);
    const parts = wrap.querySelectorAll('[class*="price-wrap--"] > span');
    // Same number of price parts (React would re-render the row otherwise; tests pick such items).
    item.price.forEach((text, index) => {
      if (parts[index]) setText(parts[index], text);
    });
    const sellerWrap = wrap.querySelector('[class*="seller-text-wrap--"]');
    sellerWrap.setAttribute('title', item.area);
    setText(sellerWrap.querySelector('[class*="seller-text--"]'), item.area);
  };

  // React writes a text node's data; it does not replace the node.
  const setText = (node, text) => {
    if (node.firstChild && node.firstChild.nodeType === Node.TEXT_NODE) node.firstChild.data = text;
    else node.textContent = text;
  };

  return { list, buildCard, updateCard };
})();
