/**
 * A corrupted history file: random lines of a valid export are broken (truncated, replaced by
 * noise, a field given a wrong value or removed). The import must report exactly the broken
 * lines by number, keep every good one, and be idempotent.
 */
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHistoryApi } from '@/lib/background/history-api';
import { openHistoryDb } from '@/lib/history';
import type { Observation } from '@/lib/schema';
import { DEFAULT_TREND_OPTIONS } from '@/lib/trend/options';
import { syntheticObservations } from '../bench/pages/synthetic';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const POOL = syntheticObservations(400, 120, NOW, 60, 5);

type Corruption =
  | { kind: 'truncate'; at: number }
  | { kind: 'noise'; text: string }
  | { kind: 'field'; field: string; value: unknown }
  | { kind: 'drop'; field: string };

const FIELDS = ['site', 'listingId', 'price', 'quantity', 'isMiningRig', 'observedAt', 'title'];
const BAD_VALUES: Record<string, unknown[]> = {
  site: ['', 'GOOFISH', 42, null],
  listingId: ['', 7, null, 'x'.repeat(65)],
  price: [
    { amount: -1, currency: 'CNY', maxAmount: null },
    { amount: 5, currency: 'yuan', maxAmount: null },
    'free',
  ],
  quantity: [0, 1.5, '1', 100_001],
  isMiningRig: ['yes', 1, null],
  observedAt: ['yesterday', '2026-11-20', 1763640000000, null],
  title: [null, 5, 'x'.repeat(4097)],
};

const corruptionArb: fc.Arbitrary<Corruption> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  // Noise that is never blank (blank lines are skipped, not rejected) and never an object.
  fc.record({
    kind: fc.constant('noise' as const),
    text: fc.string({ minLength: 1, maxLength: 40 }).map((s) => `~${s.replace(/[\r\n]/g, ' ')}`),
  }),
  fc.constantFrom(...FIELDS).chain((field) =>
    fc.record({
      kind: fc.constant('field' as const),
      field: fc.constant(field),
      value: fc.constantFrom(...(BAD_VALUES[field] ?? [null])),
    }),
  ),
  fc.record({ kind: fc.constant('drop' as const), field: fc.constantFrom(...FIELDS) }),
);

function corrupt(observation: Observation, c: Corruption): string {
  const line = JSON.stringify(observation);
  switch (c.kind) {
    case 'truncate':
      return line.slice(0, 1 + (c.at % (line.length - 1)));
    case 'noise':
      return c.text;
    case 'field':
      return JSON.stringify({ ...observation, [c.field]: c.value });
    case 'drop': {
      const copy: Record<string, unknown> = { ...observation };
      delete copy[c.field];
      return JSON.stringify(copy);
    }
  }
}

function freshApi() {
  const store = openHistoryDb('import-fuzz', new IDBFactory());
  return { store, api: createHistoryApi(store, async () => DEFAULT_TREND_OPTIONS, { storage: {} }) };
}

describe('importing a corrupted history file', () => {
  it('reports exactly the broken lines and keeps every good one, once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.nat({ max: POOL.length - 1 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), corruptionArb), { maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        async (picks, corruptions, eol) => {
          const chosen = picks.map((i) => POOL[i] as Observation);
          const lines = chosen.map((o) => JSON.stringify(o));
          const broken = new Set<number>();
          for (const [at, c] of corruptions) {
            const index = at % lines.length;
            lines[index] = corrupt(chosen[index] as Observation, c);
            broken.add(index);
          }
          const { store, api } = freshApi();
          const text = lines.join(eol) + eol;
          const report = await api.importHistory(text);
          expect(report.rejected.map((r) => r.line).sort((a, b) => a - b)).toEqual(
            [...broken].map((i) => i + 1).sort((a, b) => a - b),
          );
          for (const r of report.rejected) expect(r.reason.length).toBeGreaterThan(0);
          const good = chosen.filter((_, i) => !broken.has(i));
          expect(report.added).toBe(good.length);
          const stored = (await api.exportHistory('jsonl'))
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as Observation);
          const key = (o: Observation) => `${o.listingId}|${o.observedAt}`;
          expect(stored.map(key).sort()).toEqual(good.map(key).sort());
          // The same file again adds nothing.
          const again = await api.importHistory(text);
          expect(again.added).toBe(0);
          expect(again.duplicates).toBe(good.length);
          await store.close();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('does not lose the first line to a byte-order mark', async () => {
    const { store, api } = freshApi();
    const lines = POOL.slice(0, 3).map((o) => JSON.stringify(o));
    const report = await api.importHistory(`\uFEFF${lines.join('\n')}\n`);
    expect(report.rejected).toEqual([]);
    expect(report.added).toBe(3);
    await store.close();
  });
});
