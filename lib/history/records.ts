/**
 * What the history database holds, version by version. Each version's record types are kept
 * (never edited once shipped) so that every migration step is typed `(old) => new`.
 */
import type { DBSchema } from 'idb';
import type { Observation } from '@/lib/schema';
import type { SampleChunk } from '@/lib/trend/chunk';
import type { BucketChange } from './bucket-changes';
import type { Row } from './compact';

/** An Observation as stored: plus its listing key and its instant in epoch ms, for the indexes. */
export interface ObservationRecord extends Observation {
  key: string;
  at: number;
}

/** One price a listing asked, from the moment it was first seen at that price. */
export interface PricePoint {
  at: string;
  amount: number | null;
  currency: string | null;
  quantity: number;
}

/** A listing's lifecycle: when it was seen, how often, and every price it asked. */
export interface LifecycleRecord {
  key: string;
  site: string;
  listingId: string;
  /** The recognised model of its latest sighting, `` when none (for the `byModel` index). */
  model: string;
  firstSeen: string;
  lastSeen: string;
  /** `lastSeen` in epoch ms. */
  lastAt: number;
  seenCount: number;
  /** The latest sighting, whether or not it added an observation. */
  latest: Observation;
  /** When the current price was first seen. */
  priceSince: string;
  /** Each price it asked, oldest first (the last is the current one). */
  prices: PricePoint[];
}

// ---- version 1: observations + lifecycles ----------------------------------------------------

export interface HistoryDbV1 extends DBSchema {
  observations: {
    key: [string, string];
    value: ObservationRecord;
    indexes: { byAt: [number, string, string] };
  };
  listings: {
    key: string;
    value: LifecycleRecord;
    indexes: { byModel: string; byLastAt: number };
  };
}

// ---- version 2: + daily trend buckets per model ----------------------------------------------

/**
 * The trend samples of one model whose current price was first seen on one UTC day (a
 * `SampleChunk`: typed columns, which structured clone copies in one move each). A page's
 * verdicts read one model's buckets for the window: at most `windowDays` records per model,
 * whatever the number of observations stored.
 */
export interface BucketRecord extends SampleChunk {
  model: string;
}

export interface HistoryDbV2 extends DBSchema {
  observations: HistoryDbV1['observations'];
  listings: HistoryDbV1['listings'];
  buckets: {
    key: [string, number];
    value: BucketRecord;
  };
}

// ---- version 3: observations as compact rows in chunks, lifecycles with their base ------------

/**
 * The observations of one write (a live batch, or one day of an import chunk) that fall on one
 * UTC day: one record instead of one per observation. `keys[i]` is the listing of `rows[i]`;
 * the multi-entry `byKey` index finds a listing's chunks.
 */
export interface RowChunkRecord {
  day: number;
  /** Unique, increasing within a store's life: the chunk's place in its day. */
  seq: number;
  /** The instant most rows share (a live batch: all of them). */
  t: string;
  keys: string[];
  rows: Row[];
}

/**
 * A lifecycle as v3 stores it: `base` is the full Observation the listing's rows are diffed
 * against (its first stored one) and `latest` a row against it.
 */
export interface StoredLifecycleRecord extends Omit<LifecycleRecord, 'latest'> {
  base: Observation;
  latest: Row;
}

/** Running totals kept with the data (`id` 'counts'), so counting never reads every chunk. */
export interface MetaRecord {
  id: 'counts';
  observations: number;
}

/**
 * The lifecycles one write changed, written as one record instead of one per listing. They are
 * folded into `listings` later (`HistoryStore.flush`, when idle or when many are pending); until
 * then they override `listings` (the store keeps them in memory, loaded once per life).
 */
export interface JournalRecord {
  seq: number;
  lives: StoredLifecycleRecord[];
  /** The trend-bucket changes of the same write, folded into `buckets` with the lifecycles. */
  buckets: BucketChange[];
  /** The observations it stored, moved to `rows` (and counted in `meta`) with the lifecycles. */
  rows: RowChunkRecord[];
  /**
   * Listings a live batch saw for the first time, as their base only: their lifecycle (one
   * sighting) and trend sample follow from it, filed after the samples in `buckets`.
   */
  fresh?: Observation[];
}

export interface HistoryDbV3 extends DBSchema {
  journal: {
    key: number;
    value: JournalRecord;
  };
  rows: {
    key: [number, number];
    value: RowChunkRecord;
    indexes: { byKey: string };
  };
  listings: {
    key: string;
    value: StoredLifecycleRecord;
    indexes: { byModel: string; byLastAt: number };
  };
  buckets: HistoryDbV2['buckets'];
  meta: {
    key: string;
    value: MetaRecord;
  };
}

/** The current schema. */
export type HistoryDb = HistoryDbV3;

/** The current schema version. */
export const HISTORY_DB_VERSION = 3;
