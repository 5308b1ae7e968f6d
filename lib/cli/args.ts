import { CliError } from './types';

/** Parsed command arguments: positionals in order, and `--name value` options. */
export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string>;
}

/**
 * Parse `args` allowing only the named value options (`--url x` or `--url=x`).
 * Unknown options and missing values are CliErrors, so a typo never silently changes a result.
 */
export function parseArgs(args: readonly string[], valueOptions: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-' || !arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (!valueOptions.includes(name)) throw new CliError(`unknown option --${name}`);
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') throw new CliError(`option --${name} needs a value`);
    options[name] = value;
  }
  return { positionals, options };
}

/** The single positional a command takes, or a CliError naming what is missing. */
export function onePositional(parsed: ParsedArgs, what: string): string {
  const [first, ...rest] = parsed.positionals;
  if (first === undefined) throw new CliError(`missing ${what}`);
  if (rest.length > 0) throw new CliError(`unexpected argument ${rest[0]}`);
  return first;
}

/** Split text into lines (LF or CRLF), dropping one trailing empty line. */
export function textLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
