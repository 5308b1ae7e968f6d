/**
 * The options page's editable rate table: rows of text as the user typed them, checked and
 * turned into a `RateTable`. Errors name the row, so the user knows what to fix.
 */
import { type RateTable, rateTableSchema } from '@/lib/currency/rates';

export interface RateRow {
  code: string;
  rate: string;
}

export type RatesFormResult = { ok: true; table: RateTable } | { ok: false; invalid: string[] };

/** Rows for editing, base currency first, then alphabetical. */
export function rowsFromTable(table: RateTable): RateRow[] {
  return Object.entries(table.rates)
    .filter(([code]) => code !== table.base)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, rate]) => ({ code, rate: String(rate) }));
}

const CODE = /^[A-Z]{3}$/;
const NUMBER = /^\d+(?:[.,]\d+)?$/;

/** Check the edited rows and date; duplicates, bad codes and non-positive rates are errors. */
export function tableFromRows(asOf: string, base: string, rows: readonly RateRow[]): RatesFormResult {
  const invalid: string[] = [];
  const rates: Record<string, number> = { [base]: 1 };
  for (const row of rows) {
    const code = row.code.trim().toUpperCase();
    const text = row.rate.trim();
    if (code === '' && text === '') continue;
    const rate = NUMBER.test(text) ? Number(text.replace(',', '.')) : Number.NaN;
    if (!CODE.test(code) || code in rates || !(rate > 0) || !Number.isFinite(rate)) {
      invalid.push(`${row.code.trim() || '?'} ${text || '?'}`);
      continue;
    }
    rates[code] = rate;
  }
  const parsed = rateTableSchema.safeParse({ asOf, base, rates });
  if (!parsed.success || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`))) invalid.push(asOf || '?');
  if (invalid.length > 0 || !parsed.success) return { ok: false, invalid };
  return { ok: true, table: parsed.data };
}
