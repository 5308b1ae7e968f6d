/**
 * `regions <file|-> --site <id>`: one location text per input line → one JSON line
 * `{"text", "region"}` with ISO 3166-1/3166-2 codes (interfaces.md).
 */
import { parseRegion } from '@/lib/region';
import { onePositional, parseArgs, textLines } from '../args';
import type { CliCommand } from '../types';
import { requireSite } from './prices';

export const command: CliCommand = {
  name: 'regions',
  usage: 'regions <file|-> --site <id>',
  summary: 'JSON Lines: the country and subdivision (ISO 3166) of each location text',
  async run(args, io) {
    const parsed = parseArgs(args, ['site']);
    const path = onePositional(parsed, 'location file (or - for standard input)');
    const site = requireSite(parsed.options.site);
    const text = await io.readText(path);
    const out = textLines(text).map((line) =>
      JSON.stringify({ text: line, region: parseRegion(line, { site }) }),
    );
    io.write(out.length ? `${out.join('\n')}\n` : '');
  },
};
