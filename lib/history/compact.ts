/**
 * Compact observation rows (schema v3). A listing's fields rarely change between observations,
 * so each listing keeps one full Observation, its `base` (in its lifecycle record), and each
 * stored observation is a row of what always changes (instant, price) plus only the fields that
 * differ from the base. Rows are diffed against the base, not the previous row, so an
 * observation imported out of order never invalidates the others.
 */
import type { Observation } from '@/lib/schema';

/** One stored observation, relative to its listing's base. */
export interface Row {
  /** `observedAt`; absent when it equals its chunk's `t`. */
  t?: string;
  p: Observation['price'];
  /** The fields (other than price and instant) whose value differs from the base. */
  d?: Partial<Observation>;
}

/** Fields that may differ from the base; site and listingId make the key and never do. */
const VARYING = [
  'url',
  'title',
  'quantity',
  'region',
  'miner',
  'isMiningRig',
  'exclusion',
  'postedAt',
] as const satisfies readonly (keyof Observation)[];

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `observation` as a row against `base`, leaving out `t` when it equals `chunkT`. */
export function toRow(base: Observation, observation: Observation, chunkT: string): Row {
  const row: Row = { p: observation.price };
  if (observation.observedAt !== chunkT) row.t = observation.observedAt;
  let d: Record<string, unknown> | undefined;
  for (const field of VARYING) {
    if (!same(base[field], observation[field])) {
      d ??= {};
      d[field] = observation[field];
    }
  }
  if (d) row.d = d as Partial<Observation>;
  return row;
}

/** The Observation a row stands for, with the base's key order (the schema's). */
export function fromRow(base: Observation, row: Row, chunkT: string): Observation {
  const observation: Observation = { ...base, ...row.d, price: row.p, observedAt: row.t ?? chunkT };
  return observation;
}
