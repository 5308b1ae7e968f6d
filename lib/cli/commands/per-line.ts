import { isKnownSite, KNOWN_SITES } from '@/lib/price/context';
import { onePositional, parseArgs, textLines } from '../args';
import { type CliCommand, CliError } from '../types';

/**
 * A command that reads one text per input line in a site's context and prints one JSON line
 * `{"text", <field>}` per input line (`prices`, `regions`).
 */
export function perLineSiteCommand(spec: {
  name: string;
  summary: string;
  /** What the input lines are, for the "missing file" message. */
  what: string;
  field: string;
  read(text: string, site: string): unknown;
}): CliCommand {
  return {
    name: spec.name,
    usage: `${spec.name} <file|-> --site <id>`,
    summary: spec.summary,
    async run(args, io) {
      const parsed = parseArgs(args, ['site']);
      const path = onePositional(parsed, `${spec.what} file (or - for standard input)`);
      const site = requireSite(parsed.options.site);
      const text = await io.readText(path);
      const out = textLines(text).map((line) =>
        JSON.stringify({ text: line, [spec.field]: spec.read(line, site) }),
      );
      io.write(out.length ? `${out.join('\n')}\n` : '');
    },
  };
}

/** The `--site` value, or a CliError naming the sites that exist. */
export function requireSite(site: string | undefined): string {
  if (!site) throw new CliError('missing --site <id> (it sets what ¥, $ and bare numbers mean)');
  if (!isKnownSite(site)) throw new CliError(`unknown site ${site} (known: ${KNOWN_SITES})`);
  return site;
}
