import type { TabListingsResponse } from '@/lib/messages/protocol';
import { listingKey } from '@/lib/schema';

type Entry = TabListingsResponse['listings'][number];

/** The key of a tab listing: `${site}:${listingId}`. */
export function entryKey(entry: Entry): string {
  return listingKey(entry.observation);
}

/**
 * Which listing the popup shows in detail when the user has not picked one: the kept choice
 * if it is still on the tab; on an item page its one listing; else the first rig with a
 * verdict, else the first rig, else the first listing.
 */
export function defaultSelection(entries: readonly Entry[], kept: string | null): string | null {
  if (kept !== null && entries.some((entry) => entryKey(entry) === kept)) return kept;
  const judged = entries.find(
    (entry) => entry.observation.isMiningRig && entry.verdict.verdict.verdict !== 'unknown',
  );
  const rig = judged ?? entries.find((entry) => entry.observation.isMiningRig) ?? entries[0];
  return rig ? entryKey(rig) : null;
}
