import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/i18n/locale';
import { popupText } from '@/lib/i18n/popup-messages';
import { request } from '@/lib/messages/client';
import type { PageToBackground, TabListingsResponse } from '@/lib/messages/protocol';
import { ListingRow } from './ListingRow';

export interface PopupProps {
  lang: Lang;
  /** The tab whose listings are shown (null: no marketplace tab). */
  tabId: number | null;
  send(message: PageToBackground): Promise<unknown>;
}

type State =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'ready'; data: TabListingsResponse };

/** The popup: the listings of the current tab with their verdicts. */
export function App({ lang, tabId, send }: PopupProps) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [selected, setSelected] = useState<string | null>(null);
  const text = popupText(lang);

  useEffect(() => {
    if (tabId === null) {
      setState({
        status: 'ready',
        data: { ok: true, pageUrl: null, pageKind: null, listings: [], diagnostic: null },
      });
      return;
    }
    request<TabListingsResponse>(send, { type: 'page/tab-listings', tabId }).then(
      (data) => setState({ status: 'ready', data }),
      (error: Error) => setState({ status: 'error', error: error.message }),
    );
  }, [tabId, send]);

  if (state.status === 'loading') return <p className="status">{text.loading}</p>;
  if (state.status === 'error') return <p className="status error">{state.error}</p>;
  const { listings, diagnostic } = state.data;
  return (
    <main>
      <header>
        <h1>RigScout</h1>
        <span className="count">{text.count(listings.length)}</span>
      </header>
      {diagnostic ? (
        <section className="notice warning" role="alert">
          <strong>{text.notUnderstoodTitle}</strong>
          <p>{text.notUnderstood(diagnostic.missing.join(', '))}</p>
          <p className="url">{diagnostic.url}</p>
        </section>
      ) : null}
      {listings.length === 0 && !diagnostic ? <p className="status">{text.empty}</p> : null}
      <ul className="listings">
        {listings.map((entry) => {
          const key = `${entry.observation.site}:${entry.observation.listingId}`;
          return (
            <ListingRow
              key={key}
              entry={entry}
              lang={lang}
              selected={selected === key}
              onSelect={() => setSelected(key)}
            />
          );
        })}
      </ul>
    </main>
  );
}
