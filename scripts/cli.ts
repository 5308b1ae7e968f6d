/**
 * `npm run --silent cli -- <command> ...`: the command line of interfaces.md. Prints JSON on
 * standard output; bad input exits with status 2 and one line on standard error.
 */
import { readFile } from 'node:fs/promises';
import { COMMANDS } from '@/lib/cli/commands';
import { CliError, type CliIo } from '@/lib/cli/types';

const io: CliIo = {
  async readText(path) {
    try {
      if (path === '-') {
        const chunks: Buffer[] = [];
        for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks).toString('utf8');
      }
      return await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(
        code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${code ?? String(error)}`,
      );
    }
  },
  write(text) {
    process.stdout.write(text);
  },
};

function help(): string {
  return [
    'RigScout command line. Usage: npm run --silent cli -- <command> [arguments]',
    '',
    ...COMMANDS.flatMap((command) => [`  ${command.usage}`, `      ${command.summary}`]),
    '',
    'Output is JSON on standard output. Bad input exits with status 2 and one line on standard error.',
    '',
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) throw new CliError(`unknown command "${name}" (see --help)`);
  if (args.includes('--help')) {
    process.stdout.write(`usage: ${command.usage}\n${command.summary}\n`);
    return 0;
  }
  await command.run(args, io);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`rigscout: ${error.message}\n`);
    } else {
      // An unexpected failure is still one line: the stack helps nobody running the tool.
      process.stderr.write(
        `rigscout: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
    process.exitCode = 2;
  },
);
