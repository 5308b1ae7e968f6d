/**
 * CSV export for spreadsheets: RFC 4180 quoting (titles hold commas, quotes, line breaks and
 * Chinese), a header row, one Observation per row. The file starts with a byte order mark so
 * spreadsheet programs read it as UTF-8 rather than the system code page.
 */
import type { Observation } from '@/lib/schema';

/** Column names, in order. */
export const CSV_COLUMNS = [
  'observedAt',
  'site',
  'listingId',
  'url',
  'title',
  'amount',
  'currency',
  'maxAmount',
  'quantity',
  'country',
  'subdivision',
  'regionText',
  'model',
  'vendor',
  'algorithm',
  'hashrateHs',
  'hashrateSource',
  'powerW',
  'isMiningRig',
  'exclusion',
  'postedAt',
] as const;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
// A text cell starting like a formula would run as one in a spreadsheet (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

type Cell = string | number | boolean | null;

function cell(value: Cell, text = false): string {
  if (value === null) return '';
  let s = String(value);
  if (text && FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function row(o: Observation): string {
  const cells: string[] = [
    cell(o.observedAt),
    cell(o.site),
    cell(o.listingId, true),
    cell(o.url, true),
    cell(o.title, true),
    cell(o.price?.amount ?? null),
    cell(o.price?.currency ?? null),
    cell(o.price?.maxAmount ?? null),
    cell(o.quantity),
    cell(o.region?.country ?? null),
    cell(o.region?.subdivision ?? null),
    cell(o.region?.text ?? null, true),
    cell(o.miner?.model ?? null, true),
    cell(o.miner?.vendor ?? null, true),
    cell(o.miner?.algorithm ?? null),
    cell(o.miner?.hashrateHs ?? null),
    cell(o.miner?.hashrateSource ?? null),
    cell(o.miner?.powerW ?? null),
    cell(o.isMiningRig),
    cell(o.exclusion),
    cell(o.postedAt),
  ];
  return cells.join(',');
}

/** The CSV header line (with the byte order mark), CRLF-terminated. */
export function csvHeader(): string {
  return `\uFEFF${CSV_COLUMNS.join(',')}\r\n`;
}

/** CSV rows for `observations`, each CRLF-terminated. */
export function csvRows(observations: readonly Observation[]): string {
  let out = '';
  for (const observation of observations) out += `${row(observation)}\r\n`;
  return out;
}
