import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange, type BucketChange, PendingBuckets } from '@/lib/history/bucket-changes';
import type { BucketRecord } from '@/lib/history/records';
import { PriceFlag } from '@/lib/trend/bait';
import type { TrendSample } from '@/lib/trend/sample';

const sample = (id: number, price: number): TrendSample => ({
  id,
  region: id % 2 ? 'CN-SC' : 'CN',
  day: 100,
  currency: 'CNY',
  unitPrice: price,
  hashrateHs: 1e14,
  unit: 'T',
  flag: PriceFlag.ordinary,
});

const change = fc.record({
  remove: fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 4 }),
  add: fc.array(fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 9999 })), {
    maxLength: 4,
  }),
});

describe('pending bucket changes', () => {
  it('merged, give the bucket that applying each in turn gives', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 8 }), (list) => {
        // Within one change a listing is added at most once (one filing per write).
        const changes: BucketChange[] = list.map(({ remove, add }) => ({
          model: 'M',
          day: 100,
          remove,
          add: [...new Map(add.map(([id, price]) => [id, sample(id, price)])).values()],
        }));
        let stepwise: BucketRecord | undefined;
        for (const c of changes) stepwise = applyChange(stepwise, c);
        const pending = new PendingBuckets();
        pending.add(changes);
        const [merged] = pending.overlay('M', 0, []);
        const expected = stepwise && stepwise.ids.length > 0 ? stepwise : undefined;
        expect(merged).toEqual(expected);
        const folded = [...pending.folded(() => undefined)];
        expect(folded.filter((b) => b.ids.length > 0)).toEqual(expected ? [expected] : []);
      }),
    );
  });

  it('built batch by batch (the append path), equal the bucket built at once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 9999 }), { maxLength: 5 }), { maxLength: 6 }),
        (batches) => {
          let id = 0;
          const all: TrendSample[] = [];
          let stepwise: BucketRecord | undefined;
          for (const prices of batches) {
            const add = prices.map((price) => sample(++id * 7, price));
            all.push(...add);
            stepwise = applyChange(stepwise, { model: 'M', day: 100, remove: [], add });
          }
          const once = applyChange(undefined, { model: 'M', day: 100, remove: [], add: all });
          expect(stepwise ?? once).toEqual(once);
        },
      ),
    );
  });
});
