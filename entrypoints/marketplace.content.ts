import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startMarketplaceScript } from '@/lib/content/start';
import { MARKETPLACE_MATCHES } from '@/lib/marketplaces';

export default defineContentScript({
  matches: [...MARKETPLACE_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    await startMarketplaceScript({
      signal: ctx.signal,
      onLocationChange: (listener) =>
        ctx.addEventListener(window, 'wxt:locationchange', (event) => listener(event.newUrl)),
      send: (message) => browser.runtime.sendMessage(message),
      readSettings: () => browser.storage.local.get('settings'),
    });
  },
});
