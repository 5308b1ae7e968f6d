/**
 * Hashrate, power and efficiency figures stated in a title: "104T", "9050M", "17,6 GH/s",
 * "3250W", "功耗3250瓦", "38J/th". A figure is only taken when it fits the model's algorithm.
 */
/** A stated hashrate, in H/s, with where it stands in the text. */
export interface RateFigure {
  hs: number;
  start: number;
  end: number;
}

const EXPONENT: Record<string, number> = { t: 12, g: 9, m: 6, k: 3, т: 12, г: 9, м: 6, к: 3 };

// Number + unit: T, TH, TH/s, Th/s, T/s, G, GH/s, Gh, M, MH/s, K, KH/s, and Russian Тх/с or т
// (not "50т.р.", thousands of roubles: no dot or letter may follow).
// A letter may come before the number (a glued model code, "s19pro110t"); a digit or a digit
// and a separator may not, but a lone comma may ("S19，95T" once NFKC folds the full-width one).
const RATE_RE =
  /(?<!\d[.,]?)(\d{1,6}(?:[.,]\d{1,3})?)\s?(?:([tgmk])(?:h\/s|h|\/s)?(?![a-zа-я])|([тгмк])(?:[хн](?:\/[сs])?)?(?![a-zа-я.]))/g;

// A range "88-104T", "106T~112T", "100到110T": the lower figure is what every unit reaches.
const RANGE_RE =
  /(?<![a-z]|\d[.,]?)(\d{1,6}(?:[.,]\d{1,3})?)\s?(?:[tgmk](?:h\/s|h|\/s)?)?\s?[-~～到至]\s?(\d{1,6}(?:[.,]\d{1,3})?)\s?([tgmk])(?:h\/s|h|\/s)?(?![a-zа-я.])/g;

const RANGE_HINT = /[-~～到至]/;

/** Where each range's upper figure starts → the range's lower figure as text. */
function rangeLows(s: string): Map<number, string> | null {
  let lows: Map<number, string> | null = null;
  RANGE_RE.lastIndex = 0;
  for (let m = RANGE_RE.exec(s); m; m = RANGE_RE.exec(s)) {
    // Bins are narrow and ascending; "Supra 701 - 650GH/s" is a revision and a figure, no range.
    const low = Number((m[1] as string).replace(',', '.'));
    const high = Number((m[2] as string).replace(',', '.'));
    if (!(low <= high && low >= high * 0.5)) continue;
    lows ??= new Map();
    lows.set(m.index + m[0].lastIndexOf(m[2] as string), m[1] as string);
  }
  return lows;
}

/**
 * Every hashrate-looking figure in `s` (in H/s), in order; "9,050M" yields 9.05 and 9050, and
 * the upper end of a range yields the lower end ("88-104T" → 88 TH/s).
 */
export function rateFigures(s: string): RateFigure[] {
  const out: RateFigure[] = [];
  const lows = RANGE_HINT.test(s) ? rangeLows(s) : null;
  RATE_RE.lastIndex = 0;
  for (let m = RATE_RE.exec(s); m; m = RATE_RE.exec(s)) {
    const exp = EXPONENT[(m[2] ?? m[3]) as string] as number;
    const start = m.index;
    const text = lows?.get(start) ?? (m[1] as string);
    const end = start + m[0].length;
    const comma = text.indexOf(',');
    out.push({ hs: Number(`${text.replace(',', '.')}e${exp}`), start, end });
    // A comma before exactly three digits may be a thousands separator.
    if (comma !== -1 && text.length - comma === 4)
      out.push({ hs: Number(`${text.replace(',', '')}e${exp}`), start, end });
  }
  return out;
}

// Not after a Latin letter: "m30s3250w" is too garbled to trust, "rtx3070w" is no power.
const POWER_RE = /(?<!\d[.,]?|[a-z])(\d{1,5}(?:[.,]\d{1,2})?)\s?(kw|w|瓦|вт)(?![a-zа-я/])/g;
const POWER_LABEL_RE = /(?:功耗|功率|power|мощность|потребление)\s?[:：]?\s?(\d{2,5})(?![\d.])/;
const EFFICIENCY_RE = /(?<!\d[.,]?)(\d{1,3}(?:[.,]\d{1,2})?)\s?(?:j|дж|w)\s?\/\s?([tgmk])(?:h)?(?![a-z])/;

/** Watts a machine plausibly draws (a Bitaxe 15 W ... a hydro rig under 15 kW). */
const MIN_W = 5;
const MAX_W = 15000;

/** The stated power draw in watts, or null: "3250W", "3.3kW", "功耗3250瓦", "功耗: 3250". */
export function statedPower(s: string): number | null {
  POWER_RE.lastIndex = 0;
  for (let m = POWER_RE.exec(s); m; m = POWER_RE.exec(s)) {
    const value = Number((m[1] as string).replace(',', '.')) * (m[2] === 'kw' ? 1000 : 1);
    if (value >= MIN_W && value <= MAX_W) return Math.round(value);
  }
  const labelled = POWER_LABEL_RE.exec(s);
  if (labelled) {
    const value = Number(labelled[1]);
    if (value >= MIN_W && value <= MAX_W) return value;
  }
  return null;
}

/** Stated efficiency as joules per hash ("38J/th" → 38e-12), or null. */
export function statedEfficiency(s: string): number | null {
  const m = EFFICIENCY_RE.exec(s);
  if (!m) return null;
  const value = Number(`${(m[1] as string).replace(',', '.')}e-${EXPONENT[m[2] as string]}`);
  return value > 0 ? value : null;
}

/** Power from an efficiency and a hashrate, when the product is a wattage a machine can draw. */
export function powerFromEfficiency(joulesPerHash: number | null, hashrateHs: number | null): number | null {
  if (!joulesPerHash || !hashrateHs) return null;
  const watts = Math.round(joulesPerHash * hashrateHs);
  return watts >= MIN_W && watts <= MAX_W ? watts : null;
}

// Plausible hashrates per algorithm, for models the catalog lacks (H/s).
const ALGORITHM_RANGE: Record<string, readonly [number, number]> = {
  'SHA-256': [1e11, 2e15],
  Scrypt: [1e8, 1e11],
  Etchash: [5e7, 3e10],
  Ethash: [5e7, 3e10],
  kHeavyHash: [1e10, 1e14],
  Kadena: [1e12, 5e14],
  Blake2S: [1e12, 1e15],
  Eaglesong: [1e12, 5e14],
  Equihash: [1e4, 1e7],
  X11: [1e10, 1e14],
};

/**
 * The range a stated figure must fall in: around the catalog's nominal figure when there is one
 * (bins and tired boards run low; an uncatalogued Pro, Ultra or Hyd variant may run up to 5× its
 * base), else the algorithm's range, else any figure a machine could state (1 kH/s … 2 PH/s).
 */
export function plausibleRange(
  nominalHs: number | null,
  algorithm: string | null,
  variant: boolean,
): readonly [number, number] {
  if (nominalHs) return [nominalHs * 0.3, nominalHs * (variant ? 5 : 2.2)];
  return (algorithm && ALGORITHM_RANGE[algorithm]) || [1e3, 2e15];
}

/** The first figure inside `range` that lies outside [skipStart, skipEnd), or null. */
export function pickRate(
  figures: readonly RateFigure[],
  range: readonly [number, number],
  skipStart = -1,
  skipEnd = -1,
): RateFigure | null {
  for (const f of figures) {
    if (f.start >= skipStart && f.end <= skipEnd) continue;
    if (f.hs >= range[0] && f.hs <= range[1]) return f;
  }
  return null;
}
