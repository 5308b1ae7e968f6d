/**
 * Seller locations read into ISO 3166 codes: Xianyu's bare "内蒙古" or "内蒙古 鄂尔多斯", eBay's
 * "Located in: Hohhot, Inner Mongolia, China", "from China", "Standort: Berlin, Deutschland",
 * Avito's "Иркутская обл., Братск". A place counts only when a whole name matches (a nickname is
 * not a city); when only the country is certain the subdivision is null; when nothing is, null.
 * Never throws.
 */

import { normalizeText } from '@/lib/price/normalize';
import type { Region } from '@/lib/schema';
import { foldKey, type Place, regionIndex } from './index-data';

/** Where a location text was read; the site decides how Hong Kong, Taiwan and Macao are coded. */
export interface RegionContext {
  site: string;
}

const MAX_TEXT = 200;
// Labels sites put before the place, in the languages of the eBay domains, Russian and Chinese.
const LABEL_RE =
  /^(?:item location|located in|location|ships from|shipped from|from|artikelstandort|standort|versand aus|aus|lieu où se trouve l['’]objet|situé à|expédié de|provenance|luogo in cui si trova l['’]oggetto|posizione dell['’]oggetto|spedisce da|spedito da|dal|da|de|depuis|ubicación del artículo|ubicación|ubicado en|enviado desde|desde|местоположение|адрес|город|发货地|所在地区|所在地|宝贝所在地|ip属地|地区|位置|来自)(?:\s*[:：]\s*|\s+)/i;
const PART_SPLIT_RE = /\s*(?:[,;|/·•，、；]|\s[-–—]\s)\s*/;
const CJK_RE = /[\u3400-\u9fff]/;
const CJK_CHUNK_SPLIT_RE = /[\s,;|/·•，、；：:()（）【】-]+/;
// Administrative suffixes after a Chinese name: 省, 市, 自治区, 朝鲜族自治州, 地区, 盟, 县, 区, 旗.
const CJK_SUFFIX_RE = /^(?:特别行政区|[\u4e00-\u9fa5]{0,9}?自治[区州县旗]|省|市|地区|盟|州|县|区|旗)/;
// An unknown tail is a finer place (a district, a street) when it ends with one of these.
const CJK_FINER_RE = /(?:区|县|镇|乡|旗|村|街道|路|号)$/;
const DIGITS_RE = /\b[A-Z]{0,2}\d[\dA-Z -]*\b/g;
const RU_PREFIX_RE = /^(?:г|гор|город|пгт|пос|п|с|д|ст|республика)\.?\s+/i;
const LATIN_SUFFIX_RE =
  /\s+(?:city|shi|province|prov\.?|sheng|autonomous region|zizhiqu|prefecture|district|county|region|municipality|sar)$/i;
const GLUED_DIGIT_RE = /[A-Za-z\u0400-\u04ff]\d|\d[A-Za-z\u0400-\u04ff]/;
const UPPER_ABBR_RE = /^[A-Z]{2,3}$/;
const CHINA_SITES = new Set(['goofish', 'xianyu', 'taobao', 'tmall', '1688']);
const CN_SPECIAL: Record<string, string> = { HK: 'CN-HK', TW: 'CN-TW', MO: 'CN-MO' };

/** Read one location text. Null when nothing in it is a certain place. */
export function parseRegion(text: string, ctx: RegionContext): Region | null {
  if (typeof text !== 'string') return null;
  const shown = text.trim();
  if (shown === '' || shown.length > MAX_TEXT) return null;
  let clean = normalizeText(shown);
  for (let i = 0; i < 2; i++) clean = clean.replace(LABEL_RE, '');
  if (clean === '') return null;
  const cjk = CJK_RE.test(clean);
  const segments = cjk ? cjkSegments(clean) : latinSegments(clean);
  if (!segments) return null;
  const found = resolve(segments, !cjk);
  if (!found) return null;
  return siteView(found, String(ctx?.site ?? '').toLowerCase(), shown);
}

function siteView(
  found: { country: string; subdivision: string | null },
  site: string,
  shown: string,
): Region {
  let { country, subdivision } = found;
  if (CHINA_SITES.has(site)) {
    const special = CN_SPECIAL[country];
    if (special) {
      country = 'CN';
      subdivision = special;
    }
  } else if (subdivision === 'CN-HK' || subdivision === 'CN-TW' || subdivision === 'CN-MO') {
    country = subdivision.slice(3);
    subdivision = null;
  }
  return { country, subdivision, text: shown };
}

// Latin and Cyrillic text: comma-separated parts, each a whole name.
function latinSegments(clean: string): Place[][] | null {
  const index = regionIndex();
  const parts = clean.split(PART_SPLIT_RE);
  const segments: Place[][] = [];
  for (let i = 0; i < parts.length && i < 8; i++) {
    const raw = (parts[i] as string).replace(RU_PREFIX_RE, '').trim();
    if (raw === '') continue;
    const places = lookupLatin(raw, index.latin, i > 0);
    if (places.length > 0) segments.push(places);
    else for (const words of coverWords(raw, index.latin)) segments.push(words);
  }
  return segments;
}

/**
 * A part with no commas that is nothing but known names ("Shenzhen China", "Hohhot Inner
 * Mongolia China", "Москва Россия"), longest names first. Empty unless every word is used, so
 * "China Miner Shop" names nothing.
 */
function coverWords(raw: string, latin: Map<string, Place[]>): Place[][] {
  const words = raw.replace(DIGITS_RE, ' ').trim().split(' ');
  if (words.length < 2 || words.length > 8) return [];
  const out: Place[][] = [];
  let i = 0;
  while (i < words.length) {
    let step = 0;
    for (let n = Math.min(4, words.length - i); n >= 1 && step === 0; n--) {
      const places = latin.get(foldKey(words.slice(i, i + n).join(' ')))?.filter((p) => p.kind !== 'abbr');
      if (places && places.length > 0) {
        out.push(places);
        step = n;
      }
    }
    if (step === 0) return [];
    i += step;
  }
  return out;
}

function lookupLatin(raw: string, latin: Map<string, Place[]>, mayAbbreviate: boolean): Place[] {
  // Digits glued to letters make a handle ("Shenzhen888"), not a place.
  if (GLUED_DIGIT_RE.test(raw)) return [];
  let found = latin.get(foldKey(raw));
  if (!found) {
    const stripped = raw.replace(DIGITS_RE, ' ').trim();
    found = latin.get(foldKey(stripped)) ?? latin.get(foldKey(stripped.replace(LATIN_SUFFIX_RE, '')));
  }
  if (!found) return [];
  // "CA" alone is not certain; "Tulsa, OK" and "Tulsa, OK 74101" are.
  const abbreviationOk = mayAbbreviate && UPPER_ABBR_RE.test(raw.replace(DIGITS_RE, '').trim());
  return found.filter((p) => p.kind !== 'abbr' || abbreviationOk);
}

// Chinese text: names matched longest-first inside each chunk. The text must start with a known
// name; after one, an unknown chunk or a tail ending in 区/县/镇/街道 is a finer place and ignored.
function cjkSegments(clean: string): Place[][] | null {
  const index = regionIndex();
  const segments: Place[][] = [];
  const chunks = clean.split(CJK_CHUNK_SPLIT_RE);
  for (const chunk of chunks) {
    if (chunk === '') continue;
    if (!CJK_RE.test(chunk)) {
      const places = lookupLatin(chunk, index.latin, segments.length > 0);
      if (places.length > 0) segments.push(places);
      else if (segments.length === 0) return null;
      continue;
    }
    let i = 0;
    let matchedHere = false;
    while (i < chunk.length) {
      const hit = longestCjk(chunk, i, index.cjk, index.cjkMax);
      if (!hit) {
        const tail = chunk.slice(i);
        if (segments.length === 0) return null;
        if (matchedHere && !CJK_FINER_RE.test(tail)) return null;
        break;
      }
      segments.push(hit.places);
      matchedHere = true;
      i += hit.length;
      const suffix = CJK_SUFFIX_RE.exec(chunk.slice(i, i + 12));
      if (suffix) i += suffix[0].length;
    }
  }
  return segments;
}

function longestCjk(
  chunk: string,
  at: number,
  cjk: Map<string, Place[]>,
  max: number,
): { places: Place[]; length: number } | null {
  for (let len = Math.min(max, chunk.length - at); len >= 2; len--) {
    const places = cjk.get(chunk.slice(at, at + len));
    if (places) return { places, length: len };
  }
  return null;
}

/**
 * The one place all segments agree on best: an explicit country (the last one named) filters the
 * rest; the subdivision named by most segments wins, then the higher-level meaning, then (for
 * "City, State, Country" texts) the later part; a tie left after that keeps only what the tied
 * places share.
 */
function resolve(
  segments: readonly Place[][],
  laterWins: boolean,
): { country: string; subdivision: string | null } | null {
  let country: string | null = null;
  for (const seg of segments) {
    const named = seg.find((p) => p.kind === 'country');
    if (named) country = named.country;
  }
  const score = new Map<string, Score>();
  segments.forEach((seg, at) => {
    const best = new Map<string, Place>();
    for (const p of seg) {
      if (p.subdivision === null || (country !== null && p.country !== country)) continue;
      const prev = best.get(p.subdivision);
      if (!prev || p.rank < prev.rank) best.set(p.subdivision, p);
    }
    for (const [sub, p] of best) {
      const s = score.get(sub);
      if (s) {
        s.count++;
        s.rank += p.rank;
        s.last = at;
      } else score.set(sub, { count: 1, rank: p.rank, last: at, country: p.country });
    }
  });
  let top: Score | null = null;
  let tied: string[] = [];
  for (const [sub, s] of score) {
    const order = top ? compare(s, top, laterWins) : 1;
    if (order > 0) {
      top = s;
      tied = [sub];
    } else if (order === 0) tied.push(sub);
  }
  const winner = tied[0];
  if (top && winner && tied.length === 1) return { country: country ?? top.country, subdivision: winner };
  if (country) return { country, subdivision: null };
  const countries = new Set(tied.map((sub) => score.get(sub)?.country));
  const only = [...countries][0];
  return countries.size === 1 && only ? { country: only, subdivision: null } : null;
}

interface Score {
  count: number;
  rank: number;
  last: number;
  country: string;
}

function compare(a: Score, b: Score, laterWins: boolean): number {
  if (a.count !== b.count) return a.count - b.count;
  if (a.rank !== b.rank) return b.rank - a.rank;
  return laterWins ? a.last - b.last : 0;
}

/** Display name of an ISO 3166-2 code ("CN-SC" → "Sichuan" / "四川"); null when unknown. */
export function subdivisionName(code: string, lang: 'en' | 'zh'): string | null {
  const names = regionIndex().names.get(code);
  if (!names || !code.includes('-')) return null;
  return lang === 'zh' ? (names.zh ?? names.en) : names.en;
}

/** Display name of an ISO 3166-1 alpha-2 code ("CN" → "China" / "中国"); null when unknown. */
export function countryName(code: string, lang: 'en' | 'zh'): string | null {
  const names = regionIndex().names.get(code);
  if (!names || code.includes('-')) return null;
  return lang === 'zh' ? (names.zh ?? names.en) : names.en;
}
