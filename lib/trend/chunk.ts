/**
 * Samples in columns: the form the history store keeps (one chunk per model and day) and the
 * trend engine reads. Typed columns make reading a model's window a few memory copies, where an
 * object per listing would cost an allocation each, in IndexedDB's structured clone and in the
 * engine alike.
 */
import type { PriceFlag } from './bait';
import type { PricingUnit, TrendSample } from './sample';

/** The samples of one model whose current price was first seen on one UTC day. */
export interface SampleChunk {
  day: number;
  /** `keyId` of each listing. */
  ids: Float64Array;
  /** Price of one machine, in its currency. */
  unitPrices: Float64Array;
  /** H/s, 0 when unknown. */
  hashrates: Float64Array;
  /** Per sample: region index | currency index << 12 | unit index << 20 | price flag << 24. */
  codes: Uint32Array;
  /** Region codes the chunk's samples use (`CN-SC`, `CN`, ``). */
  regions: string[];
  /** Currencies the chunk's samples use. */
  currencies: string[];
}

/** Pricing units by their index in `codes`. */
export const UNITS: readonly PricingUnit[] = ['T', 'G', 'M', 'K', 'machine'];

/** Pack a sample's small fields into one code. */
export function packCode(region: number, currency: number, unit: number, flag: number): number {
  return (region | (currency << 12) | (unit << 20) | (flag << 24)) >>> 0;
}

export const regionIndex = (code: number) => code & 0xfff;
export const currencyIndex = (code: number) => (code >>> 12) & 0xff;
export const unitIndex = (code: number) => (code >>> 20) & 0xf;
export const flagOf = (code: number) => ((code >>> 24) & 0xf) as PriceFlag;

function indexIn(list: string[], value: string): number {
  let i = list.indexOf(value);
  if (i === -1) i = list.push(value) - 1;
  return i;
}

/**
 * A copy of `chunk` without the listings in `remove` and with `add` (all dated `chunk.day`; a
 * listing already in the chunk is replaced). One pass whatever the number of changes, so an
 * import filing thousands of listings on one day stays linear.
 */
export function rewriteChunk<C extends SampleChunk>(
  chunk: C,
  remove: ReadonlySet<number>,
  add: readonly TrendSample[],
): C {
  const replaced = new Set(add.map((sample) => sample.id));
  const n = chunk.ids.length;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const id = chunk.ids[i] as number;
    if (!remove.has(id) && !replaced.has(id)) kept++;
  }
  // Nothing leaves (the usual live batch: new listings): copy the columns whole and append.
  if (kept === n) return appendToChunk(chunk, add);
  const size = kept + add.length;
  const ids = new Float64Array(size);
  const unitPrices = new Float64Array(size);
  const hashrates = new Float64Array(size);
  const codes = new Uint32Array(size);
  const regions: string[] = [];
  const currencies: string[] = [];
  let k = 0;
  for (let i = 0; i < n; i++) {
    const id = chunk.ids[i] as number;
    if (remove.has(id) || replaced.has(id)) continue;
    const code = chunk.codes[i] as number;
    ids[k] = id;
    unitPrices[k] = chunk.unitPrices[i] as number;
    hashrates[k] = chunk.hashrates[i] as number;
    codes[k] = packCode(
      indexIn(regions, chunk.regions[regionIndex(code)] as string),
      indexIn(currencies, chunk.currencies[currencyIndex(code)] as string),
      unitIndex(code),
      flagOf(code),
    );
    k++;
  }
  writeSamples({ ids, unitPrices, hashrates, codes, regions, currencies }, k, add);
  return { ...chunk, ids, unitPrices, hashrates, codes, regions, currencies };
}

/**
 * `chunk` with `add` (none of them in it) appended: the columns copied in one move each, the
 * region and currency tables extended. The same chunk `rewriteChunk` builds, as its tables list
 * values in order of first use.
 */
function appendToChunk<C extends SampleChunk>(chunk: C, add: readonly TrendSample[]): C {
  const n = chunk.ids.length;
  const size = n + add.length;
  const ids = new Float64Array(size);
  const unitPrices = new Float64Array(size);
  const hashrates = new Float64Array(size);
  const codes = new Uint32Array(size);
  ids.set(chunk.ids);
  unitPrices.set(chunk.unitPrices);
  hashrates.set(chunk.hashrates);
  codes.set(chunk.codes);
  const regions = [...chunk.regions];
  const currencies = [...chunk.currencies];
  const k = n;
  writeSamples({ ids, unitPrices, hashrates, codes, regions, currencies }, k, add);
  return { ...chunk, ids, unitPrices, hashrates, codes, regions, currencies };
}

/** Write `add` into the columns from row `from` on, extending the region and currency tables. */
function writeSamples(
  columns: Pick<SampleChunk, 'ids' | 'unitPrices' | 'hashrates' | 'codes' | 'regions' | 'currencies'>,
  from: number,
  add: readonly TrendSample[],
): void {
  const { ids, unitPrices, hashrates, codes, regions, currencies } = columns;
  let k = from;
  for (const sample of add) {
    ids[k] = sample.id;
    unitPrices[k] = sample.unitPrice;
    hashrates[k] = sample.hashrateHs;
    codes[k] = packCode(
      indexIn(regions, sample.region),
      indexIn(currencies, sample.currency),
      UNITS.indexOf(sample.unit),
      sample.flag,
    );
    k++;
  }
}

/** An empty chunk for `day`. */
export function emptyChunk(day: number): SampleChunk {
  return {
    day,
    ids: new Float64Array(0),
    unitPrices: new Float64Array(0),
    hashrates: new Float64Array(0),
    codes: new Uint32Array(0),
    regions: [],
    currencies: [],
  };
}

/** Samples grouped into chunks by day (days ascending). */
export function chunkSamples(samples: readonly TrendSample[]): SampleChunk[] {
  const byDay = new Map<number, TrendSample[]>();
  for (const sample of samples) {
    const list = byDay.get(sample.day);
    if (list) list.push(sample);
    else byDay.set(sample.day, [sample]);
  }
  return [...byDay.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([day, list]) => rewriteChunk(emptyChunk(day), new Set(), list));
}

/** The samples a chunk holds, as objects. */
export function unpackChunk(chunk: SampleChunk, out: TrendSample[] = []): TrendSample[] {
  for (let i = 0; i < chunk.ids.length; i++) {
    const code = chunk.codes[i] as number;
    out.push({
      id: chunk.ids[i] as number,
      region: chunk.regions[regionIndex(code)] as string,
      day: chunk.day,
      currency: chunk.currencies[currencyIndex(code)] as string,
      unitPrice: chunk.unitPrices[i] as number,
      hashrateHs: chunk.hashrates[i] as number,
      unit: UNITS[unitIndex(code)] as PricingUnit,
      flag: flagOf(code),
    });
  }
  return out;
}
