/**
 * Sample history for the demo, e2e tests and first-run screenshots: a seeded, deterministic set
 * of Observations that looks like four months of browsing, clearly labelled as sample data
 * (every listingId starts with `sample-`, every title ends with `（示例数据 sample）`).
 *
 * The market it draws: five models, Chinese provinces at different levels (Inner Mongolia and
 * Xinjiang cheapest, near the hydro and coal farms; Shaanxi dearest), a sparse Xinjiang, listings
 * with only a country, eBay US (USD) and Germany (EUR) a little above China, prices falling
 * about 25 % over the 120 days, some price cuts, re-sightings, and a few bait prices.
 */
import type { Observation } from '@/lib/schema';
import { seededRandom } from '@/lib/seeded-random';

interface SampleModel {
  model: string;
  vendor: string;
  algorithm: string;
  /** Seller-stated hashrate bins, in the algorithm's rate unit. */
  bins: number[];
  /** H/s in one rate unit. */
  unitHs: number;
  /** CNY per rate unit 120 days before `now`, in a region at level 1. */
  startRate: number;
  /** How many listings per unit of region weight. */
  density: number;
  titleZh: string;
  titleEn: string;
  suffix: string;
}

const MODELS: readonly SampleModel[] = [
  {
    model: 'Antminer S19j Pro',
    vendor: 'Bitmain',
    algorithm: 'SHA-256',
    bins: [88, 90, 96, 100, 104],
    unitHs: 1e12,
    startRate: 38,
    density: 28,
    titleZh: '蚂蚁矿机 S19j Pro',
    titleEn: 'Bitmain Antminer S19j Pro',
    suffix: 'T',
  },
  {
    model: 'Antminer S19 Pro',
    vendor: 'Bitmain',
    algorithm: 'SHA-256',
    bins: [100, 104, 110],
    unitHs: 1e12,
    startRate: 42,
    density: 20,
    titleZh: '蚂蚁 S19 Pro',
    titleEn: 'Antminer S19 Pro',
    suffix: 'T',
  },
  {
    model: 'Whatsminer M30S++',
    vendor: 'MicroBT',
    algorithm: 'SHA-256',
    bins: [106, 108, 110, 112],
    unitHs: 1e12,
    startRate: 36,
    density: 20,
    titleZh: '神马 M30S++',
    titleEn: 'MicroBT Whatsminer M30S++',
    suffix: 'T',
  },
  {
    model: 'Antminer L7',
    vendor: 'Bitmain',
    algorithm: 'Scrypt',
    bins: [8.8, 9.05, 9.3, 9.5],
    unitHs: 1e9,
    startRate: 2100,
    density: 12,
    titleZh: '蚂蚁 L7 莱特币矿机',
    titleEn: 'Bitmain Antminer L7 Scrypt',
    suffix: 'G',
  },
  {
    model: 'AvalonMiner 1246',
    vendor: 'Canaan',
    algorithm: 'SHA-256',
    bins: [81, 85, 90],
    unitHs: 1e12,
    startRate: 30,
    density: 12,
    titleZh: '阿瓦隆 A1246',
    titleEn: 'Canaan AvalonMiner 1246',
    suffix: 'T',
  },
];

interface SampleRegion {
  site: 'goofish' | 'ebay';
  country: string;
  subdivision: string | null;
  text: string | null;
  currency: string;
  /** Price level relative to 1, and the currency's units per CNY. */
  level: number;
  perCny: number;
  /** Share of the model's listings. */
  weight: number;
}

const REGIONS: readonly SampleRegion[] = [
  {
    site: 'goofish',
    country: 'CN',
    subdivision: 'CN-NM',
    text: '内蒙古 鄂尔多斯',
    currency: 'CNY',
    level: 0.93,
    perCny: 1,
    weight: 1.2,
  },
  {
    site: 'goofish',
    country: 'CN',
    subdivision: 'CN-SC',
    text: '四川 成都',
    currency: 'CNY',
    level: 1,
    perCny: 1,
    weight: 1,
  },
  {
    site: 'goofish',
    country: 'CN',
    subdivision: 'CN-XJ',
    text: '新疆 乌鲁木齐',
    currency: 'CNY',
    level: 0.9,
    perCny: 1,
    weight: 0.25,
  },
  {
    site: 'goofish',
    country: 'CN',
    subdivision: 'CN-SN',
    text: '陕西 西安',
    currency: 'CNY',
    level: 1.06,
    perCny: 1,
    weight: 0.7,
  },
  {
    site: 'goofish',
    country: 'CN',
    subdivision: null,
    text: '中国',
    currency: 'CNY',
    level: 1.02,
    perCny: 1,
    weight: 0.4,
  },
  {
    site: 'ebay',
    country: 'US',
    subdivision: 'US-TX',
    text: 'Austin, Texas, United States',
    currency: 'USD',
    level: 1.2,
    perCny: 1 / 7.15,
    weight: 0.5,
  },
  {
    site: 'ebay',
    country: 'DE',
    subdivision: null,
    text: 'Berlin, Deutschland',
    currency: 'EUR',
    level: 1.3,
    perCny: 0.87 / 7.15,
    weight: 0.3,
  },
];

const DAY_MS = 86_400_000;
const SPAN_DAYS = 120;
/** The market falls this fraction over the span. */
const FALL = 0.25;
const LABEL = '（示例数据 sample）';

/**
 * A sample history ending at `now`, oldest first. The same `seed` and `now` always give the
 * same observations.
 */
export function generateSampleHistory(seed: number, now: Date): Observation[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const end = now.getTime();
  const out: { at: number; observation: Observation }[] = [];
  let serial = 0;

  for (const model of MODELS) {
    for (const region of REGIONS) {
      const count = Math.max(2, Math.round(model.density * region.weight * (0.8 + random() * 0.4)));
      for (let n = 0; n < count; n++) {
        serial++;
        const listingId = `sample-${seed}-${serial}`;
        const bin = pick(model.bins);
        const quantity = random() < 0.08 ? pick([2, 5, 10]) : 1;
        const firstAge = random() * SPAN_DAYS;
        const rateAt = (age: number) => model.startRate * (1 - FALL * (1 - age / SPAN_DAYS));
        const noise = 1 + (random() * 2 - 1) * 0.07;
        const priceAt = (age: number) => {
          const cny = rateAt(age) * bin * region.level * noise * quantity;
          const amount = cny * region.perCny;
          return region.currency === 'CNY' ? Math.round(amount / 10) * 10 : Math.round(amount);
        };
        const bait = region.site === 'goofish' && random() < 0.03 ? pick([1, 8888, 99999]) : null;
        const title =
          region.site === 'goofish'
            ? `${model.titleZh} ${bin}${model.suffix}${quantity > 1 ? ` ${quantity}台打包` : ''} 二手${LABEL}`
            : `${model.titleEn} ${bin}${model.suffix === 'T' ? 'TH/s' : 'GH/s'}${quantity > 1 ? ` lot of ${quantity}` : ''} used ${LABEL}`;
        const url =
          region.site === 'goofish'
            ? `https://www.goofish.com/item?id=${listingId}`
            : `https://www.ebay.com/itm/${listingId}`;
        const sightings: { age: number; amount: number }[] = [
          { age: firstAge, amount: bait ?? priceAt(firstAge) },
        ];
        // Some sellers come back: a re-sighting at the same price, or a cut to the market.
        let age = firstAge;
        while (age > 3 && random() < 0.45) {
          age -= 2 + random() * Math.min(30, age - 1);
          const last = (sightings[sightings.length - 1] as { amount: number }).amount;
          const cut = bait === null && random() < 0.5;
          sightings.push({ age, amount: cut ? Math.min(last, priceAt(age)) : last });
        }
        for (const sighting of sightings) {
          const at = Math.floor(end - sighting.age * DAY_MS);
          out.push({
            at,
            observation: {
              site: region.site,
              listingId,
              url,
              title,
              price: { amount: sighting.amount, currency: region.currency, maxAmount: null },
              quantity,
              region: { country: region.country, subdivision: region.subdivision, text: region.text },
              miner: {
                model: model.model,
                vendor: model.vendor,
                algorithm: model.algorithm,
                hashrateHs: bin * model.unitHs,
                hashrateSource: 'listing',
                powerW: null,
              },
              isMiningRig: true,
              exclusion: null,
              postedAt: null,
              observedAt: new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
            },
          });
        }
      }
    }
  }
  out.sort((a, b) => a.at - b.at);
  return out.map((entry) => entry.observation);
}
