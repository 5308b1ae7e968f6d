/**
 * The verdicts the background just gave the pages, kept for a few minutes so the popup opened
 * on that tab gets them without recomputing every trend (most of its wait before the first
 * paint). Anything not here, or too old, is computed from the store as before.
 */
import type { ListingVerdict } from '@/lib/messages/protocol';
import { type Listing, listingKey, type Observation } from '@/lib/schema';

export interface RecentVerdict {
  observation: Observation;
  verdict: ListingVerdict;
}

export interface RecentVerdicts {
  remember(listings: readonly Listing[], verdicts: readonly ListingVerdict[], observedAt: string): void;
  /** The remembered entry for each ref, or undefined where there is none (or it is stale). */
  lookup(refs: readonly { site: string; listingId: string }[]): (RecentVerdict | undefined)[];
  clear(): void;
}

export function createRecentVerdicts(
  options: { maxAgeMs?: number; capacity?: number; now?: () => number } = {},
): RecentVerdicts {
  const maxAge = options.maxAgeMs ?? 5 * 60_000;
  const capacity = options.capacity ?? 3000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { at: number; value: RecentVerdict }>();

  return {
    remember(listings, verdicts, observedAt) {
      const at = now();
      const byKey = new Map(verdicts.map((verdict) => [listingKey(verdict), verdict]));
      for (const listing of listings) {
        const key = listingKey(listing);
        const verdict = byKey.get(key);
        if (!verdict) continue;
        entries.delete(key);
        entries.set(key, { at, value: { observation: { ...listing, observedAt }, verdict } });
      }
      while (entries.size > capacity) entries.delete(entries.keys().next().value as string);
    },
    lookup(refs) {
      const at = now();
      return refs.map((ref) => {
        const entry = entries.get(listingKey(ref));
        return entry && at - entry.at <= maxAge ? entry.value : undefined;
      });
    },
    clear() {
      entries.clear();
    },
  };
}
