import { DEFAULT_RATES } from '@/lib/currency/rates';
import { formatDeviation, formatMoney } from '@/lib/i18n/format';
import type { Lang } from '@/lib/i18n/locale';
import { t } from '@/lib/i18n/messages';
import { regionLabel } from '@/lib/i18n/region-label';
import type { TabListingsResponse } from '@/lib/messages/protocol';
import type { Settings } from '@/lib/settings/schema';
import { toDisplay } from '@/lib/ui/display-money';

type Entry = TabListingsResponse['listings'][number];

/** One listing of the current tab with its verdict; page text is rendered as text only. */
export function ListingRow({
  entry,
  lang,
  settings,
  selected,
  onSelect,
}: {
  entry: Entry;
  lang: Lang;
  settings: Settings;
  selected: boolean;
  onSelect(): void;
}) {
  const { observation, verdict } = entry;
  const kind = observation.isMiningRig ? verdict.verdict.verdict : 'none';
  let price = '—';
  if (observation.price) {
    const shown = toDisplay(
      observation.price.amount,
      observation.price.currency,
      settings.displayCurrency,
      settings.rates ?? DEFAULT_RATES,
    );
    price = formatMoney(shown.amount, shown.currency, lang);
  }
  const deviation = verdict.verdict.deviation;
  return (
    <li
      className={`listing${selected ? ' selected' : ''}`}
      data-rigscout-listing={observation.listingId}
      data-rigscout-verdict={kind}
    >
      <button type="button" onClick={onSelect} aria-pressed={selected}>
        <span className="title">{observation.title}</span>
        <span className="meta">
          <span className={`verdict verdict-${kind}`}>{t(lang, `verdict.${kind}`)}</span>
          {deviation !== null && kind !== 'none' && kind !== 'unknown' ? (
            <span className="deviation">
              {t(lang, 'badge.vs', {
                deviation: formatDeviation(deviation, lang),
                region: regionLabel(verdict.verdict.basis.region, lang),
              })}
            </span>
          ) : null}
          <span className="price">{price}</span>
          {observation.miner ? <span className="model">{observation.miner.model}</span> : null}
        </span>
      </button>
    </li>
  );
}
