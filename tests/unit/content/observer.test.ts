/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { observeCards } from '@/lib/content/observer';

const findCards = (root: ParentNode) => [...root.querySelectorAll('.card')];

function addCards(list: Element, ids: string[]) {
  for (const id of ids) {
    const card = document.createElement('div');
    card.className = 'card';
    card.id = id;
    list.append(card);
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('card observer', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('hands over the cards present at start, then appended cards once, in batches', async () => {
    document.body.innerHTML = '<section id="list"></section>';
    const list = document.getElementById('list') as Element;
    addCards(list, ['a', 'b']);
    const batches: string[][] = [];
    const controller = new AbortController();
    observeCards({
      root: document,
      findCards,
      onCards: (cards) => {
        batches.push(cards.map((card) => card.id));
        return undefined;
      },
      signal: controller.signal,
      delayMs: 5,
    });
    addCards(list, ['c', 'd', 'e']);
    await tick();
    addCards(list, ['f']);
    await tick();
    expect(batches).toEqual([['a', 'b'], ['c', 'd', 'e'], ['f']]);
    controller.abort();
  });

  it('does not wake for its own badges', async () => {
    document.body.innerHTML = '<section id="list"><div class="card" id="a"></div></section>';
    let calls = 0;
    const controller = new AbortController();
    observeCards({
      root: document,
      findCards: (root) => {
        calls++;
        return findCards(root);
      },
      onCards: () => undefined,
      signal: controller.signal,
      delayMs: 5,
    });
    document.getElementById('a')?.append(document.createElement('rigscout-badge'));
    await tick();
    expect(calls).toBe(1);
    controller.abort();
  });

  it('offers a card again while it returns it as unread', async () => {
    document.body.innerHTML = '<section id="list"><div class="card" id="a"></div></section>';
    const offered: string[] = [];
    const controller = new AbortController();
    observeCards({
      root: document,
      findCards,
      onCards: (cards) => {
        offered.push(...cards.map((card) => card.id));
        return cards.filter((card) => card.textContent === '');
      },
      signal: controller.signal,
      delayMs: 5,
    });
    const card = document.getElementById('a') as Element;
    card.append(document.createElement('span'));
    await tick();
    (card.firstChild as Element).textContent = 'rendered';
    card.append(document.createElement('i'));
    await tick();
    card.append(document.createElement('b'));
    await tick();
    expect(offered).toEqual(['a', 'a', 'a']);
  });

  it('stops when the content script context is invalidated', async () => {
    document.body.innerHTML = '<section id="list"></section>';
    const list = document.getElementById('list') as Element;
    const seen: string[] = [];
    const controller = new AbortController();
    observeCards({
      root: document,
      findCards,
      onCards: (cards) => {
        seen.push(...cards.map((card) => card.id));
        return undefined;
      },
      signal: controller.signal,
      delayMs: 5,
    });
    controller.abort();
    addCards(list, ['late']);
    await tick();
    expect(seen).toEqual([]);
  });
});
