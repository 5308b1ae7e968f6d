/**
 * The bundled miner catalog: every model of ../shared/reference/miners.csv with its canonical
 * name, vendor, algorithm, nominal hashrate (H/s) and power, plus the compact keys sellers'
 * spellings reduce to ("S19jPro", "s19j pro" → `s19jpro`).
 */
import { MINER_ROWS } from './miners.generated';
import { VENDORS } from './vendors';

export { rateUnitFor } from './algorithms';
export type { VendorNames } from './vendors';
export { VENDORS } from './vendors';

/** One catalog model. */
export interface CatalogModel {
  /** Canonical name exactly as miners.csv writes it, e.g. `Antminer S19j Pro`. */
  model: string;
  vendor: string;
  algorithm: string;
  /** Nominal hashrate in hashes per second. */
  hashrateHs: number;
  /** Nominal power draw in watts. */
  powerW: number;
  /** Release as the CSV gives it (`2021`, `2019-04`, or empty). */
  released: string;
  /** The model without its product-line word: `S19j Pro`. */
  code: string;
  /** Compact spellings (lower case, no spaces or hyphens) that name this model in a title. */
  keys: readonly string[];
}

// Product-line words the catalog puts before a model code; a title often omits them.
const LINE_WORDS =
  /^(?:antminer|whatsminer|avalonminer|avalon|innosilicon|goldshell|ebit|jasminer|ipollo|iceriver|bitaxe)\s+/i;

/** Lower case with spaces, hyphens and underscores removed: the form titles are matched in. */
export function compactKey(text: string): string {
  return text.toLowerCase().replace(/[\s\-_]+/g, '');
}

// Seller spellings that no rule derives: Innosilicon's "A6+" without the "LTCMaster" suffix.
const EXTRA_KEYS: Record<string, readonly string[]> = {
  'Innosilicon A6+ LTCMaster': ['a6+', 'a6plus'],
  'Goldshell Mini-DOGE Pro': ['minidogepro', 'minidoge pro'],
};

function keysFor(model: string, code: string): string[] {
  const base = compactKey(code);
  const keys = new Set<string>();
  // A code without digits ("Supra") is only a model next to its line word ("Bitaxe Supra").
  keys.add(/\d/.test(base) ? base : compactKey(model));
  keys.add(compactKey(model));
  for (const key of [...keys]) {
    if (key.includes('+')) keys.add(key.replace(/\+/g, 'plus'));
    if (key.endsWith('hyd')) {
      keys.add(`${key}ro`);
      keys.add(`${key.slice(0, -3)}水冷`);
    }
    // Canaan numbers come with or without the "A": 1246 / A1246, 1466 / A1466.
    const canaan = /^(?:a)?(\d{4})$/.exec(key);
    if (canaan) {
      keys.add(canaan[1] as string);
      keys.add(`a${canaan[1]}`);
    }
  }
  for (const extra of EXTRA_KEYS[model] ?? []) keys.add(compactKey(extra));
  return [...keys];
}

/** Every model of miners.csv, in CSV order. */
export const CATALOG: readonly CatalogModel[] = MINER_ROWS.map(
  ([model, vendor, algorithm, hashrateHs, powerW, released]) => {
    const code = model.replace(LINE_WORDS, '');
    return { model, vendor, algorithm, hashrateHs, powerW, released, code, keys: keysFor(model, code) };
  },
);

const BY_KEY = new Map<string, CatalogModel>();
for (const entry of CATALOG) for (const key of entry.keys) if (!BY_KEY.has(key)) BY_KEY.set(key, entry);

// Vendor words to strip before a key lookup, longest first so "蚂蚁矿机" goes before "蚂蚁".
const VENDOR_WORDS = VENDORS.flatMap((v) => v.written)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/\s+/g, ''));

/**
 * The catalog model a name refers to: the canonical name in any case or spacing, or a seller's
 * spelling with or without the vendor ("蚂蚁S19jPro", "whatminer m30s++", "A1246"). Null when none.
 */
export function findCatalogModel(name: string): CatalogModel | null {
  let key = compactKey(name.normalize('NFKC'));
  const direct = BY_KEY.get(key);
  if (direct) return direct;
  for (const word of VENDOR_WORDS) {
    if (key.startsWith(word)) {
      key = key.slice(word.length);
      break;
    }
  }
  key = key.replace(/^(?:矿机|miner)/, '');
  return BY_KEY.get(key) ?? null;
}

/** Catalog model by compact key (see {@link compactKey}); the recogniser's lookup. */
export function catalogByKey(key: string): CatalogModel | undefined {
  return BY_KEY.get(key);
}
