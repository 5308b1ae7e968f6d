import { formatDeviation, formatMoney, formatNumber } from '@/lib/i18n/format';
import type { Lang } from '@/lib/i18n/locale';
import { popupText } from '@/lib/i18n/popup-messages';
import { regionLabel } from '@/lib/i18n/region-label';
import type { RegionRow } from '@/lib/ui/region-table';

/** The model's regions: trend unit price, listings behind it, and its 30-day change. */
export function RegionTable({
  rows,
  ownRegion,
  lang,
  currency,
  unit,
  model,
}: {
  rows: readonly RegionRow[];
  ownRegion: string | null;
  lang: Lang;
  currency: string;
  unit: string | null;
  model: string;
}) {
  const text = popupText(lang);
  if (rows.length === 0) return <p className="status">{text.noRegions}</p>;
  return (
    <table className="regions">
      <caption>{text.regionsTitle(model)}</caption>
      <thead>
        <tr>
          <th scope="col">{text.colRegion}</th>
          <th scope="col">{text.colTrend(unit ?? text.perMachine)}</th>
          <th scope="col">{text.colListings}</th>
          <th scope="col">{text.colChange}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.region} className={row.region === (ownRegion ?? '') ? 'own' : undefined}>
            <th scope="row">{regionLabel(row.region, lang)}</th>
            <td>{formatMoney(row.trend, currency, lang)}</td>
            <td>{formatNumber(row.listings, lang)}</td>
            <td className={changeClass(row.change30d)}>
              {row.change30d === null ? '—' : formatDeviation(row.change30d, lang)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function changeClass(change: number | null): string | undefined {
  if (change === null || Math.abs(change) < 0.005) return undefined;
  return change > 0 ? 'up' : 'down';
}
