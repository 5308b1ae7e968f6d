import { describe, expect, it } from 'vitest';
import { createTabState } from '@/lib/background/tab-state';
import { memoryArea } from '@/lib/kv-area';

const ref = (id: string) => ({ site: 'goofish', listingId: id });
const URL1 = 'https://www.goofish.com/search?q=s19';

describe('tab state', () => {
  it('keeps page order without duplicates and appends for the same URL (infinite scroll)', async () => {
    const tabs = createTabState(memoryArea());
    await tabs.addListings(1, URL1, 'search', [ref('a'), ref('b')]);
    await tabs.addListings(1, URL1, 'search', [ref('b'), ref('c')]);
    expect((await tabs.get(1))?.refs.map((r) => r.listingId)).toEqual(['a', 'b', 'c']);
  });

  it('starts over when the tab shows a new URL', async () => {
    const tabs = createTabState(memoryArea());
    await tabs.addListings(1, URL1, 'search', [ref('a')]);
    await tabs.addListings(1, `${URL1}&page=2`, 'search', [ref('z')]);
    expect((await tabs.get(1))?.refs).toEqual([ref('z')]);
  });

  it('loses no batch when many arrive at once', async () => {
    const tabs = createTabState(memoryArea());
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => tabs.addListings(3, URL1, 'search', [ref(String(i))])),
    );
    expect((await tabs.get(3))?.refs).toHaveLength(20);
  });

  it('keeps tabs apart and forgets a closed tab', async () => {
    const tabs = createTabState(memoryArea());
    await tabs.addListings(1, URL1, 'search', [ref('a')]);
    await tabs.addListings(2, URL1, 'search', [ref('b')]);
    await tabs.forget(1);
    expect(await tabs.get(1)).toBeNull();
    expect((await tabs.get(2))?.refs).toEqual([ref('b')]);
  });

  it('records a diagnostic, cleared once listings arrive', async () => {
    const tabs = createTabState(memoryArea());
    const diagnostic = {
      site: 'goofish',
      pageKind: 'search' as const,
      url: URL1,
      missing: ['card'],
      message: 'no cards',
    };
    await tabs.setDiagnostic(1, diagnostic);
    expect((await tabs.get(1))?.diagnostic).toEqual(diagnostic);
    await tabs.addListings(1, URL1, 'search', [ref('a')]);
    expect((await tabs.get(1))?.diagnostic).toBeNull();
  });
});
