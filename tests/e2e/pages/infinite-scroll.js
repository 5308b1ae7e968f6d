/*
 * Infinite scroll on a saved goofish search page: once RigScout's first scan is done (see
 * probe.js) the page appends a copy of its result cards with new item ids, and it appends
 * another copy on the first scroll, as the site's lazy list does. Batch n gives item
 * `<id>` the id `9<n><id>`; the advert cards are copied too (still without an item link).
 * <html data-e2e-batches> counts the batches appended.
 */
(() => {
  const list = document.querySelector('[class*="feeds-list-container--"]');
  // Copied now, while parsing: later the cards carry RigScout's badges.
  const originals = Array.from(list.children, (card) => card.cloneNode(true));
  let batches = 0;

  const append = () => {
    batches++;
    const batch = batches;
    const fragment = document.createDocumentFragment();
    for (const card of originals) {
      const copy = card.cloneNode(true);
      for (const link of copy.querySelectorAll('a[href]')) {
        link.setAttribute(
          'href',
          link.getAttribute('href').replace(/([?&]id=)(\d+)/, (_, key, id) => `${key}9${batch}${id}`),
        );
      }
      fragment.append(copy);
    }
    list.append(fragment);
    document.documentElement.setAttribute('data-e2e-batches', String(batch));
  };

  document.addEventListener('rigscout:mtop-replay', () => setTimeout(append, 300), { once: true });
  window.addEventListener(
    'scroll',
    () => {
      if (batches === 1) append();
    },
    { passive: true },
  );
})();
