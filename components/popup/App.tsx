import { type ComponentType, useEffect, useState } from 'react';
import { DEFAULT_RATES } from '@/lib/currency/rates';
import type { Lang } from '@/lib/i18n/locale';
import { popupText } from '@/lib/i18n/popup-messages';
import { request } from '@/lib/messages/client';
import type { PageToBackground, TabListingsResponse } from '@/lib/messages/protocol';
import type { DetailData } from '@/lib/popup/load-detail';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { defaultSelection, entryKey } from '@/lib/ui/selection';
import { ListingDetail } from './ListingDetail';
import { ListingRow } from './ListingRow';
import { PriceChart, type PriceChartProps } from './PriceChart';

type Entry = TabListingsResponse['listings'][number];

export interface PopupProps {
  lang: Lang;
  /** The tab whose listings are shown (null: no marketplace tab). */
  tabId: number | null;
  /** The tab's listings, already asked for while the popup's code loaded (else asked here). */
  preloaded?: Promise<TabListingsResponse>;
  send(message: PageToBackground): Promise<unknown>;
  /** The selected listing's own prices and its model's regional lines. */
  loadDetail(entry: Entry): Promise<DetailData>;
  /** Display currency and rates; the defaults when not given. */
  loadSettings?(): Promise<Settings>;
  openOptions?(): void;
  /** The chart component (replaced in unit tests, which have no canvas). */
  Chart?: ComponentType<PriceChartProps>;
}

type State =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'ready'; data: TabListingsResponse };

/** The popup: the listings of the current tab with their verdicts, and the selected one in detail. */
export function App({
  lang,
  tabId,
  preloaded,
  send,
  loadDetail,
  loadSettings,
  openOptions,
  Chart = PriceChart,
}: PopupProps) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [picked, setPicked] = useState<string | null>(null);
  const text = popupText(lang);

  useEffect(() => {
    loadSettings?.().then(setSettings, () => undefined);
  }, [loadSettings]);

  useEffect(() => {
    if (tabId === null) {
      setState({
        status: 'ready',
        data: { ok: true, pageUrl: null, pageKind: null, listings: [], diagnostic: null },
      });
      return;
    }
    (preloaded ?? request<TabListingsResponse>(send, { type: 'page/tab-listings', tabId })).then(
      (data) => {
        performance.mark('rigscout:tab-listings');
        setState({ status: 'ready', data });
      },
      (error: Error) => setState({ status: 'error', error: error.message }),
    );
  }, [tabId, send, preloaded]);

  if (state.status === 'loading') return <p className="status">{text.loading}</p>;
  if (state.status === 'error')
    return (
      <p className="status error" role="alert">
        {text.error(state.error)}
      </p>
    );
  const { listings, diagnostic, pageKind } = state.data;
  const selected = defaultSelection(listings, picked);
  const entry = listings.find((candidate) => entryKey(candidate) === selected);
  return (
    <main>
      <header>
        <h1>RigScout</h1>
        <span className="count">
          {pageKind ? `${text.pageKind[pageKind]} · ` : ''}
          {text.count(listings.length)}
        </span>
        {openOptions ? (
          <button type="button" className="link" onClick={openOptions}>
            {text.openSettings}
          </button>
        ) : null}
      </header>
      {diagnostic ? (
        <section className="notice warning" role="alert">
          <strong>{text.notUnderstoodTitle}</strong>
          <p>{text.notUnderstood(diagnostic.missing.join(', '))}</p>
          <p className="url">{diagnostic.url}</p>
        </section>
      ) : null}
      {listings.length === 0 && !diagnostic ? (
        <p className="status notice">{state.data.pageUrl === null ? text.noTab : text.empty}</p>
      ) : null}
      {listings.length > 0 ? (
        <ul className="listings" aria-label={text.listingsLabel}>
          {listings.map((candidate) => {
            const key = entryKey(candidate);
            return (
              <ListingRow
                key={key}
                entry={candidate}
                lang={lang}
                settings={settings}
                selected={selected === key}
                onSelect={() => setPicked(key)}
              />
            );
          })}
        </ul>
      ) : null}
      {entry ? (
        <ListingDetail
          key={entryKey(entry)}
          entry={entry}
          lang={lang}
          displayCurrency={settings.displayCurrency}
          rates={settings.rates ?? DEFAULT_RATES}
          loadDetail={loadDetail}
          Chart={Chart}
        />
      ) : null}
    </main>
  );
}
