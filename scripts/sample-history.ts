/**
 * Write a sample price history as JSON Lines (every listing labelled as sample data):
 *
 *   node --import tsx scripts/sample-history.ts [seed] [--now <ISO>] [--out <file>]
 *
 * `seed` (default 20211) and `--now` (default the current time) fix the output exactly; without
 * `--out` it goes to standard output. The generator is `generateSampleHistory` in
 * lib/history/sample.ts; the demo and e2e tests seed the extension with it.
 */
import { writeFileSync } from 'node:fs';
import { toJsonl } from '@/lib/history/jsonl';
import { generateSampleHistory } from '@/lib/history/sample';

function main(args: string[]): void {
  let seed = 20211;
  let now = new Date();
  let out: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--now') now = new Date(args[++i] ?? '');
    else if (arg === '--out') out = args[++i] ?? null;
    else seed = Number(arg);
  }
  if (!Number.isInteger(seed)) throw new Error('seed must be an integer');
  if (Number.isNaN(now.getTime())) throw new Error('--now must be an ISO date');
  const text = toJsonl(generateSampleHistory(seed, now));
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`sample-history: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
