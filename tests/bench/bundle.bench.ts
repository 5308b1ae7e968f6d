/**
 * Bundle sizes of the built extension, gzip -9, in kB (1024 bytes): everything a marketplace
 * page loads (every content script), the service worker, and every JS chunk the popup loads
 * (its HTML's entry and modulepreloads, and their static and dynamic imports).
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { atMost, type BenchResult } from './harness';
import { ensureExtensionBuilt } from './pages/build-extension';

interface Manifest {
  background?: { service_worker?: string };
  content_scripts?: { js?: string[] }[];
  action?: { default_popup?: string };
}

const SCRIPT_RE = /<script\b[^>]*\bsrc="([^"]+\.js)"/g;
const PRELOAD_RE = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g;
const STATIC_IMPORT_RE = /(?:\bimport|\bfrom)\s*"(\.{1,2}\/[^"]+\.js)"/g;
// A popup that renders its shell first and imports the rest at once still loads the rest before
// its first chart: Vite's dynamic imports (and their preload lists) count too.
const DYNAMIC_IMPORT_RE = /\bimport\(\s*[`'"](\.{1,2}\/[^`'"]+\.js)[`'"]\s*\)/g;
const PRELOAD_LIST_RE = /__vite__mapDeps[^;]*?\[([^\]]*)\]/g;

async function gzipKb(root: string, files: Iterable<string>): Promise<number> {
  let bytes = 0;
  for (const file of files) bytes += gzipSync(await readFile(resolve(root, file)), { level: 9 }).length;
  return bytes / 1024;
}

/** The JS files an HTML page loads before it can run, following static imports. */
async function pageChunks(root: string, html: string): Promise<Set<string>> {
  const text = await readFile(resolve(root, html), 'utf8');
  const queue = [...text.matchAll(SCRIPT_RE), ...text.matchAll(PRELOAD_RE)].map((m) =>
    (m[1] as string).replace(/^\//, ''),
  );
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(resolve(root, file), 'utf8');
    for (const m of [...code.matchAll(STATIC_IMPORT_RE), ...code.matchAll(DYNAMIC_IMPORT_RE)])
      queue.push(resolve('/', dirname(file), m[1] as string).slice(1));
    for (const m of code.matchAll(PRELOAD_LIST_RE))
      for (const dep of (m[1] as string).matchAll(/"([^"]+\.js)"/g)) queue.push(dep[1] as string);
  }
  return seen;
}

export default async function run(): Promise<BenchResult[]> {
  const root = ensureExtensionBuilt();
  const manifest = JSON.parse(await readFile(resolve(root, 'manifest.json'), 'utf8')) as Manifest;
  const content = new Set((manifest.content_scripts ?? []).flatMap((script) => script.js ?? []));
  const background = manifest.background?.service_worker;
  const popup = manifest.action?.default_popup;
  if (content.size === 0 || !background || !popup)
    throw new Error('manifest lacks content scripts, worker or popup');
  return [
    atMost('bundle.content_gzip_kb', await gzipKb(root, content), 'kB', 25),
    atMost('bundle.background_gzip_kb', await gzipKb(root, [background]), 'kB', 60),
    atMost('bundle.popup_gzip_kb', await gzipKb(root, await pageChunks(root, popup)), 'kB', 150),
  ];
}
