/*
 * A goofish search page that gets its results the way the site does, from the mtop search API
 * (the script tag's data-api: the URL the test serves tests/fixtures/goofish/mtop-search.json
 * at), and renders one card per result from the JSON, adverts included (no item link, a 广告
 * tag). Two timings, chosen by the script tag's data-mode:
 *
 * - `live`: the request goes out once RigScout's content script has started (see probe.js), so
 *   the content script hears the response as it arrives and the cards render after it.
 * - `early`: a synchronous request while the page is still parsing, and the cards rendered at
 *   once: response and cards are both there before the content script starts, which then reads
 *   the cards and gets the response replayed by the MAIN-world hook.
 *
 * <html data-e2e-rendered> holds the number of cards rendered.
 */
(() => {
  const { mode = 'live', api: API } = document.currentScript?.dataset ?? {};
  const BODY = `data=${encodeURIComponent(JSON.stringify({ pageNumber: 1, keyword: '矿机', rowsPerPage: 30 }))}`;

  const itemOf = (entry) => {
    const ex = entry?.data?.item?.main?.exContent;
    if (!ex) return null;
    const advert = ex.isAliMaMaAD === true || ex.isAliMaMaAD === 'true';
    return {
      id: ex.itemId,
      title: ex.title,
      price: (ex.price ?? []).map((part) => part.text),
      area: ex.area ?? '',
      advert,
      // An advert links to a shop elsewhere, never to a goofish item.
      href: advert ? null : undefined,
    };
  };

  const render = (json) => {
    const items = (json?.data?.resultList ?? []).map(itemOf).filter(Boolean);
    const { list, buildCard } = window.e2eGoofish;
    list().replaceChildren(...items.map(buildCard));
    document.documentElement.setAttribute('data-e2e-rendered', String(items.length));
  };

  if (mode === 'early') {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', API, false);
    xhr.setRequestHeader('content-type', 'application/x-www-form-urlencoded');
    xhr.send(BODY);
    render(JSON.parse(xhr.responseText));
    return;
  }
  document.addEventListener(
    'rigscout:mtop-replay',
    () => {
      fetch(API, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: BODY,
      })
        .then((response) => response.json())
        .then(render);
    },
    { once: true },
  );
})();
