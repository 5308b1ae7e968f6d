/**
 * Listing lifecycles, as pure functions: a sighting at the same price as the last one only
 * moves `lastSeen` and `seenCount`; a new price adds an observation and a price point.
 */
import { type Listing, listingKey, type Observation } from '@/lib/schema';
import { priceSince, samePrice } from '@/lib/trend/sample';
import { fromRow, toRow } from './compact';
import type { LifecycleRecord, ObservationRecord, PricePoint, StoredLifecycleRecord } from './records';

/** A lifecycle keeps this many price points; older ones stay in the observations. */
export const MAX_PRICE_POINTS = 100;

/** The stored form of an observation. */
export function toRecord(observation: Observation): ObservationRecord {
  return { ...observation, key: listingKey(observation), at: Date.parse(observation.observedAt) };
}

/** The Observation a record holds, exactly as it was ingested or imported. */
export function fromRecord(record: ObservationRecord): Observation {
  const { key: _key, at: _at, ...observation } = record;
  return observation;
}

function pricePoint(observation: Observation): PricePoint {
  return {
    at: observation.observedAt,
    amount: observation.price?.amount ?? null,
    currency: observation.price?.currency ?? null,
    quantity: observation.quantity,
  };
}

/** The outcome of one live sighting. */
export interface Sighting {
  lifecycle: LifecycleRecord;
  /** The observation to store: the first sighting or a price change; null otherwise. */
  stored: ObservationRecord | null;
}

/**
 * Apply a live sighting of `listing` at `observedAt` to its lifecycle. Null when the sighting is
 * not newer than the last one (a resent batch): it changes nothing, so ingest stays idempotent.
 */
export function applySighting(
  previous: LifecycleRecord | undefined,
  listing: Listing,
  observedAt: string,
): Sighting | null {
  const observation: Observation = { ...listing, observedAt };
  const record = toRecord(observation);
  if (!previous) {
    return {
      lifecycle: {
        key: record.key,
        site: listing.site,
        listingId: listing.listingId,
        model: listing.miner?.model ?? '',
        firstSeen: observedAt,
        lastSeen: observedAt,
        lastAt: record.at,
        seenCount: 1,
        latest: observation,
        priceSince: observedAt,
        prices: [pricePoint(observation)],
      },
      stored: record,
    };
  }
  if (!(record.at > previous.lastAt)) return null;
  const changed = !samePrice(previous.latest, listing);
  const prices = changed
    ? [...previous.prices, pricePoint(observation)].slice(-MAX_PRICE_POINTS)
    : previous.prices;
  return {
    lifecycle: {
      ...previous,
      model: listing.miner?.model ?? '',
      lastSeen: observedAt,
      lastAt: record.at,
      seenCount: previous.seenCount + 1,
      latest: observation,
      priceSince: changed ? observedAt : previous.priceSince,
      prices,
    },
    stored: changed ? record : null,
  };
}

/**
 * Rebuild a lifecycle from all of a listing's stored observations (oldest first, non-empty),
 * keeping what only the previous lifecycle knows: sightings that added no observation. Used by
 * import, where observations may arrive in any order.
 */
export function rebuildLifecycle(
  previous: LifecycleRecord | undefined,
  sorted: readonly ObservationRecord[],
  added: number,
): LifecycleRecord {
  const first = sorted[0] as ObservationRecord;
  const last = sorted[sorted.length - 1] as ObservationRecord;
  const sightings: Observation[] = sorted.map(fromRecord);
  // A later sighting that stored nothing still shows the current listing.
  if (previous && previous.lastAt > last.at) sightings.push(previous.latest);
  const latest = sightings[sightings.length - 1] as Observation;
  const prices: PricePoint[] = [];
  let current: Observation | null = null;
  for (const sighting of sightings) {
    if (current === null || !samePrice(current, sighting)) prices.push(pricePoint(sighting));
    current = sighting;
  }
  const firstSeen =
    previous && Date.parse(previous.firstSeen) < first.at ? previous.firstSeen : first.observedAt;
  const lastSeen = previous && previous.lastAt > last.at ? previous.lastSeen : last.observedAt;
  return {
    key: first.key,
    site: latest.site,
    listingId: latest.listingId,
    model: latest.miner?.model ?? '',
    firstSeen,
    lastSeen,
    lastAt: Date.parse(lastSeen),
    seenCount: (previous?.seenCount ?? 0) + added,
    latest,
    priceSince: priceSince(sightings),
    prices: prices.slice(-MAX_PRICE_POINTS),
  };
}

/** A lifecycle as v3 stores it, against the listing's `base`. */
export function toStored(lifecycle: LifecycleRecord, base: Observation): StoredLifecycleRecord {
  const { latest, ...rest } = lifecycle;
  return { ...rest, base, latest: toRow(base, latest, '') };
}

/** The lifecycle a stored record stands for. */
export function fromStored(stored: StoredLifecycleRecord): LifecycleRecord {
  const { base, latest, ...rest } = stored;
  return { ...rest, latest: fromRow(base, latest, '') };
}

/**
 * `previous` extended by imported observations all newer than its last sighting (oldest first,
 * non-empty): the same lifecycle `rebuildLifecycle` gives from every stored observation, without
 * reading them.
 */
export function extendLifecycle(
  previous: LifecycleRecord,
  sorted: readonly ObservationRecord[],
): LifecycleRecord {
  let prices = previous.prices;
  let since = previous.priceSince;
  let current: Observation = previous.latest;
  for (const record of sorted) {
    const observation = fromRecord(record);
    if (!samePrice(current, observation)) {
      prices = [...prices, pricePoint(observation)];
      since = observation.observedAt;
    }
    current = observation;
  }
  const last = sorted[sorted.length - 1] as ObservationRecord;
  return {
    ...previous,
    site: current.site,
    listingId: current.listingId,
    model: current.miner?.model ?? '',
    lastSeen: last.observedAt,
    lastAt: last.at,
    seenCount: previous.seenCount + sorted.length,
    latest: current,
    priceSince: since,
    prices: prices.slice(-MAX_PRICE_POINTS),
  };
}
