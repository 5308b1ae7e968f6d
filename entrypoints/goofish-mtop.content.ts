import { defineContentScript } from 'wxt/utils/define-content-script';
import { installMtopHook } from '@/lib/sites/goofish/mtop-hook';

/**
 * MAIN-world bridge on goofish.com: copies the page's own mtop search and item-detail responses
 * to the isolated content script (see lib/sites/goofish/mtop-hook.ts). It runs at
 * document_start so it wraps fetch/XHR before the page's first search request.
 */
export default defineContentScript({
  matches: ['*://*.goofish.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installMtopHook(window);
  },
});
