import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { langFor } from '@/lib/i18n/locale';
import { optionsText } from '@/lib/i18n/options-messages';
import type { PageToBackground } from '@/lib/messages/protocol';
import './style.css';

const send = (message: PageToBackground) => browser.runtime.sendMessage(message);

/** Offer text as a file: a Blob URL on a temporary link (no permission needed). */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function main() {
  const root = document.getElementById('root');
  if (!root) return;
  const lang = langFor(navigator.language);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = optionsText(lang).title;
  createRoot(root).render(
    <OptionsApp
      lang={lang}
      area={browser.storage.local}
      send={send}
      download={download}
      now={() => new Date()}
    />,
  );
}

main();
