import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '@/lib/i18n/locale';
import { optionsText } from '@/lib/i18n/options-messages';
import type { KeyValueArea } from '@/lib/kv-area';
import type { PageToBackground } from '@/lib/messages/protocol';
import type { Settings } from '@/lib/settings/schema';
import { loadSettings, saveSettings } from '@/lib/settings/store';
import { CurrencySection } from './CurrencySection';
import { HistorySection } from './HistorySection';
import { SitesSection } from './SitesSection';
import { TrendSection } from './TrendSection';

export interface OptionsProps {
  lang: Lang;
  /** Where settings live (`browser.storage.local`). */
  area: KeyValueArea;
  send(message: PageToBackground): Promise<unknown>;
  /** Offer a file to the user (a download in the browser). */
  download(name: string, type: string, text: string): void;
  now(): Date;
}

/** What saving a settings change returns to a section: null when saved, else the reason. */
export type SaveSettings = (changes: Partial<Settings>) => Promise<string | null>;

/** What every settings section of the page receives. */
export interface SectionProps {
  lang: Lang;
  settings: Settings;
  save: SaveSettings;
}

/** The options page: sites, currency and rates, trend window and band, history and storage. */
export function OptionsApp({ lang, area, send, download, now }: OptionsProps) {
  const text = optionsText(lang);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  useEffect(() => {
    loadSettings(area).then(setSettings, (error: Error) =>
      setStatus({ ok: false, message: text.failed(error.message) }),
    );
  }, [area, text]);

  const save: SaveSettings = useCallback(
    async (changes) => {
      try {
        setSettings(await saveSettings(area, changes));
        setStatus({ ok: true, message: text.saved });
        return null;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        setStatus({ ok: false, message: text.saveFailed(reason) });
        return reason;
      }
    },
    [area, text],
  );

  return (
    <main>
      <h1>{text.title}</h1>
      <p className="intro">{text.intro}</p>
      <p className={`save-status${status?.ok === false ? ' error' : ''}`} role="status" aria-live="polite">
        {status?.message ?? ''}
      </p>
      {settings ? (
        <>
          <SitesSection lang={lang} settings={settings} save={save} />
          <CurrencySection lang={lang} settings={settings} save={save} />
          <TrendSection lang={lang} settings={settings} save={save} />
        </>
      ) : null}
      <HistorySection lang={lang} send={send} download={download} now={now} />
    </main>
  );
}
