import { describe, expect, it, vi } from 'vitest';
import { currentTabId } from '@/lib/popup/current-tab';

describe('currentTabId', () => {
  it('takes ?tab=<id> when the popup is opened as a page', async () => {
    const query = vi.fn(async () => [{ id: 9 }]);
    expect(await currentTabId(new URL('chrome-extension://x/popup.html?tab=42'), query)).toBe(42);
    expect(query).not.toHaveBeenCalled();
  });

  it('falls back to the active tab, and to none', async () => {
    expect(
      await currentTabId(new URL('chrome-extension://x/popup.html?tab=abc'), async () => [{ id: 9 }]),
    ).toBe(9);
    expect(await currentTabId(new URL('chrome-extension://x/popup.html'), async () => [])).toBeNull();
    expect(await currentTabId(new URL('chrome-extension://x/popup.html'), async () => [{}])).toBeNull();
  });
});
