/**
 * Row chunks (schema v3): the observations of one write that fall on one UTC day, as compact rows
 * against their listings' bases, in one record.
 */
import type { Observation } from '@/lib/schema';
import { listingKey } from '@/lib/schema';
import { dayNumber } from '@/lib/trend/sample';
import { fromRow, toRow } from './compact';
import type { RowChunkRecord } from './records';

/**
 * A source of chunk sequence numbers: unique and increasing for this store's life, and above
 * any earlier life's (they start from the clock). Writes use `add`, so a clash would abort the
 * transaction rather than overwrite a chunk.
 */
export class ChunkSequence {
  private last = 0;

  /** The next sequence number. */
  next(): number {
    this.last = Math.max(this.last + 1, Date.now() * 1024);
    return this.last;
  }
}

const FALLBACK = new ChunkSequence();

/**
 * `observations` as chunk records, one per UTC day, each row against its listing's base in
 * `bases` (which must hold every listing). Within a chunk, rows keep the input order.
 */
export function chunkRows(
  observations: readonly Observation[],
  bases: ReadonlyMap<string, Observation>,
  sequence: ChunkSequence = FALLBACK,
): RowChunkRecord[] {
  const byDay = new Map<number, RowChunkRecord>();
  for (const observation of observations) {
    const key = listingKey(observation);
    const day = dayNumber(observation.observedAt);
    let chunk = byDay.get(day);
    if (!chunk) {
      chunk = { day, seq: sequence.next(), t: observation.observedAt, keys: [], rows: [] };
      byDay.set(day, chunk);
    }
    chunk.keys.push(key);
    chunk.rows.push(toRow(bases.get(key) as Observation, observation, chunk.t));
  }
  return [...byDay.values()];
}

/** The observations a chunk holds (of `only` that listing, when given), in chunk order. */
export function expandChunk(
  chunk: RowChunkRecord,
  bases: ReadonlyMap<string, Observation>,
  only?: string,
): Observation[] {
  const out: Observation[] = [];
  chunk.keys.forEach((key, i) => {
    if (only !== undefined && key !== only) return;
    const base = bases.get(key);
    const row = chunk.rows[i];
    if (base && row) out.push(fromRow(base, row, chunk.t));
  });
  return out;
}
