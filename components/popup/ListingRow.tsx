import { formatDeviation, formatMoney, regionLabel } from '@/lib/content/badge-view';
import type { Lang } from '@/lib/i18n/locale';
import { t } from '@/lib/i18n/messages';
import type { TabListingsResponse } from '@/lib/messages/protocol';

type Entry = TabListingsResponse['listings'][number];

/** One listing of the current tab with its verdict; page text is rendered as text only. */
export function ListingRow({
  entry,
  lang,
  selected,
  onSelect,
}: {
  entry: Entry;
  lang: Lang;
  selected: boolean;
  onSelect(): void;
}) {
  const { observation, verdict } = entry;
  const kind = observation.isMiningRig ? verdict.verdict.verdict : 'none';
  const price = observation.price
    ? formatMoney(observation.price.amount, observation.price.currency, lang)
    : '—';
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
