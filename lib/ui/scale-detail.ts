import { convert, type RateTable } from '@/lib/currency/rates';
import type { DetailData } from '@/lib/popup/load-detail';
import type { PricePoint, RegionLine } from './chart-model';
import type { RegionRow } from './region-table';

/** A listing's chart data in the currency the user reads. */
export interface ShownDetail {
  own: PricePoint[];
  lines: RegionLine[];
  rows: RegionRow[];
  currency: string;
  unit: DetailData['unit'];
  converted: boolean;
}

/**
 * Convert every value of a detail to the display currency. A conversion is one factor, so it is
 * computed once; when the table lacks a currency the values stay in their own.
 */
export function scaleDetail(data: DetailData, displayCurrency: string | null, rates: RateTable): ShownDetail {
  const factor =
    displayCurrency && displayCurrency !== data.currency
      ? convert(1, data.currency, displayCurrency, rates)
      : null;
  if (factor === null || !displayCurrency) {
    return { ...data, converted: false };
  }
  const scale = (points: readonly PricePoint[]) => points.map((p) => ({ at: p.at, value: p.value * factor }));
  return {
    own: scale(data.own),
    lines: data.lines.map((line) => ({ ...line, points: scale(line.points) })),
    rows: data.rows.map((row) => ({ ...row, trend: row.trend * factor })),
    currency: displayCurrency,
    unit: data.unit,
    converted: true,
  };
}
