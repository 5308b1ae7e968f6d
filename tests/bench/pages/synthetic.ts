/**
 * Synthetic but realistic Xianyu miner listings for the benches and fault tests: real catalog
 * models with titles the recogniser reads back as those models, real provinces, prices around
 * a per-model level. Deterministic (seeded), and free of Node APIs so the same code runs in a
 * browser page bundle.
 */
import { findCatalogModel } from '@/lib/catalog';
import { recogniseTitle } from '@/lib/recognise';
import { parseRegion } from '@/lib/region';
import type { Listing, Observation, Region } from '@/lib/schema';
import { seededRandom } from '@/lib/seeded-random';

/** Catalog models with a typical second-hand price in CNY (rough levels; only spread matters). */
const MODELS: readonly [title: string, priceCny: number][] = [
  ['蚂蚁矿机S19j Pro 104T', 5200],
  ['蚂蚁矿机S19 95T', 3800],
  ['蚂蚁矿机S19 XP 141T', 9800],
  ['蚂蚁矿机S21 200T', 21000],
  ['蚂蚁矿机T21 190T', 16000],
  ['蚂蚁矿机L7 9050M', 32000],
  ['蚂蚁矿机S19k Pro 120T', 7800],
  ['神马M30S++ 112T', 4800],
  ['神马M50 118T', 8600],
  ['神马M60 172T', 15000],
  ['阿瓦隆A1246 90T', 3900],
  ['蚂蚁矿机KS5 20T', 42000],
];
const PROVINCES = ['内蒙古', '四川', '新疆', '云南', '贵州', '青海', '河南', '广东'] as const;
const TAILS = ['二手', '成色好', '拆机', '包运行', '矿场下架', '带电源', '九成新', '现货'];
const NON_RIGS = [
  '蚂蚁矿机电源 APW12 全新',
  '回收二手矿机 高价上门',
  '矿机托管 电费0.3',
  '矿机静音箱 定制',
  '矿泉水 整箱 24瓶',
  'S19算力板 拆机',
];

export interface SyntheticModel {
  title: string;
  model: string;
  priceCny: number;
  listing: Pick<Listing, 'miner' | 'isMiningRig' | 'exclusion' | 'quantity'>;
}

let models: SyntheticModel[] | null = null;

/** The models whose titles the recogniser reads as the intended catalog model. */
export function syntheticModels(): SyntheticModel[] {
  if (models) return models;
  models = [];
  for (const [title, priceCny] of MODELS) {
    const recognised = recogniseTitle(title);
    const expected = findCatalogModel(title.replace(/^(蚂蚁矿机|神马|阿瓦隆)/, '').replace(/ \d.*$/, ''));
    if (!recognised.isMiningRig || !recognised.miner) continue;
    if (expected && recognised.miner.model !== expected.model) continue;
    models.push({
      title,
      model: recognised.miner.model,
      priceCny,
      listing: {
        miner: recognised.miner,
        isMiningRig: true,
        exclusion: null,
        quantity: recognised.quantity,
      },
    });
  }
  if (models.length < 6) throw new Error(`only ${models.length} synthetic models are recognised`);
  return models;
}

const regions = new Map<string, Region>();
function regionOf(province: string): Region {
  let region = regions.get(province);
  if (!region) {
    region = parseRegion(province, { site: 'goofish' }) ?? {
      country: 'CN',
      subdivision: null,
      text: province,
    };
    regions.set(province, region);
  }
  return region;
}

/** What one synthetic card shows (the content bench renders these as goofish cards). */
export interface SyntheticCard {
  id: string;
  title: string;
  price: number;
  province: string;
  rig: boolean;
}

/** `count` cards, about one in eight not a rig, with ids from `firstId`. */
export function syntheticCards(count: number, firstId: number, seed: number): SyntheticCard[] {
  const rnd = seededRandom(seed);
  const all = syntheticModels();
  const cards: SyntheticCard[] = [];
  for (let i = 0; i < count; i++) {
    const id = String(firstId + i);
    const province = PROVINCES[Math.floor(rnd() * PROVINCES.length)] as string;
    if (i % 8 === 7) {
      const title = NON_RIGS[Math.floor(rnd() * NON_RIGS.length)] as string;
      cards.push({ id, title, price: Math.round(50 + rnd() * 900), province, rig: false });
      continue;
    }
    const model = all[Math.floor(rnd() * all.length)] as SyntheticModel;
    const tail = TAILS[Math.floor(rnd() * TAILS.length)] as string;
    const price = Math.round(model.priceCny * (0.7 + rnd() * 0.6));
    cards.push({ id, title: `${model.title} ${tail}`, price, province, rig: true });
  }
  return cards;
}

/**
 * A listing for history seeding: model `m`, in a province, at a price. Titles are the model's
 * own, so the stored miner is exactly what the recogniser gives the same title on a page.
 */
export function syntheticListing(
  id: string,
  model: SyntheticModel,
  province: string,
  price: number,
): Listing {
  return {
    site: 'goofish',
    listingId: id,
    url: `https://www.goofish.com/item?id=${id}`,
    title: model.title,
    price: { amount: price, currency: 'CNY', maxAmount: null },
    quantity: model.listing.quantity,
    region: regionOf(province),
    miner: model.listing.miner,
    isMiningRig: true,
    exclusion: null,
    postedAt: null,
  };
}

/**
 * `count` observations spread over the `days` before `now`, oldest first: `listings` distinct
 * listings, each seen again with a new price (every sighting is a stored observation).
 */
export function syntheticObservations(
  count: number,
  listings: number,
  now: number,
  days: number,
  seed: number,
): Observation[] {
  const rnd = seededRandom(seed);
  const all = syntheticModels();
  const perListing = Math.max(1, Math.ceil(count / listings));
  const span = days * 86_400_000;
  const out: Observation[] = [];
  for (let round = 0; round < perListing && out.length < count; round++) {
    for (let l = 0; l < listings && out.length < count; l++) {
      const model = all[l % all.length] as SyntheticModel;
      const province = PROVINCES[(l >> 4) % PROVINCES.length] as string;
      const at = now - span + Math.floor(((round + rnd()) / perListing) * span);
      const price = Math.round(model.priceCny * (0.8 + rnd() * 0.4));
      const listing = syntheticListing(String(100_000_000_000 + l), model, province, price);
      out.push({ ...listing, observedAt: new Date(at).toISOString() });
    }
  }
  return out.sort((a, b) => (a.observedAt < b.observedAt ? -1 : a.observedAt > b.observedAt ? 1 : 0));
}
