/** How a command reaches the outside world; injected so commands stay testable without a process. */
export interface CliIo {
  /** Read a whole UTF-8 file, or standard input for `-`. Throws CliError when it cannot. */
  readText(pathOrDash: string): Promise<string>;
  /** Write text to standard output (no newline added). */
  write(text: string): void;
}

/** One `npm run cli -- <name> ...` command. */
export interface CliCommand {
  name: string;
  /** One line: the arguments, e.g. `page <file> --url <page-url>`. */
  usage: string;
  /** One line: what it prints. */
  summary: string;
  run(args: readonly string[], io: CliIo): Promise<void>;
}

/** A user error: printed as one line on standard error, exit status 2, no stack trace. */
export class CliError extends Error {
  override name = 'CliError';
}
