/**
 * Title recogniser: what a marketplace title (plus, where a page has them, its attributes and
 * description) says about a mining rig — interfaces.md `titles`, lib/schema/recognition.ts.
 *
 * Order of decisions: unrelated text → `not-mining`; other meanings of 矿/mining → `not-mining`;
 * wanted ads → `wanted`; machines sold for parts → `part`; services → `service`; parts and
 * single graphics cards → `part`; then a GPU machine, a catalog model, a variant of one, or a
 * code next to a known vendor is a rig. See docs/recognition.md.
 */
import type { Exclusion, Miner, Recognition } from '@/lib/schema';
import {
  pickRate,
  plausibleRange,
  powerFromEfficiency,
  type RateFigure,
  rateFigures,
  statedEfficiency,
  statedPower,
} from './figures';
import {
  findCatalogModels,
  findUnknownModel,
  findVendors,
  type ModelHit,
  type VendorHit,
  withCooling,
} from './model';
import { type Quantity, readQuantity } from './quantity';
import { normalise } from './text';
import {
  ACCESSORY_BEFORE,
  ACCESSORY_FOR,
  FAULT_AFTER,
  FOR_PARTS,
  GPU_COMPLETE,
  GPU_COUNT,
  GPU_RIG_WORD,
  GPU_WORD,
  MINING_CONTEXT,
  OTHER_MEANING,
  OTHER_PRODUCT,
  PART,
  PART_FOR,
  PART_HEAD_FOR,
  RIG_PART_COMPOUND,
  SERVICE,
  SERVICE_DESCRIPTOR,
  SOFT_PART,
  SOFT_STATE_AFTER,
  STATE_AFTER,
  WANTED,
  WANTED_SHOU,
  WHOLE_MACHINE,
} from './vocabulary';

export type { Recognition } from '@/lib/schema';

/** Page context beyond the title: attribute rows ("Hash Rate: 104 TH/s") and the description. */
export interface RecognitionExtra {
  attributes?: readonly string[];
  description?: string;
}

/** Words that name a mining part even without a model ("APW12", "hashboard"). */
const MINER_PART_HINT = /apw\s?\d|算力板|hash\s?boards?|хешборд|хэшборд/;
/** A machine for mining without an identifiable model ("二手矿机", "bitcoin miner"). */
const MINER_WORD = /矿机|整机|asic|асик|майнер|\bminers?\b|mining machine/;
/** Vendor mentions tried for a code the catalog lacks. */
const MAX_VENDOR_TRIES = 4;
/** {@link PART} without the global flag, for a plain yes/no. */
const PART_ONCE = new RegExp(PART.source);
/** What separates the items of a list: "fans & PSU", "电源、风扇". */
const LIST_GAP = /[\s&+,/、和及与]{0,4}(?:and\s)?/y;
/** {@link PART} anchored where lastIndex points. */
const PART_STICKY = new RegExp(PART.source, 'y');
/** A hashrate beside a vendor: "2.6TH", "1.6T", "500 MH/s" (a bare "5G" may be memory or a network). */
const EXPLICIT_RATE = /\d\s?(?:t|[tgmk]h)(?:\/s)?(?![a-z])/;
/** GPU rigs are quoted in MH/s (Ethash era); anything outside 10 MH/s … 10 GH/s is not theirs. */
const GPU_RANGE = [1e7, 1e10] as const;

function excluded(exclusion: NonNullable<Recognition['exclusion']>, q: Quantity): Recognition {
  return { isMiningRig: false, exclusion, miner: null, ...q };
}

/**
 * Blank [start, end) with U+0001 so later patterns neither see nor join across it, while the
 * quantity reader can still tell that a model stood there ("2 Antminer S9s").
 */
function blank(s: string, start: number, end: number): string {
  return start < 0 || end <= start ? s : s.slice(0, start) + '\u0001'.repeat(end - start) + s.slice(end);
}

/** Whether the part words from `from` on run into "included" ("fans & PSU included"). */
function listedAsIncluded(s: string, from: number): boolean {
  let pos = from;
  for (let k = 0; k < 4; k++) {
    LIST_GAP.lastIndex = pos;
    PART_STICKY.lastIndex = pos + (LIST_GAP.exec(s)?.[0].length ?? 0);
    const m = PART_STICKY.exec(s);
    if (!m) break;
    pos = PART_STICKY.lastIndex;
    const after = s.slice(pos, pos + 12);
    if (STATE_AFTER.test(after) || SOFT_STATE_AFTER.test(after)) return true;
  }
  return false;
}

/** Whether a part word names the item itself, not an accessory of a machine. */
function sellsPart(s: string, wholeMachine: boolean, gpuRig: boolean): boolean {
  const compound = RIG_PART_COMPOUND.exec(s);
  if (compound && !STATE_AFTER.test(s.slice(compound.index + compound[0].length))) return true;
  const partFor = PART_FOR.test(s);
  // End of the last accessory word: "with APW3++ PSU" is one accessory named twice.
  let accessoryEnd = -10;
  PART.lastIndex = 0;
  for (let m = PART.exec(s); m; m = PART.exec(s)) {
    const at = m.index;
    const end = at + m[0].length;
    const after = s.slice(end, end + 12);
    if (PART_HEAD_FOR.test(after)) return true;
    if (at - accessoryEnd <= 4 || ACCESSORY_BEFORE.test(s.slice(Math.max(0, at - 14), at))) {
      accessoryEnd = end;
      continue;
    }
    const soft = SOFT_PART.test(m[0]);
    if (STATE_AFTER.test(after) || (soft && SOFT_STATE_AFTER.test(after))) continue;
    if (listedAsIncluded(s, end)) continue;
    // "S19 86TH - one hashboard weak" sells the machine; "S19 hashboard dead" sells the board.
    if (wholeMachine && FAULT_AFTER.test(after)) continue;
    // A GPU rig names its frame and board; a complete ASIC names its PSU and fans.
    if (gpuRig || (wholeMachine && soft && !partFor)) continue;
    return true;
  }
  return false;
}

/** A model supported by enough evidence to be a miner, not a phone called "S21". */
function supported(
  hit: ModelHit,
  vendors: readonly VendorHit[],
  miningContext: boolean,
  s: string,
  figures: readonly RateFigure[],
): boolean {
  if (vendors.length > 0 || miningContext) return true;
  // A hashrate that fits the model outweighs a stray "watch" or "pc" elsewhere in the title.
  const range = plausibleRange(hit.base?.hashrateHs ?? null, hit.algorithm, !hit.exact);
  if (pickRate(figures, range, hit.start, hit.end)) return true;
  if (OTHER_PRODUCT.test(s)) return false;
  // "M30S", "S19j Pro", "L3+" name nothing else; "S21", "M50", "D7" name phones and cameras too.
  return !/^\d+$/.test(hit.key) && (hit.key.length >= 4 || hit.key.includes('+'));
}

/** The model a title names, and every catalog code in it (supported or not). */
function findModel(
  s: string,
  vendors: readonly VendorHit[],
  figures: readonly RateFigure[],
  miningContext: boolean,
): { model: ModelHit | null; hits: ModelHit[] } {
  const canaan = vendors.some((v) => v.vendor === 'Canaan');
  const hits = findCatalogModels(s, canaan, new Set(vendors.map((v) => v.end)));
  const hit = hits.find((h) => supported(h, vendors, miningContext, s, figures));
  if (hit) {
    // "冰河KS3": the vendor written next to the code wins over the catalog's other KS3.
    if (vendors.length > 0 && !vendors.some((v) => v.vendor === hit.vendor)) {
      for (const v of vendors.slice(0, MAX_VENDOR_TRIES)) {
        const own = findUnknownModel(s, v, true);
        if (own) return { model: own, hits };
      }
    }
    return { model: withCooling(s, hit), hits };
  }
  // Each call scans the title: a few vendor mentions are plenty, and noise cannot make it quadratic.
  for (const v of vendors.slice(0, MAX_VENDOR_TRIES)) {
    const own = findUnknownModel(s, v);
    if (own) return { model: own, hits };
  }
  return { model: null, hits };
}

/** Graphics cards in a title: the count match, whether any card is named, whether it is a rig. */
function readGpu(s: string, hasModel: boolean, miningContext: boolean) {
  const count = GPU_COUNT.exec(s);
  const cards = count ? Number(count[1] ?? count[2]) : 0;
  const named = GPU_WORD.test(s);
  const any = cards > 0 || named;
  // Several cards in a machine ("8卡主机" is a mining host; "2卡 游戏主机" needs a mining word),
  // or one named as a complete mining machine; a gaming PC "整机" with an RTX is neither.
  const rig =
    !hasModel &&
    any &&
    ((cards >= 2 && GPU_RIG_WORD.test(s) && (miningContext || cards >= 4)) ||
      (miningContext && named && GPU_COMPLETE.test(s)));
  return { count, any, rig };
}

/** Why a relevant title is not a rig for sale, from the title's own words; null when it may be one. */
function exclusionOf(t: string): Exclusion | null {
  if (OTHER_MEANING.test(t)) return 'not-mining';
  if (WANTED.test(t) || WANTED_SHOU.test(t)) return 'wanted';
  if (FOR_PARTS.test(t)) return 'part';
  if (SERVICE.test(t)) {
    SERVICE_DESCRIPTOR.lastIndex = 0;
    if (SERVICE.test(t.replace(SERVICE_DESCRIPTOR, ' '))) return 'service';
  }
  if (ACCESSORY_FOR.test(t)) return 'part';
  return null;
}

/**
 * What a title says: whether it sells a mining rig, which one, how fast, how many.
 * Pure and total: any string (empty, 10 kB of noise, emoji, mixed scripts) gets an answer.
 */
export function recogniseTitle(title: string, extra?: RecognitionExtra): Recognition {
  const t = normalise(title);
  const attributes = extra?.attributes?.length ? normalise(extra.attributes.join(' | ')) : '';
  // Title and attribute rows name the model and its figures; exclusions read the title alone,
  // since rows like "Cooling: Fans" or "Included: Power Supply" describe the machine.
  const s = attributes ? `${t} | ${attributes}` : t;
  const description = extra?.description ? normalise(extra.description) : '';

  const vendors = findVendors(s);
  const figures = rateFigures(s);
  const miningContext = MINING_CONTEXT.test(s);
  const { model, hits } = findModel(s, vendors, figures, miningContext);
  const gpu = readGpu(s, model !== null, miningContext);

  let rest = model ? blank(s, model.start, model.end) : s;
  if (gpu.count) rest = blank(rest, gpu.count.index, gpu.count.index + gpu.count[0].length);
  const q = readQuantity(rest);

  const relevant =
    vendors.length > 0 ||
    model !== null ||
    miningContext ||
    MINER_PART_HINT.test(s) ||
    // "S19 芯片", "收一台S19": a bare code makes a part, wanted or service word about mining.
    (hits.length > 0 &&
      !OTHER_PRODUCT.test(s) &&
      (PART_ONCE.test(t) ||
        ACCESSORY_FOR.test(t) ||
        WANTED.test(t) ||
        WANTED_SHOU.test(t) ||
        SERVICE.test(t))) ||
    (gpu.any && !OTHER_PRODUCT.test(s));
  if (!relevant) return excluded('not-mining', q);
  const exclusion = exclusionOf(t);
  if (exclusion) return excluded(exclusion, q);

  const range = model ? plausibleRange(model.base?.hashrateHs ?? null, model.algorithm, !model.exact) : null;
  const statedRate = model && range ? pickRate(figures, range, model.start, model.end) : null;
  // A whole machine's hashrate next to "电源" means the PSU comes with it; a PSU sold alone has none.
  if (sellsPart(t, statedRate !== null || WHOLE_MACHINE.test(t), gpu.rig)) return excluded('part', q);
  if (gpu.any && !gpu.rig && !model) return excluded('part', q);

  const power = statedPower(s) ?? (description ? statedPower(description) : null);
  let miner: Miner | null = null;
  if (gpu.rig) {
    const rate = pickRate(rateFigures(rest), GPU_RANGE);
    miner = {
      model: 'GPU rig',
      vendor: null,
      algorithm: null,
      hashrateHs: rate?.hs ?? null,
      hashrateSource: rate ? 'listing' : null,
      powerW: power,
    };
  } else if (model && range) {
    const rate = statedRate ?? (description ? pickRate(rateFigures(description), range) : null);
    const hashrateHs = rate?.hs ?? (model.exact && model.base ? model.base.hashrateHs : null);
    const efficiency = power === null ? statedEfficiency(s) : null;
    miner = {
      model: model.model,
      vendor: model.vendor,
      algorithm: model.algorithm,
      hashrateHs,
      hashrateSource: rate ? 'listing' : hashrateHs ? 'catalog' : null,
      powerW: power ?? powerFromEfficiency(efficiency, hashrateHs),
    };
  } else if (!MINER_WORD.test(s) && !(vendors.length > 0 && EXPLICIT_RATE.test(s))) {
    // A vendor and a "2.6TH/s" make a rig even when its model cannot be told (Goldshell KD Box).
    return excluded('not-mining', q);
  }
  return { isMiningRig: true, exclusion: null, miner, ...q };
}
