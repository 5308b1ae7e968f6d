import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCANNED = ['lib', 'components', 'entrypoints'];
/**
 * Sinks that parse a string as markup. Page-derived text must reach the DOM through
 * textContent or React children only. Built from parts so this file does not match itself.
 */
const SINKS = [
  ['inner', 'HTML'],
  ['outer', 'HTML'],
  ['dangerously', 'SetInnerHTML'],
  ['insertAdjacent', 'HTML'],
  ['document.', 'write'],
  ['createContextual', 'Fragment'],
  ['setHTML', 'Unsafe'],
  ['parseHTML', 'Unsafe'],
].map((parts) => parts.join(''));

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.(ts|tsx|js|mjs|html)$/.test(name)) out.push(path);
  }
  return out;
}

describe('no HTML sinks', () => {
  const files = SCANNED.flatMap((dir) => sources(join(ROOT, dir)));

  it('scans the UI and library sources', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((file) => file.endsWith('badge.ts'))).toBe(true);
  });

  it('finds none of the markup-parsing sinks', () => {
    const hits: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const sink of SINKS) if (text.includes(sink)) hits.push(`${relative(ROOT, file)}: ${sink}`);
    }
    expect(hits).toEqual([]);
  });

  it('would catch a sink (the scanner itself works)', () => {
    const sample = `el.${SINKS[0]} = title;`;
    expect(SINKS.some((sink) => sample.includes(sink))).toBe(true);
  });
});
