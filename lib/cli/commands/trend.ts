/**
 * `trend --history <file.jsonl> --listing <file.json> [--now <ISO>]`: how one listing's price
 * sits against its regional trend (interfaces.md). Prints the Verdict JSON:
 * `{"verdict", "deviation", "expected", "basis"}`.
 */

import { readHistory, resolveNow, trendOptionsFrom } from '@/lib/history/cli-input';
import { listingSchema } from '@/lib/schema';
import { judgeAgainstHistory } from '@/lib/trend/from-history';
import { parseArgs } from '../args';
import { type CliCommand, CliError } from '../types';

export const command: CliCommand = {
  name: 'trend',
  usage:
    'trend --history <file.jsonl> --listing <file.json> [--now <ISO>] [--window <days>] [--band <fraction>]',
  summary: 'JSON: the verdict for one listing against its regional trend in a history export',
  async run(args, io) {
    const parsed = parseArgs(args, ['history', 'listing', 'now', 'window', 'band']);
    if (parsed.positionals.length > 0) throw new CliError(`unexpected argument ${parsed.positionals[0]}`);
    const { history: historyPath, listing: listingPath } = parsed.options;
    if (!historyPath) throw new CliError('missing --history <file.jsonl>');
    if (!listingPath) throw new CliError('missing --listing <file.json>');
    const options = trendOptionsFrom(parsed.options);
    const history = await readHistory(io, historyPath);
    let json: unknown;
    try {
      json = JSON.parse(await io.readText(listingPath));
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`${listingPath}: not valid JSON`);
    }
    const listing = listingSchema.safeParse(json);
    if (!listing.success) {
      const issue = listing.error.issues[0];
      const where = issue?.path.map(String).join('.') || '(root)';
      throw new CliError(`${listingPath}: not a Listing (${where}: ${issue?.message ?? 'invalid'})`);
    }
    const now = resolveNow(parsed.options.now, history);
    const { verdict } = judgeAgainstHistory(history, listing.data, options, now);
    io.write(`${JSON.stringify(verdict)}\n`);
  },
};
