/**
 * Recognition throughput over a realistic mix: the labelled titles (Chinese, English, Russian;
 * rigs, parts, services, wanted ads, unrelated things) repeated, the way a marketplace page
 * feeds them to the content script.
 */
import { recogniseTitle } from '@/lib/recognise';
import { CASES } from '@/tests/unit/recognise/cases';
import { atLeast, type BenchResult, throughput } from './harness';

export default async function run(): Promise<BenchResult[]> {
  const titles: string[] = [];
  while (titles.length < 20_000) for (const c of CASES) titles.push(c.title);
  const perSecond = throughput(titles, (title) => recogniseTitle(title));
  return [atLeast('recognise.titles_per_s', perSecond, 'titles/s', 50_000)];
}
