import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { App } from '@/components/popup/App';
import { DEFAULT_RATES } from '@/lib/currency/rates';
import { langFor } from '@/lib/i18n/locale';
import type { PageToBackground } from '@/lib/messages/protocol';
import { currentTabId } from '@/lib/popup/current-tab';
import { createDetailLoader } from '@/lib/popup/load-detail';
import { loadSettings } from '@/lib/settings/store';
import './style.css';

const send = (message: PageToBackground) => browser.runtime.sendMessage(message);
const readSettings = () => loadSettings(browser.storage.local);
const loadDetail = createDetailLoader(send, async () => (await readSettings()).rates ?? DEFAULT_RATES);
const openOptions = () => void browser.runtime.openOptionsPage();

async function main() {
  const root = document.getElementById('root');
  if (!root) return;
  const lang = langFor(navigator.language);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = 'RigScout';
  const tabId = await currentTabId(new URL(location.href), () =>
    browser.tabs.query({ active: true, currentWindow: true }),
  );
  createRoot(root).render(
    <App
      lang={lang}
      tabId={tabId}
      send={send}
      loadDetail={loadDetail}
      loadSettings={readSettings}
      openOptions={openOptions}
    />,
  );
}

void main();
