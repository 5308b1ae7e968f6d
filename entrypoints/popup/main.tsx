import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { App } from '@/components/popup/App';
import { langFor } from '@/lib/i18n/locale';
import { currentTabId } from '@/lib/popup/current-tab';
import './style.css';

async function main() {
  const root = document.getElementById('root');
  if (!root) return;
  const lang = langFor(navigator.language);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const tabId = await currentTabId(new URL(location.href), () =>
    browser.tabs.query({ active: true, currentWindow: true }),
  );
  createRoot(root).render(
    <App lang={lang} tabId={tabId} send={(message) => browser.runtime.sendMessage(message)} />,
  );
}

void main();
