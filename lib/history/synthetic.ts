/**
 * A synthetic market for benchmarks (Node with fake-indexeddb, and real Chromium): seeded,
 * deterministic, and large. Unlike the sample history it is not meant to look real, only to
 * load the store the way heavy use would: ten models, ten provinces, each listing seen about
 * three times with a new price every time, so every sighting is an observation.
 */
import type { Listing, Observation } from '@/lib/schema';
import { seededRandom } from '@/lib/seeded-random';

const DAY_MS = 86_400_000;
const MODELS: readonly [string, string, number][] = [
  ['Antminer S19j Pro', 'SHA-256', 104e12],
  ['Antminer S19 Pro', 'SHA-256', 110e12],
  ['Antminer S19', 'SHA-256', 95e12],
  ['Antminer S19 XP', 'SHA-256', 140e12],
  ['Antminer S21', 'SHA-256', 200e12],
  ['Antminer L7', 'Scrypt', 9.5e9],
  ['Whatsminer M30S++', 'SHA-256', 112e12],
  ['Whatsminer M50', 'SHA-256', 118e12],
  ['AvalonMiner 1246', 'SHA-256', 90e12],
  ['Antminer KS3', 'kHeavyHash', 9.4e12],
];
const SUBDIVISIONS = [
  'CN-NM',
  'CN-SC',
  'CN-XJ',
  'CN-SN',
  'CN-GD',
  'CN-BJ',
  'CN-SH',
  'CN-YN',
  'CN-GZ',
  'CN-QH',
];

/** Listing number `index` of the synthetic market (model and province follow the index). */
export function syntheticListing(index: number, random: () => number): Listing {
  const [model, algorithm, hashrateHs] = MODELS[index % MODELS.length] as [string, string, number];
  const subdivision = SUBDIVISIONS[Math.floor(index / MODELS.length) % SUBDIVISIONS.length] as string;
  return {
    site: 'goofish',
    listingId: `bench-${index}`,
    url: `https://www.goofish.com/item?id=bench-${index}`,
    title: `${model} 二手 矿机 bench ${index}`,
    price: { amount: Math.round(3000 + random() * 2000), currency: 'CNY', maxAmount: null },
    quantity: 1,
    region: { country: 'CN', subdivision, text: null },
    miner: { model, vendor: null, algorithm, hashrateHs, hashrateSource: 'catalog', powerW: null },
    isMiningRig: true,
    exclusion: null,
    postedAt: null,
  };
}

/** `count` observations over the 120 days before `now`, oldest first, of `ceil(count / 3)` listings. */
export function syntheticObservations(count: number, seed: number, now: number): Observation[] {
  const random = seededRandom(seed);
  const out: Observation[] = [];
  const listings = Math.ceil(count / 3);
  for (let i = 0; i < count; i++) {
    out.push({
      ...syntheticListing(i % listings, random),
      observedAt: new Date(Math.floor(now - 120 * (1 - i / count) * DAY_MS)).toISOString(),
    });
  }
  return out;
}

/**
 * Page `round` of 60 listings against a history of `count` synthetic observations: half known
 * listings (with a new price), half new ones.
 */
export function syntheticPage(count: number, round: number, random: () => number): Listing[] {
  const known = Math.ceil(count / 3);
  const page: Listing[] = [];
  for (let k = 0; k < 60; k++) {
    const index = k % 2 === 0 ? Math.floor(random() * known) : known + round * 60 + k;
    page.push(syntheticListing(index, random));
  }
  return page;
}
