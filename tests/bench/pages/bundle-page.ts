/**
 * Bundle a browser entry under tests/bench/pages (and the lib/ code it imports) into one ES
 * module with esbuild, which WXT already installs, so a plain Chromium page can run the real
 * modules. Output goes to a temporary folder; nothing generated is kept in the repository.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { REPO } from './build-extension';

/** The bundled JavaScript of `entry` (a path relative to this folder). */
export async function bundleForBrowser(entry: string): Promise<string> {
  const outdir = await mkdtemp(join(tmpdir(), 'rigscout-bench-'));
  const outfile = join(outdir, 'entry.js');
  await build({
    entryPoints: [resolve(import.meta.dirname, entry)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    outfile,
    alias: { '@': REPO },
    logLevel: 'error',
  });
  return readFile(outfile, 'utf8');
}
