/**
 * The background's composition: open the history, wire the router to `runtime.onMessage`,
 * and clean up per-tab state. Every listener is registered synchronously so that a service
 * worker woken by a message sees its listener.
 */
import { browser } from 'wxt/browser';
import type { KeyValueArea } from '@/lib/kv-area';
import { isMarketplaceUrl } from '@/lib/marketplaces';
import { loadSettings } from '@/lib/settings/store';
import { createHandlers } from './handlers';
import { createBackgroundHistory } from './history-wiring';
import { createRouter } from './router';
import { createTabState } from './tab-state';

export function registerBackground(): void {
  const local = browser.storage.local as unknown as KeyValueArea;
  const session = (browser.storage.session ?? browser.storage.local) as unknown as KeyValueArea;
  const tabs = createTabState(session);
  const history = createBackgroundHistory(() => loadSettings(local));
  const route = createRouter({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    isMarketplaceUrl,
    handlers: createHandlers({ history, tabs, now: () => new Date() }),
    log: (reason) => console.warn(`[RigScout] ${reason}`),
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    route(message, sender).then(sendResponse);
    // Keep the channel open for the asynchronous answer (Chrome needs `true`, not a promise).
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void tabs.forget(tabId);
  });
  // Ask once that the history survive storage pressure; the browser may say no, which is fine.
  void navigator.storage?.persist?.().catch(() => false);
}
