/*
 * A goofish search page that navigates like the site's React app: `e2eSpa.navigate(q, items,
 * mode)` pushes `/search?q=<q>` into the history at once and renders the new results a moment
 * later, when "the search request" has answered, while the old cards stay on screen in between.
 * mode 'replace' swaps the list's cards for new elements; mode 'reuse' keeps the card elements
 * and changes their links, titles, prices and places in place (React reconciling an unkeyed
 * list), removing the cards left over. <html data-e2e-rendered> holds the query last rendered.
 */
window.e2eSpa = {
  navigate(query, items, mode, delayMs = 400) {
    history.pushState({ query }, '', `/search?q=${encodeURIComponent(query)}`);
    setTimeout(() => {
      const { list, buildCard, updateCard } = window.e2eGoofish;
      const container = list();
      if (mode === 'replace') {
        container.replaceChildren(...items.map(buildCard));
      } else {
        const cards = Array.from(container.children);
        items.forEach((item, index) => {
          if (cards[index]) updateCard(cards[index], item);
          else container.append(buildCard(item));
        });
        for (const extra of cards.slice(items.length)) extra.remove();
      }
      document.documentElement.setAttribute('data-e2e-rendered', query);
    }, delayMs);
  },
};
