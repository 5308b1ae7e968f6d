import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyPrice, PriceFlag } from '@/lib/trend/bait';
import { type FitColumns, fitLevel } from '@/lib/trend/fit';
import { median, weightedMedian } from '@/lib/trend/stats';

describe('median and weightedMedian', () => {
  it('agree when weights are equal', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
        (xs) => {
          const w = xs.map(() => 1);
          expect(weightedMedian(xs, w)).toBeCloseTo(median(xs), 6);
        },
      ),
    );
  });

  it('weightedMedian matches a sort-based reference for any weights', () => {
    const reference = (xs: number[], ws: number[]) => {
      const pairs = xs.map((x, i) => [x, ws[i] as number] as const).filter(([, w]) => w > 0);
      pairs.sort((a, b) => a[0] - b[0]);
      const total = pairs.reduce((sum, [, w]) => sum + w, 0);
      let acc = 0;
      for (let k = 0; k < pairs.length; k++) {
        acc += (pairs[k] as readonly [number, number])[1];
        if (Math.abs(acc - total / 2) <= 1e-12 * total && k + 1 < pairs.length) {
          return ((pairs[k] as readonly number[])[0]! + (pairs[k + 1] as readonly number[])[0]!) / 2;
        }
        if (acc >= total / 2) return (pairs[k] as readonly number[])[0]!;
      }
      return Number.NaN;
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.constantFrom(0, 0.5, 1, 2, 3, 0.25)), {
          minLength: 1,
          maxLength: 60,
        }),
        (pairs) => {
          const xs = pairs.map((p) => p[0]);
          const ws = pairs.map((p) => p[1]);
          const expected = reference(xs, ws);
          if (Number.isNaN(expected)) expect(weightedMedian(xs, ws)).toBeNaN();
          else expect(weightedMedian(xs, ws)).toBeCloseTo(expected, 9);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('follow the weight', () => {
    expect(weightedMedian([1, 2, 3], [1, 1, 10])).toBe(3);
    expect(weightedMedian([5, 1], [0, 1])).toBe(1);
    expect(weightedMedian([1, 2], [0, 0])).toBeNaN();
    expect(median([])).toBeNaN();
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
});

describe('classifyPrice', () => {
  it.each([
    [1, PriceFlag.placeholder],
    [0.01, PriceFlag.placeholder],
    [0, PriceFlag.placeholder],
    [Number.NaN, PriceFlag.placeholder],
    [8888, PriceFlag.suspicious],
    [99999, PriceFlag.suspicious],
    [123456, PriceFlag.suspicious],
    [1234, PriceFlag.suspicious],
    [888, PriceFlag.ordinary],
    [4200, PriceFlag.ordinary],
    [8888.5, PriceFlag.ordinary],
    [10000, PriceFlag.ordinary],
  ])('%s → %s', (amount, flag) => {
    expect(classifyPrice(amount)).toBe(flag);
  });
});

describe('fitLevel', () => {
  const all = (n: number) => Array.from({ length: n }, (_, i) => i);
  /** Columns for votes of one listing each, recency half-life `halfLife` days. */
  const columns = (ages: number[], ys: number[], flags: number[], halfLife: number): FitColumns => ({
    ages: Float64Array.from(ages),
    ys: Float64Array.from(ys),
    flags: Uint8Array.from(flags),
    mult: new Float64Array(ages.length).fill(1),
    recency: Float64Array.from(ages, (age) => 2 ** (-age / halfLife)),
  });

  it('returns null when only placeholders remain', () => {
    expect(fitLevel([0, 1], columns([0, 1], [0, 0], [2, 2], 20))).toBeNull();
  });

  it('finds the level of a flat market and ignores a wild outlier', () => {
    const ys = [4, 4.02, 3.98, 4.01, 3.99, 6];
    const fit = fitLevel(all(6), columns([1, 5, 9, 14, 20, 3], ys, [0, 0, 0, 0, 0, 0], 20));
    expect(fit?.kept).toBe(5);
    expect(fit?.considered).toBe(6);
    expect(fit?.level).toBeCloseTo(4, 1);
  });

  it('follows a steady fall to today', () => {
    // ln price falls 0.5 % a day; today's level is 8.
    const ages = all(60);
    const ys = ages.map((a) => 8 + 0.005 * a);
    const fit = fitLevel(all(60), columns(ages, ys, new Array(60).fill(0), 22));
    expect(fit?.level).toBeCloseTo(8, 6);
    expect(fit?.slope).toBeCloseTo(-0.005, 6);
  });

  it('does not extrapolate far past the newest vote', () => {
    const ages = all(30).map((a) => a + 60);
    const ys = ages.map((a) => 8 + 0.005 * a);
    const fit = fitLevel(all(30), columns(ages, ys, new Array(30).fill(0), 22));
    // Newest vote is 60 days old: the line is followed for 14 of them only.
    expect(fit?.level).toBeCloseTo(8 + 0.005 * 46, 6);
  });

  it('is invariant to the order of the votes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 89 }), fc.double({ min: 7, max: 9, noNaN: true })), {
          minLength: 1,
          maxLength: 40,
        }),
        (votes) => {
          const ages = votes.map((v) => v[0]);
          const ys = votes.map((v) => v[1]);
          const flags = votes.map(() => 0);
          const forward = fitLevel(all(votes.length), columns(ages, ys, flags, 22));
          const backward = fitLevel(all(votes.length).reverse(), columns(ages, ys, flags, 22));
          expect(backward?.level).toBeCloseTo(forward?.level ?? Number.NaN, 9);
        },
      ),
    );
  });
});
