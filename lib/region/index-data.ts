/**
 * The region lookup tables, built once (lazily, on the first parse) from the compact strings in
 * ./data. Two maps: CJK names (matched by longest prefix inside a string) and Latin/Cyrillic
 * names (matched as whole comma-separated parts, folded by {@link foldKey}).
 */
import { CN_DATA } from './data/cn';
import { COUNTRY_DATA } from './data/countries';
import { CITY_DATA, SUBDIVISION_DATA } from './data/subdivisions';

/** One meaning of a name. Rank orders meanings of one name: 0 country/province, 1 city, 2 county. */
export interface Place {
  country: string;
  subdivision: string | null;
  rank: number;
  /** A country name (decides the country), an abbreviation (needs context), or a place. */
  kind: 'country' | 'abbr' | 'place';
}

export interface RegionIndex {
  cjk: Map<string, Place[]>;
  /** Longest CJK key, bounding the prefix search. */
  cjkMax: number;
  latin: Map<string, Place[]>;
  names: Map<string, { en: string; zh: string | null }>;
}

const FOLD_MARKS_RE = /[\u0300-\u036f]/g;
const FOLD_DROP_RE = /[^a-z\u0430-\u044f]/g;
const OBLAST_RE = /область|обл\b/g;

/** Case, accent, space and punctuation-free key: "Xi'an" → "xian", "Московская область" → "московскаяобл". */
export function foldKey(text: string): string {
  return text
    .toLowerCase()
    .replace(OBLAST_RE, 'обл')
    .normalize('NFD')
    .replace(FOLD_MARKS_RE, '')
    .replace(/ß/g, 'ss')
    .replace(FOLD_DROP_RE, '');
}

let built: RegionIndex | null = null;

/** The lookup tables, built on first use. */
export function regionIndex(): RegionIndex {
  if (!built) built = build();
  return built;
}

function add(map: Map<string, Place[]>, key: string, place: Place): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) {
    map.set(key, [place]);
    return;
  }
  const same = list.some(
    (p) => p.country === place.country && p.subdivision === place.subdivision && p.kind === place.kind,
  );
  if (!same) list.push(place);
}

function build(): RegionIndex {
  const cjk = new Map<string, Place[]>();
  const latin = new Map<string, Place[]>();
  const names = new Map<string, { en: string; zh: string | null }>();
  const addName = (name: string, place: Place) => {
    if (/[\u3400-\u9fff]/.test(name)) add(cjk, name, place);
    else add(latin, foldKey(name), place);
  };

  for (const line of COUNTRY_DATA.split('\n')) {
    const [code = '', en = '', zh = '', others = ''] = line.split('|');
    names.set(code, { en, zh });
    const place: Place = { country: code, subdivision: null, rank: 0, kind: 'country' };
    addName(en, place);
    // 香港/台湾/澳门 in Chinese are provinces of the CN table; the site decides how they are shown.
    if (code !== 'HK' && code !== 'TW' && code !== 'MO') addName(zh, place);
    for (const name of others.split('/'))
      if (!/[\u3400-\u9fff]/.test(name) || code !== 'HK') addName(name, place);
  }

  for (const line of CN_DATA.split('\n')) {
    const [code = '', zhNames = '', enNames = '', cities = ''] = line.split('|');
    const sub = `CN-${code}`;
    const zh = zhNames.split('/');
    const en = enNames.split('/');
    names.set(sub, { en: en[0] ?? code, zh: zh[0] ?? null });
    const province: Place = { country: 'CN', subdivision: sub, rank: 0, kind: 'place' };
    for (const name of [...zh, ...en]) addName(name, province);
    for (const city of cities.split(',')) {
      if (city === '') continue;
      const county = city.startsWith('~');
      const [zhPart = '', enPart = ''] = (county ? city.slice(1) : city).split('=');
      const place: Place = { country: 'CN', subdivision: sub, rank: county ? 2 : 1, kind: 'place' };
      for (const name of zhPart.split('/')) addName(name, place);
      if (enPart) for (const name of enPart.split('/')) addName(name, place);
    }
  }

  for (const line of SUBDIVISION_DATA.split('\n')) {
    const [country = '', entries = ''] = line.split('|');
    for (const entry of entries.split(',')) {
      const [body = '', abbrs = ''] = entry.split('#');
      const [code = '', list = ''] = body.split('=');
      const sub = `${country}-${code}`;
      const all = list.split('/');
      names.set(sub, { en: all[0] ?? code, zh: null });
      const place: Place = { country, subdivision: sub, rank: 0, kind: 'place' };
      for (const name of all) addName(name, place);
      if (abbrs) {
        const abbr: Place = { country, subdivision: sub, rank: 1, kind: 'abbr' };
        for (const a of abbrs.split('/')) add(latin, foldKey(a), abbr);
      }
    }
  }

  for (const line of CITY_DATA.split('\n')) {
    const colon = line.indexOf(':');
    const sub = line.slice(0, colon);
    const place: Place = { country: sub.slice(0, 2), subdivision: sub, rank: 1, kind: 'place' };
    for (const city of line.slice(colon + 1).split(','))
      for (const name of city.split('/')) addName(name, place);
  }

  let cjkMax = 1;
  for (const key of cjk.keys()) cjkMax = Math.max(cjkMax, key.length);
  return { cjk, cjkMax, latin, names };
}
