/**
 * `npm run bench`: runs every tests/bench/*.bench.ts, prints one JSON object per line
 * ({"name","value","unit","budget","pass"}) and a summary line, and exits non-zero when a
 * budget fails. `npm run bench -- <filter>` runs only the files whose name contains <filter>.
 * The one-million-observation case is left out unless RIGSCOUT_BENCH_1M=1 (it takes minutes).
 */
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchModule, BenchResult } from '../tests/bench/harness';

const dir = resolve(import.meta.dirname, '../tests/bench');
const filter = process.argv[2] ?? '';

async function main(): Promise<number> {
  const files = (await readdir(dir))
    .filter((file) => file.endsWith('.bench.ts') && file.includes(filter))
    .sort();
  if (files.length === 0) {
    process.stderr.write(`bench: no benchmark matches "${filter}"\n`);
    return 2;
  }
  const results: BenchResult[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as { default: BenchModule };
    try {
      for (const result of await module.default()) {
        results.push(result);
        process.stdout.write(`${JSON.stringify(result)}\n`);
      }
    } catch (error) {
      const failed: BenchResult = {
        name: `${file}:error`,
        value: 0,
        unit: 'error',
        budget: 'runs',
        pass: false,
      };
      results.push(failed);
      process.stdout.write(`${JSON.stringify({ ...failed, error: String(error) })}\n`);
    }
  }
  const failed = results.filter((result) => !result.pass);
  process.stdout.write(
    `${JSON.stringify({ summary: true, benchmarks: results.length, passed: results.length - failed.length, failed: failed.map((r) => r.name) })}\n`,
  );
  return failed.length === 0 ? 0 : 1;
}

main().then((code) => {
  process.exitCode = code;
});
