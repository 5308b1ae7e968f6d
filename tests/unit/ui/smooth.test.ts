import { describe, expect, it } from 'vitest';
import { smoothDaily } from '@/lib/ui/smooth';

const DAY = 86_400_000;
const day = (n: number, median: number, listings = 1) => ({ at: n * DAY, median, listings });

describe('smoothDaily', () => {
  it('takes out a one-listing spike and keeps the level', () => {
    const line = smoothDaily([day(1, 30, 3), day(2, 31, 2), day(3, 1100, 1), day(4, 29, 3), day(5, 30, 2)]);
    expect(line.map((p) => p.at)).toEqual([1, 2, 3, 4, 5].map((n) => n * DAY));
    expect(Math.max(...line.map((p) => p.value))).toBeLessThanOrEqual(31);
  });

  it('weights days by their listings and sorts its input', () => {
    const line = smoothDaily([day(2, 100, 1), day(1, 10, 9)], 3);
    expect(line).toEqual([
      { at: DAY, value: 10 },
      { at: 2 * DAY, value: 10 },
    ]);
  });

  it('follows a real move once it lasts longer than the window', () => {
    const days = Array.from({ length: 20 }, (_, i) => day(i, i < 10 ? 40 : 30, 2));
    const line = smoothDaily(days, 3);
    expect(line[0]?.value).toBe(40);
    expect(line[19]?.value).toBe(30);
  });

  it('skips unusable days and copes with none', () => {
    expect(smoothDaily([])).toEqual([]);
    expect(
      smoothDaily([day(1, Number.NaN), { at: Number.NaN, median: 3, listings: 1 }, day(2, 5, 0)]),
    ).toEqual([]);
  });
});
