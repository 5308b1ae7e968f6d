/**
 * The built extension the Chromium benches and the bundle bench read. They measure what is in
 * .output/chrome-mv3; when it is missing (or RIGSCOUT_BENCH_REBUILD=1) they build it first, the
 * same way `npm run build` does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../../..');
export const EXTENSION_OUT = resolve(REPO, '.output/chrome-mv3');

/** Make sure .output/chrome-mv3 holds a build; returns its folder. */
export function ensureExtensionBuilt(): string {
  if (process.env.RIGSCOUT_BENCH_REBUILD !== '1' && existsSync(resolve(EXTENSION_OUT, 'manifest.json')))
    return EXTENSION_OUT;
  const wxt = resolve(REPO, 'node_modules/wxt/bin/wxt.mjs');
  const result = spawnSync(process.execPath, [wxt, 'build'], {
    cwd: REPO,
    stdio: ['ignore', 'ignore', 'pipe'],
    // The build spawns node itself: keep this Node first on PATH.
    env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` },
    encoding: 'utf8',
  });
  if (result.status !== 0 || !existsSync(resolve(EXTENSION_OUT, 'manifest.json')))
    throw new Error(`wxt build failed: ${(result.stderr ?? '').trim().split('\n').slice(-5).join(' | ')}`);
  return EXTENSION_OUT;
}
