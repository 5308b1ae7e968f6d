import type { Listing, Observation } from '@/lib/schema';
import { type Judgement, TrendBook } from './judge';
import type { TrendOptions } from './options';
import { chunksFromObservations } from './sample';

/**
 * The verdict for `listing` against a whole history (the `trend` command's path): every
 * observation up to `now` is reduced to one sample per listing, then judged by a `TrendBook`.
 */
export function judgeAgainstHistory(
  observations: readonly Observation[],
  listing: Listing,
  options: TrendOptions,
  now: number,
): Judgement {
  return new TrendBook(chunksFromObservations(observations, now), options, now).judge(listing);
}
