/**
 * `prices <file|-> --site <id>`: one price text per input line → one JSON line `{"text", "price"}`
 * (interfaces.md). The site sets the currency context: ¥ is CNY on goofish, JPY on mercari-jp.
 */

import { parsePrice } from '@/lib/price';
import { isKnownSite, KNOWN_SITES } from '@/lib/price/context';
import { onePositional, parseArgs, textLines } from '../args';
import { type CliCommand, CliError } from '../types';

export const command: CliCommand = {
  name: 'prices',
  usage: 'prices <file|-> --site <id>',
  summary: 'JSON Lines: the amount, currency and range maximum of each price text',
  async run(args, io) {
    const parsed = parseArgs(args, ['site']);
    const path = onePositional(parsed, 'price file (or - for standard input)');
    const site = requireSite(parsed.options.site);
    const text = await io.readText(path);
    const out = textLines(text).map((line) =>
      JSON.stringify({ text: line, price: parsePrice(line, { site }) }),
    );
    io.write(out.length ? `${out.join('\n')}\n` : '');
  },
};

/** The `--site` value, or a CliError naming the sites that exist. */
export function requireSite(site: string | undefined): string {
  if (!site) throw new CliError('missing --site <id> (it sets what ¥, $ and bare numbers mean)');
  if (!isKnownSite(site)) throw new CliError(`unknown site ${site} (known: ${KNOWN_SITES})`);
  return site;
}
