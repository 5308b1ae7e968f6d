/**
 * `report --history <file.jsonl> [--now <ISO>] [--format json|table]`: per model and region,
 * today's trend price, the number of listings behind it and its 30-day change. JSON by default
 * (an array of `{model, region, trendUnitPrice, currency, unit, listings, change30d}`; region
 * null = all regions), or an aligned text table.
 */

import { readHistory, resolveNow, trendOptionsFrom } from '@/lib/history/cli-input';
import type { Observation } from '@/lib/schema';
import { TrendBook } from '@/lib/trend/judge';
import type { TrendOptions } from '@/lib/trend/options';
import { chunksFromObservations } from '@/lib/trend/sample';
import { modelTrend, UNIT_LABEL } from '@/lib/trend/series';
import { parseArgs } from '../args';
import { type CliCommand, CliError } from '../types';

/** One line of the report. */
export interface ReportRow {
  model: string;
  region: string | null;
  trendUnitPrice: number | null;
  currency: string;
  unit: string;
  listings: number;
  change30d: number | null;
}

const DAY_MS = 86_400_000;

export const command: CliCommand = {
  name: 'report',
  usage: 'report --history <file.jsonl> [--now <ISO>] [--format json|table] [--window <days>]',
  summary: "JSON (or a table): each model and region's trend price today, listings and 30-day change",
  async run(args, io) {
    const parsed = parseArgs(args, ['history', 'now', 'format', 'window', 'band']);
    if (parsed.positionals.length > 0) throw new CliError(`unexpected argument ${parsed.positionals[0]}`);
    const historyPath = parsed.options.history;
    if (!historyPath) throw new CliError('missing --history <file.jsonl>');
    const format = parsed.options.format ?? 'json';
    if (format !== 'json' && format !== 'table') throw new CliError('--format must be json or table');
    const options = trendOptionsFrom(parsed.options);
    const history = await readHistory(io, historyPath);
    const now = resolveNow(parsed.options.now, history);
    const rows = reportRows(history, options, now);
    io.write(format === 'json' ? `${JSON.stringify(rows)}\n` : table(rows));
  },
};

/** The report's rows: models in name order, each with all regions first, then countries and subdivisions. */
export function reportRows(history: readonly Observation[], options: TrendOptions, now: number): ReportRow[] {
  const book = new TrendBook(chunksFromObservations(history, now), options, now);
  const before = now - 30 * DAY_MS;
  const previous = new TrendBook(chunksFromObservations(history, before), options, before);
  const rows: ReportRow[] = [];
  for (const model of book.models().sort()) {
    const trend = modelTrend(book, model, previous);
    if (!trend) continue;
    for (const region of trend.regions) {
      rows.push({
        model,
        region: region.region,
        trendUnitPrice: region.trendUnitPrice,
        currency: region.currency,
        unit: UNIT_LABEL[trend.unit],
        listings: region.listings,
        change30d: region.change30d,
      });
    }
  }
  return rows;
}

function table(rows: readonly ReportRow[]): string {
  const header = ['model', 'region', 'trend price', 'per', 'listings', '30-day change'];
  const cells = rows.map((row) => [
    row.model,
    row.region ?? 'all',
    row.trendUnitPrice === null ? '-' : `${row.trendUnitPrice.toFixed(2)} ${row.currency}`,
    row.unit,
    String(row.listings),
    row.change30d === null ? '-' : `${row.change30d >= 0 ? '+' : ''}${(row.change30d * 100).toFixed(1)} %`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const right = new Set([2, 4, 5]);
  const line = (c: string[]) =>
    c
      .map((cell, i) =>
        right.has(i) ? cell.padStart(widths[i] as number) : cell.padEnd(widths[i] as number),
      )
      .join('  ');
  return `${[line(header), ...cells.map(line)].map((l) => l.trimEnd()).join('\n')}\n`;
}
