import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatDate, formatMoney } from '@/lib/i18n/format';
import type { Lang } from '@/lib/i18n/locale';
import { popupText } from '@/lib/i18n/popup-messages';
import { regionLabel } from '@/lib/i18n/region-label';
import type { ChartModel } from '@/lib/ui/chart-model';

export interface PriceChartProps {
  model: ChartModel;
  lang: Lang;
  /** Currency of the y values. */
  currency: string;
  /** The unit prices are per (`TH/s` ...) or null when they are per machine. */
  unit: string | null;
  /** Model name, for the accessible description. */
  title: string;
  width?: number;
  height?: number;
}

/** The performance mark the bench reads: the first time a chart has drawn. */
export const FIRST_CHART_PAINT = 'rigscout:first-chart-paint';

/**
 * The selected listing's chart, drawn by uPlot on a canvas: its own price points, its region's
 * trend line (thick), other regions' lines (thin) and dated market events as dashed rules.
 */
export function PriceChart({
  model,
  lang,
  currency,
  unit,
  title,
  width = 396,
  height = 190,
}: PriceChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  const text = popupText(lang);

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const plot = new uPlot(chartOptions(model, lang, currency, width, height), model.data, element);
    return () => plot.destroy();
  }, [model, lang, currency, width, height]);

  return (
    <figure className="chart">
      <figcaption>{text.chartTitle(unit ?? text.perMachine)}</figcaption>
      <div ref={holder} role="img" aria-label={text.chartAria(title)} />
      <ul className="legend">
        {model.series.map((series) => (
          <li key={`${series.kind}:${series.region ?? ''}`} className={`legend-${series.kind}`}>
            <span className="swatch" style={{ background: series.color }} />
            {series.kind === 'own' ? text.ownPrice : text.trendOf(regionLabel(series.region, lang))}
          </li>
        ))}
      </ul>
    </figure>
  );
}

function chartOptions(
  model: ChartModel,
  lang: Lang,
  currency: string,
  width: number,
  height: number,
): uPlot.Options {
  const text = popupText(lang);
  const axis = {
    stroke: '#8b93a1',
    grid: { stroke: 'rgba(128,128,128,.18)', width: 1 },
    ticks: { show: false },
  };
  let painted = false;
  return {
    width,
    height,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: true },
      y: model.yRange ? { range: model.yRange } : {},
    },
    series: [
      {},
      ...model.series.map((series): uPlot.Series => {
        if (series.kind === 'own') {
          return {
            stroke: series.color,
            fill: series.color,
            width: 0,
            paths: () => null,
            points: { show: true, size: 7, stroke: series.color, fill: series.color },
          };
        }
        return {
          stroke: series.color,
          width: series.kind === 'primary' ? 2.5 : 1.25,
          dash: series.kind === 'primary' ? undefined : [5, 3],
          spanGaps: true,
          points: { show: false },
        };
      }),
    ],
    axes: [
      {
        ...axis,
        space: 60,
        values: (_u, splits) => splits.map((s) => formatDate(s * 1000, lang, 'short')),
      },
      {
        ...axis,
        size: 56,
        values: (_u, splits) => splits.map((s) => formatMoney(s, currency, lang)),
      },
    ],
    hooks: {
      draw: [
        (u) => {
          drawEvents(u, model, text.events);
          if (!painted) {
            painted = true;
            performance.mark(FIRST_CHART_PAINT);
          }
        },
      ],
    },
  };
}

/** Dashed vertical rules with a short label for the market events inside the x range. */
function drawEvents(u: uPlot, model: ChartModel, labels: Record<string, string>): void {
  const { ctx } = u;
  const { top, height } = u.bbox;
  ctx.save();
  ctx.strokeStyle = '#9333ea';
  ctx.fillStyle = '#9333ea';
  ctx.setLineDash([3, 3]);
  ctx.lineWidth = uPlot.pxRatio;
  ctx.font = `${Math.round(10 * uPlot.pxRatio)}px system-ui, "PingFang SC", "WenQuanYi Zen Hei", sans-serif`;
  ctx.textBaseline = 'top';
  let labelRow = 0;
  for (const event of model.events) {
    const x = Math.round(u.valToPos(event.at, 'x', true));
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, top + height);
    ctx.stroke();
    // Events close together (2021-05 and 2021-06) get their labels on alternate rows; a label
    // that would run off the plot goes to the left of its rule.
    const label = labels[event.id] ?? event.id;
    const gap = 3 * uPlot.pxRatio;
    const fits = x + gap + ctx.measureText(label).width <= u.bbox.left + u.bbox.width;
    ctx.textAlign = fits ? 'left' : 'right';
    ctx.fillText(label, fits ? x + gap : x - gap, top + 2 + labelRow * 12 * uPlot.pxRatio);
    labelRow = (labelRow + 1) % 2;
  }
  ctx.restore();
}
