import { type ComponentType, useEffect, useMemo, useState } from 'react';
import { rateUnitFor } from '@/lib/catalog/algorithms';
import type { RateTable } from '@/lib/currency/rates';
import { formatDeviation, formatMoney } from '@/lib/i18n/format';
import type { Lang } from '@/lib/i18n/locale';
import { type MessageKey, t } from '@/lib/i18n/messages';
import { popupText } from '@/lib/i18n/popup-messages';
import { regionLabel } from '@/lib/i18n/region-label';
import type { TabListingsResponse } from '@/lib/messages/protocol';
import type { DetailData } from '@/lib/popup/load-detail';
import { buildChartModel } from '@/lib/ui/chart-model';
import { confidenceOf } from '@/lib/ui/confidence';
import { toDisplay } from '@/lib/ui/display-money';
import { sortRegionRows } from '@/lib/ui/region-table';
import { scaleDetail } from '@/lib/ui/scale-detail';
import type { PriceChartProps } from './PriceChart';
import { RegionTable } from './RegionTable';

type Entry = TabListingsResponse['listings'][number];

type Detail =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'ready'; data: DetailData };

/** The selected listing: its verdict with basis and confidence, its price chart and the regions table. */
export function ListingDetail({
  entry,
  lang,
  displayCurrency,
  rates,
  loadDetail,
  Chart,
}: {
  entry: Entry;
  lang: Lang;
  displayCurrency: string | null;
  rates: RateTable;
  loadDetail(entry: Entry): Promise<DetailData>;
  Chart: ComponentType<PriceChartProps>;
}) {
  const text = popupText(lang);
  const { observation, verdict: judged } = entry;
  const { verdict } = judged;
  const [detail, setDetail] = useState<Detail>({ status: 'loading' });
  const rig = observation.isMiningRig && observation.miner !== null;

  useEffect(() => {
    if (!rig) return;
    let live = true;
    loadDetail(entry).then(
      (data) => {
        performance.mark('rigscout:detail');
        if (live) setDetail({ status: 'ready', data });
      },
      (error: Error) => live && setDetail({ status: 'error', error: error.message }),
    );
    return () => {
      live = false;
    };
  }, [entry, loadDetail, rig]);

  const ownRegion = observation.region?.subdivision ?? observation.region?.country ?? null;
  const shown = useMemo(
    () => (detail.status === 'ready' ? scaleDetail(detail.data, displayCurrency, rates) : null),
    [detail, displayCurrency, rates],
  );
  const chart = useMemo(
    () => (shown ? buildChartModel(shown.own, shown.lines, verdict.basis.region ?? ownRegion) : null),
    [shown, verdict.basis.region, ownRegion],
  );
  const rows = useMemo(
    () => (shown ? sortRegionRows(shown.rows, verdict.basis.region ?? ownRegion) : []),
    [shown, verdict.basis.region, ownRegion],
  );

  const money = (amount: number, currency: string) => {
    const value = toDisplay(amount, currency, displayCurrency, rates);
    return formatMoney(value.amount, value.currency, lang);
  };
  const unit = rateUnitFor(observation.miner?.algorithm);
  const confidence = confidenceOf(verdict);
  const region = regionLabel(verdict.basis.region, lang);
  const kind = observation.isMiningRig ? verdict.verdict : 'none';

  return (
    <section className="detail" aria-live="polite">
      <h2 className="detail-title">{observation.title}</h2>
      <dl className="facts">
        <dt>{text.price}</dt>
        <dd>
          {observation.price ? money(observation.price.amount, observation.price.currency) : text.noPrice}
          {observation.quantity > 1 ? ` ${text.quantity(observation.quantity)}` : ''}
        </dd>
        {judged.unitRate !== null && observation.price ? (
          <>
            <dt>{text.unitPrice}</dt>
            <dd>
              {money(judged.unitRate, observation.price.currency)}/{unit.suffix}
            </dd>
          </>
        ) : null}
        {verdict.expected ? (
          <>
            <dt>{text.expected}</dt>
            <dd>{money(verdict.expected.amount, verdict.expected.currency)}</dd>
          </>
        ) : null}
      </dl>
      <p className={`verdict-line verdict-${kind}`} data-rigscout-verdict={kind}>
        <strong>{t(lang, `verdict.${kind}`)}</strong>
        {verdict.deviation !== null && kind !== 'unknown' && kind !== 'none'
          ? ` ${t(lang, 'badge.vs', { deviation: formatDeviation(verdict.deviation, lang), region })}`
          : ''}
      </p>
      {!observation.isMiningRig ? (
        <p className="basis">
          {text.notRig(
            observation.exclusion
              ? t(lang, `exclusion.${observation.exclusion}` as MessageKey)
              : t(lang, 'verdict.none'),
          )}
        </p>
      ) : verdict.expected && verdict.basis.level ? (
        <p className="basis">
          {text.basis(verdict.basis.points, region, verdict.basis.windowDays)} (
          {text.basisLevel[verdict.basis.level]})
          {confidence ? (
            <span className={`confidence confidence-${confidence}`}>
              {' · '}
              {text.confidence}: {text.confidenceLevel[confidence]}
            </span>
          ) : null}
        </p>
      ) : (
        <p className="basis">{text.noTrend(observation.miner?.model ?? text.noModel)}</p>
      )}
      {rig ? (
        detail.status === 'loading' ? (
          <p className="status chart-placeholder">{text.chartLoading}</p>
        ) : detail.status === 'error' ? (
          <p className="status error">{text.error(detail.error)}</p>
        ) : chart && shown && (chart.data[0].length > 0 || rows.length > 0) ? (
          <>
            <Chart
              model={chart}
              lang={lang}
              currency={shown.currency}
              unit={shown.unit}
              title={observation.miner?.model ?? ''}
            />
            {shown.converted ? <p className="note">{text.currencyNote(shown.currency, rates.asOf)}</p> : null}
            <RegionTable
              rows={rows}
              ownRegion={verdict.basis.region ?? ownRegion}
              lang={lang}
              currency={shown.currency}
              unit={shown.unit}
              model={observation.miner?.model ?? ''}
            />
          </>
        ) : (
          <p className="status">{text.chartEmpty}</p>
        )
      ) : null}
    </section>
  );
}
