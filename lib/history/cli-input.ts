/**
 * Reading a history export and trend settings for the `trend` and `report` commands. Strict,
 * unlike the options page's import: a command line that silently skipped a malformed line would
 * print a verdict resting on less than the user gave it.
 */

import type { CliIo } from '@/lib/cli/types';
import { CliError } from '@/lib/cli/types';
import { parseHistoryJsonl } from '@/lib/history/jsonl';
import type { Observation } from '@/lib/schema';
import { DEFAULT_TREND_OPTIONS, type TrendOptions } from '@/lib/trend/options';

/** Every Observation of the JSON Lines file at `path`; the first bad line is a CliError. */
export async function readHistory(io: CliIo, path: string): Promise<Observation[]> {
  const parsed = parseHistoryJsonl(await io.readText(path));
  const bad = parsed.rejected[0];
  if (bad) throw new CliError(`${path} line ${bad.line}: ${bad.reason}`);
  return parsed.observations;
}

/** `--now`, else the newest observation (so a saved history answers the same tomorrow), else now. */
export function resolveNow(nowText: string | undefined, history: readonly Observation[]): number {
  if (nowText !== undefined) {
    const at = Date.parse(nowText);
    if (Number.isNaN(at)) throw new CliError(`--now is not an ISO date: ${nowText}`);
    return at;
  }
  let newest = Number.NEGATIVE_INFINITY;
  for (const observation of history) newest = Math.max(newest, Date.parse(observation.observedAt));
  return Number.isFinite(newest) ? newest : Date.now();
}

/** Trend options from `--window <days>` and `--band <fraction>`, defaults otherwise. */
export function trendOptionsFrom(options: Record<string, string>): TrendOptions {
  const result: TrendOptions = { ...DEFAULT_TREND_OPTIONS };
  if (options.window !== undefined) {
    const days = Number(options.window);
    if (!Number.isInteger(days) || days < 1 || days > 3650)
      throw new CliError('--window must be 1 to 3650 days');
    result.windowDays = days;
  }
  if (options.band !== undefined) {
    const band = Number(options.band);
    if (!(band >= 0 && band < 1)) throw new CliError('--band must be a fraction such as 0.05');
    result.band = band;
  }
  return result;
}
