/**
 * Finds vendors and model codes in normalised title text. Catalog models are matched with a
 * character trie over their compact keys (lower case, spaces and hyphens skipped), so "S19jPro",
 * "s19j pro" and "S19J-PRO" are one walk; suffixes the catalog lacks ("M50S+", "S19 Pro Hyd")
 * and unknown codes next to a known vendor ("Whatsminer M36S") become uncatalogued models.
 */
import { CATALOG, type CatalogModel, catalogByKey, VENDORS } from '@/lib/catalog';
import { isAlnum, isDigit } from './text';

/** A vendor word found in a title. */
export interface VendorHit {
  vendor: string;
  line: string;
  start: number;
  end: number;
}

/** A model found in a title: a catalog entry, an uncatalogued variant of one, or an unknown code. */
export interface ModelHit {
  /** The model name: canonical for catalog hits, normalised as written otherwise. */
  model: string;
  vendor: string | null;
  algorithm: string | null;
  /** The catalog entry this is (exact) or derives from (variant); null for an unknown code. */
  base: CatalogModel | null;
  /** True when the model is exactly the catalog entry. */
  exact: boolean;
  /** The compact key matched, for evidence rules (short and numeric keys need support). */
  key: string;
  start: number;
  end: number;
}

// ---- vendors --------------------------------------------------------------------------------

const VENDOR_BY_WORD = new Map<string, (typeof VENDORS)[number]>();
for (const v of VENDORS) for (const w of v.written) VENDOR_BY_WORD.set(w.replace(/\s+/g, ''), v);
const VENDOR_RE = new RegExp(
  `(?<![a-zа-я])(?:${[...VENDORS.flatMap((v) => v.written)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/\s+/g, '\\s?'))
    .join('|')})`,
  'g',
);

/** Every vendor word in `s`, in order. */
export function findVendors(s: string): VendorHit[] {
  const hits: VendorHit[] = [];
  VENDOR_RE.lastIndex = 0;
  for (let m = VENDOR_RE.exec(s); m; m = VENDOR_RE.exec(s)) {
    const v = VENDOR_BY_WORD.get(m[0].replace(/\s+/g, ''));
    if (v) hits.push({ vendor: v.vendor, line: v.line, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

// ---- catalog trie ---------------------------------------------------------------------------

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: CatalogModel;
  key?: string;
}

const ROOT: TrieNode = { next: new Map() };
for (const entry of CATALOG) {
  for (const key of entry.keys) {
    let node = ROOT;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    if (!node.entry) {
      node.entry = entry;
      node.key = key;
    }
  }
}

/** Numeric keys ("1246") are Canaan models only when a Canaan word is in the title. */
const NUMERIC_KEY = /^\d+$/;
const SEPARATOR = /[\s\-_]/;
const SERIES_WORD = /^\s?(?:系列|series|серии)/;

// A suffix after a catalog match that makes another model: "m50s" + "+", "s19 pro" + " hyd",
// "s19" + "i". Plus signs and single letters only when glued ("S19 + PSU" is no S19+).
const VARIANT_RE = /[ -]?(pro\+?|xp|hydro|hyd|水冷|se|plus|ultra|max)(?![a-z])|(\+\+?)|([a-z])(?![a-z])/y;
const VARIANT_LABEL: Record<string, string> = {
  pro: ' Pro',
  'pro+': ' Pro+',
  xp: ' XP',
  hyd: ' Hyd',
  hydro: ' Hyd',
  水冷: ' Hyd',
  se: ' SE',
  ultra: ' Ultra',
  max: ' Max',
  plus: '+',
  '+': '+',
  '++': '++',
};

/** The label a suffix adds to a model name, in the vendor's own style (S19i, M50S). */
function suffixLabel(token: string, vendor: string | null): string {
  const label = VARIANT_LABEL[token];
  if (label) return label;
  return vendor === 'Bitmain' ? token : token.toUpperCase();
}

/** Read suffix tokens at `pos`; returns the added label and the new end. */
function readVariant(s: string, pos: number, base: string, vendor: string | null): [string, number] {
  let label = '';
  let end = pos;
  for (let k = 0; k < 3; k++) {
    VARIANT_RE.lastIndex = end;
    const m = VARIANT_RE.exec(s);
    if (!m) break;
    const token = (m[1] ?? m[2] ?? m[3]) as string;
    // A watt figure is never glued to a code.
    if (m[3] === 'w') break;
    // "S9s", "S19s": an English plural, read past without a label (Bitmain has no "S" suffix).
    if (m[3] === 's' && vendor === 'Bitmain') {
      end = VARIANT_RE.lastIndex;
      break;
    }
    const add = suffixLabel(token, vendor);
    if (!(base + label).endsWith(add)) label += add;
    end = VARIANT_RE.lastIndex;
  }
  return [label, end];
}

// A cooling word anywhere in the title ("S19 XP 141T Hydro Cooling") picks the catalog's Hyd model.
const COOLING_RE = /hydro|\bhyd\b|水冷|water[\s-]?cooled|водян/;

/**
 * The catalog's hydro-cooled model for `hit` when the title names hydro cooling anywhere and the
 * catalog has one (S19 XP → S19 XP Hyd); otherwise `hit` unchanged.
 */
export function withCooling(s: string, hit: ModelHit): ModelHit {
  if (!hit.exact || !hit.base || hit.base.model.endsWith(' Hyd') || !COOLING_RE.test(s)) return hit;
  const hyd = catalogByKey(`${hit.key}hyd`);
  return hyd ? { ...hit, model: hyd.model, base: hyd, key: `${hit.key}hyd` } : hit;
}

/** Whether a catalog match may end at `j`: not inside a longer code, hashrate may be glued on. */
function endsCleanly(s: string, j: number, lastIsDigit: boolean): boolean {
  if (j >= s.length) return true;
  const c = s.charCodeAt(j);
  if (isDigit(c)) return !lastIsDigit; // "s19pro110t" yes, "s1995t" no
  return true; // letters are judged by readVariant
}

/**
 * Catalog (or catalog-variant) models in `s`, left to right. `vendorEnds` are offsets where a
 * vendor word ends, so "antminers19" still starts a match at "s19".
 */
export function findCatalogModels(s: string, canaan: boolean, vendorEnds: ReadonlySet<number>): ModelHit[] {
  const hits: ModelHit[] = [];
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (!isAlnum(c)) continue;
    if (i > 0 && isAlnum(s.charCodeAt(i - 1)) && !vendorEnds.has(i)) continue;
    let node = ROOT;
    let best: TrieNode | null = null;
    let bestEnd = -1;
    let j = i;
    while (j < n) {
      let child = node.next.get(s[j] as string);
      if (!child && SEPARATOR.test(s[j] as string) && j + 1 < n && s[j + 1] !== '+') {
        child = node.next.get(s[j + 1] as string);
        if (child) j++;
      }
      if (!child) break;
      node = child;
      j++;
      if (node.entry && endsCleanly(s, j, isDigit(s.charCodeAt(j - 1)))) {
        if (!NUMERIC_KEY.test(node.key as string) || canaan) {
          best = node;
          bestEnd = j;
        }
      }
    }
    if (!best?.entry) continue;
    const entry = best.entry;
    const [label, end] = readVariant(s, bestEnd, entry.model, entry.vendor);
    // A letter straight after the match that is no known suffix: part of another word ("s9x1").
    if (label === '' && end === bestEnd && bestEnd < n && /[a-z]/.test(s[bestEnd] as string)) continue;
    // "M60系列 M60S": a series name, not the machine; the specific model follows.
    if (SERIES_WORD.test(s.slice(end, end + 8))) continue;
    hits.push({
      model: entry.model + label,
      vendor: entry.vendor,
      algorithm: entry.algorithm,
      base: entry,
      exact: label === '',
      key: best.key as string,
      start: i,
      end,
    });
    i = end - 1;
  }
  return hits;
}

// ---- codes the catalog lacks ------------------------------------------------------------------

// Series letters per vendor as the catalog has them (Bitmain: s, t, l, e, ks, ka, k, z, d ...),
// and the one algorithm a vendor's series runs, when the catalog agrees on one.
const SERIES = new Map<string, Set<string>>();
const SERIES_ALGORITHM = new Map<string, string | null>();
for (const entry of CATALOG) {
  const m = /^([a-z]{1,2})\d/i.exec(entry.code);
  const series = m ? (m[1] as string).toLowerCase() : /^\d/.test(entry.code) ? '' : null;
  if (series === null) continue;
  const set = SERIES.get(entry.vendor) ?? new Set<string>();
  SERIES.set(entry.vendor, set);
  set.add(series);
  const key = `${entry.vendor}:${series}`;
  const known = SERIES_ALGORITHM.get(key);
  SERIES_ALGORITHM.set(key, known === undefined || known === entry.algorithm ? entry.algorithm : null);
}

const ADJACENT = /^[\s\-:：]{0,3}(?:矿机|miner)?[\s\-:：]{0,3}$/;
const ADJACENT_GAP = /[\s\-:：]{0,3}(?:矿机|miner)?[\s\-:：]{0,3}/y;
// Codes with a word instead of digits, right after the vendor: Goldshell "KD Box Pro", "KD Max".
const NAMED_RE = /([a-z]{2,3})[ -]?(box|max|lite|byte)(?:[ -]?(pro|ii|se|plus))?(?![a-z0-9])/y;
const WORD_LABEL: Record<string, string> = { ii: 'II', se: 'SE' };

function capitalise(word: string): string {
  return WORD_LABEL[word] ?? word.charAt(0).toUpperCase() + word.slice(1);
}

/** A worded code written right after the vendor ("Goldshell KD Box Pro"), or null. */
function namedModel(s: string, vendor: VendorHit): ModelHit | null {
  ADJACENT_GAP.lastIndex = vendor.end;
  ADJACENT_GAP.exec(s);
  NAMED_RE.lastIndex = ADJACENT_GAP.lastIndex || vendor.end;
  const m = NAMED_RE.exec(s);
  if (!m) return null;
  const letters = m[1] as string;
  const words = [m[2], m[3]].filter((w): w is string => !!w).map(capitalise);
  return {
    model: `${vendor.line} ${letters.toUpperCase()} ${words.join(' ')}`,
    vendor: vendor.vendor,
    algorithm: SERIES_ALGORITHM.get(`${vendor.vendor}:${letters}`) ?? null,
    base: null,
    exact: false,
    key: m[0],
    start: m.index,
    end: m.index + m[0].length,
  };
}
const CODE_RE =
  /(?<![a-z0-9])([a-z]{1,2})-?(\d{1,3})([a-z]{0,2})((?:[ -]?(?:pro|xp|hydro|hyd|水冷|se|ultra|max|\+\+?))*)(?![a-z0-9])|(?<![a-z0-9.,])a?(1\d{3})(?:[ -]?(pro))?(?![a-z0-9])/g;

/**
 * A model code the catalog lacks, next to a known vendor ("Whatsminer M36S", "蚂蚁S23 Hyd",
 * "Avalon 1566"): named as written in the vendor's style, with the series' algorithm when the
 * catalog's models of that series agree on one. Null when no code fits the vendor's series.
 */
export function findUnknownModel(s: string, vendor: VendorHit, adjacentOnly = false): ModelHit | null {
  const named = namedModel(s, vendor);
  if (named) return named;
  const series = SERIES.get(vendor.vendor);
  CODE_RE.lastIndex = 0;
  for (let m = CODE_RE.exec(s); m; m = CODE_RE.exec(s)) {
    // A code written right after the vendor ("IceRiver AL3") is that vendor's even in a series
    // the catalog has not seen; elsewhere in the title it must fit one the catalog knows.
    const adjacent = m.index >= vendor.end && ADJACENT.test(s.slice(vendor.end, m.index));
    if (adjacentOnly && !adjacent) continue;
    let letters: string;
    let code: string;
    if (m[5]) {
      letters = '';
      code = m[5] + (m[6] ? ' Pro' : '');
    } else {
      letters = m[1] as string;
      const glued = m[3] as string;
      // A hashrate or power figure is not a code ("t 95" cannot match; "w" never is a series).
      let gluedLabel = '';
      if (glued === 'xp') gluedLabel = ' XP';
      else if (glued) gluedLabel = vendor.vendor === 'Bitmain' ? glued : glued.toUpperCase();
      const suffix = (m[4] as string)
        .split(/[ -]+|(?=\+)/)
        .filter(Boolean)
        .map((t) => suffixLabel(t, vendor.vendor))
        .join('')
        .replace(/\+ \+|\+\+\+/g, '++');
      code = `${letters.toUpperCase()}${m[2]}${gluedLabel}${suffix}`;
    }
    if (series && !series.has(letters) && !adjacent) continue;
    const line = letters === '' && vendor.vendor === 'Canaan' ? 'AvalonMiner' : vendor.line;
    const algorithm = SERIES_ALGORITHM.get(`${vendor.vendor}:${letters}`) ?? null;
    return {
      model: `${line} ${code}`,
      vendor: vendor.vendor,
      algorithm,
      base: null,
      exact: false,
      key: m[0],
      start: m.index,
      end: m.index + m[0].length,
    };
  }
  return null;
}
