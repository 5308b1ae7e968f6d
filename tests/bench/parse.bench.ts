/**
 * Price and region parser throughput over realistic mixed strings (every card on a marketplace
 * page goes through both), and the gzip size of the region data the content script bundles.
 */
import { gzipSync } from 'node:zlib';
import { parsePrice } from '@/lib/price';
import { parseRegion } from '@/lib/region';
import { CN_DATA } from '@/lib/region/data/cn';
import { COUNTRY_DATA } from '@/lib/region/data/countries';
import { CITY_DATA, SUBDIVISION_DATA } from '@/lib/region/data/subdivisions';
import { atLeast, atMost, type BenchResult, throughput } from './harness';

const PRICES: readonly (readonly [string, string])[] = [
  ['¥1306', 'goofish'],
  ['¥5642.50', 'goofish'],
  ['1.2万', 'goofish'],
  ['当前价¥2.19万', 'goofish'],
  ['累计降价82.00元', 'goofish'],
  ['12人想要', 'goofish'],
  ['$1,029.00', 'ebay'],
  ['$92.92$109.32', 'ebay'],
  ['$0.99 to $3.00', 'ebay'],
  ['US $89.99', 'ebay'],
  ['+$33.39 shipping estimate', 'ebay'],
  ['Free delivery', 'ebay'],
  ['$2,450.00 or Best Offer', 'ebay'],
  ['EUR 1.049,00', 'ebay-de'],
  ['EUR 234,95 bis EUR 269,95', 'ebay-de'],
  ['+EUR 6,99 Versand', 'ebay-de'],
  ['£229.99', 'ebay-uk'],
  ['20\u00a0000\u00a0000\u00a0₽', 'avito'],
  ['350–450 ₽', 'avito'],
  ['¥8,400', 'mercari-jp'],
];

const REGIONS: readonly (readonly [string, string])[] = [
  ['河南', 'goofish'],
  ['内蒙古 鄂尔多斯', 'goofish'],
  ['金华', 'goofish'],
  ['广东省深圳市宝安区', 'goofish'],
  ['上海', 'goofish'],
  ['老王', 'goofish'],
  ['Located in: Hohhot, Inner Mongolia, China', 'ebay'],
  ['Located in Tulsa, Oklahoma, United States', 'ebay'],
  ['from China', 'ebay'],
  ['from United States', 'ebay'],
  ['Shenzhen, Guangdong, China', 'ebay'],
  ['Standort: Berlin, Deutschland', 'ebay-de'],
  ['aus China', 'ebay-de'],
  ['London, United Kingdom', 'ebay-uk'],
  ['Москва, м. Щукинская', 'avito'],
  ['Иркутская область, Братск', 'avito'],
  ['Hong Kong', 'ebay'],
  ['Toronto, Ontario, Canada', 'ebay'],
  ['Almaty, Kazakhstan', 'ebay'],
  ['cryptoking88', 'ebay'],
];

function repeat<T>(items: readonly T[], times: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < times; i++) out.push(...items);
  return out;
}

export default async function run(): Promise<BenchResult[]> {
  const prices = repeat(PRICES, 2500);
  const regions = repeat(REGIONS, 2500);
  const priceRate = throughput(prices, ([text, site]) => parsePrice(text, { site }));
  const regionRate = throughput(regions, ([text, site]) => parseRegion(text, { site }));
  const data = [CN_DATA, COUNTRY_DATA, SUBDIVISION_DATA, CITY_DATA].join('\n');
  const dataKb = gzipSync(Buffer.from(data, 'utf8'), { level: 9 }).length / 1024;
  return [
    atLeast('parse.prices_per_s', priceRate, 'prices/s', 100_000),
    atLeast('parse.regions_per_s', regionRate, 'regions/s', 100_000),
    atMost('parse.region_data_gzip_kb', dataKb, 'kB', 10),
  ];
}
