/**
 * The popup's entry. It asks the background for the tab's listings (and then for the default
 * listing's regional series) first, and only then loads React, uPlot and the components: the
 * background answers while the heavier code loads, so the first chart paints sooner.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_RATES } from '@/lib/currency/rates';
import { langFor } from '@/lib/i18n/locale';
import { request } from '@/lib/messages/client';
import type { PageToBackground, TabListingsResponse } from '@/lib/messages/protocol';
import { currentTabId } from '@/lib/popup/current-tab';
import { createDetailLoader } from '@/lib/popup/load-detail';
import type { Settings } from '@/lib/settings/schema';
import { loadSettings } from '@/lib/settings/store';
import { defaultSelection, entryKey } from '@/lib/ui/selection';

const send = (message: PageToBackground) => browser.runtime.sendMessage(message);
let settings: Promise<Settings> | null = null;
const readSettings = () => {
  settings ??= loadSettings(browser.storage.local);
  return settings;
};
const loadDetail = createDetailLoader(send, async () => (await readSettings()).rates ?? DEFAULT_RATES);

async function main() {
  performance.mark('rigscout:entry');
  const root = document.getElementById('root');
  if (!root) return;
  const lang = langFor(navigator.language);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const tabId = await currentTabId(new URL(location.href), () =>
    browser.tabs.query({ active: true, currentWindow: true }),
  );
  void readSettings();
  let preloaded: Promise<TabListingsResponse> | undefined;
  if (tabId !== null) {
    preloaded = request<TabListingsResponse>(send, { type: 'page/tab-listings', tabId });
    preloaded.then(
      (data) => {
        performance.mark('rigscout:tab-listings-answer');
        const key = defaultSelection(data.listings, null);
        const entry = data.listings.find((candidate) => entryKey(candidate) === key);
        if (entry?.observation.isMiningRig && entry.observation.miner)
          loadDetail(entry).catch(() => undefined);
      },
      () => undefined,
    );
  }
  const { mountPopup } = await import('./mount');
  performance.mark('rigscout:code-loaded');
  mountPopup(root, {
    lang,
    tabId,
    preloaded,
    send,
    loadDetail,
    loadSettings: readSettings,
    openOptions: () => void browser.runtime.openOptionsPage(),
  });
}

void main();
