import { CliError, type CliIo } from '@/lib/cli/types';

/**
 * A command's outside world in memory: `files` by path, standard output collected in `out`.
 * A missing file fails as the real one does ("no such file: <path>").
 */
export function fakeIo(files: Record<string, string>): CliIo & { out: string } {
  const io = {
    out: '',
    async readText(path: string) {
      const text = files[path];
      if (text === undefined) throw new CliError(`no such file: ${path}`);
      return text;
    },
    write(text: string) {
      io.out += text;
    },
  };
  return io;
}
