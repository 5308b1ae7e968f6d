/**
 * Scenario tests with known truth, named as in the issue. Each builds a history whose true
 * regional price is known, then asks the engine (through the same path as the `trend` command)
 * for a verdict.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '@/lib/schema';
import { seededRandom } from '@/lib/seeded-random';
import { judgeAgainstHistory } from '@/lib/trend/from-history';
import { DEFAULT_TREND_OPTIONS } from '@/lib/trend/options';
import { type ListingSpec, listing, NOW, seen } from './fixtures';

const judge = (history: Observation[], spec: ListingSpec, options = DEFAULT_TREND_OPTIONS) =>
  judgeAgainstHistory(history, listing(spec), options, NOW).verdict;

/** `n` listings around `amount` (±`spread`), seen on days spread over the last `days`. */
function market(
  prefix: string,
  n: number,
  amount: number | ((daysAgo: number) => number),
  extra: Partial<ListingSpec> = {},
  { spread = 0.06, days = 60, seed = 1 } = {},
): Observation[] {
  const rnd = seededRandom(seed);
  const out: Observation[] = [];
  for (let i = 0; i < n; i++) {
    const daysAgo = Math.floor((i / n) * days);
    const base = typeof amount === 'function' ? amount(daysAgo) : amount;
    const noisy = Math.round(base * (1 + (rnd() * 2 - 1) * spread));
    out.push(seen({ id: `${prefix}${i}`, amount: noisy, ...extra }, daysAgo));
  }
  return out;
}

describe('regions at different levels', () => {
  const history = [
    ...market('nm', 12, 3100, { sub: 'CN-NM' }, { seed: 1 }),
    ...market('sc', 12, 4200, { sub: 'CN-SC' }, { seed: 2 }),
  ];

  it('judges each listing against its own subdivision', () => {
    const inSc = judge(history, { id: 'x1', amount: 4200, sub: 'CN-SC' });
    expect(inSc.verdict).toBe('in-line');
    expect(inSc.basis).toMatchObject({ level: 'subdivision', region: 'CN-SC', points: 12, windowDays: 90 });
    expect(inSc.expected?.amount).toBeGreaterThan(4200 * 0.96);
    expect(inSc.expected?.amount).toBeLessThan(4200 * 1.04);

    const inNm = judge(history, { id: 'x2', amount: 4200, sub: 'CN-NM' });
    expect(inNm.verdict).toBe('above');
    expect(inNm.basis.region).toBe('CN-NM');
    expect(inNm.deviation).toBeGreaterThan(0.25);
  });
});

describe('a falling market where a plain average gives the wrong verdict', () => {
  // ¥6000 ninety days ago, falling linearly to ¥3000 today; one listing every day.
  const truth = (daysAgo: number) => 3000 + (3000 * daysAgo) / 89;
  const history = market('f', 90, truth, { sub: 'CN-NM' }, { days: 90, spread: 0.04, seed: 3 });
  const average = history.reduce((sum, o) => sum + (o.price?.amount ?? 0), 0) / history.length;

  it("uses today's level, not the window's average", () => {
    expect(average).toBeGreaterThan(4300); // a plain average would call ¥3050 far below
    const today = judge(history, { id: 'now', amount: 3050, sub: 'CN-NM' });
    expect(today.verdict).toBe('in-line');
    expect(Math.abs((today.expected?.amount ?? 0) / 3000 - 1)).toBeLessThan(0.035);
  });

  it('calls a listing at the old average above the trend', () => {
    const stale = judge(history, { id: 'old', amount: Math.round(average), sub: 'CN-NM' });
    expect(stale.verdict).toBe('above');
  });
});

describe('bait prices mixed in', () => {
  const honest = market('h', 12, 4000, { sub: 'CN-SN' }, { seed: 4 });
  const bait = [1, 8888, 99999, 123456, 0.01, 6666].map((amount, i) =>
    seen({ id: `bait${i}`, amount, sub: 'CN-SN' }, i * 3),
  );

  it('leaves the trend where the honest listings put it', () => {
    const clean = judge(honest, { id: 'q', amount: 4000, sub: 'CN-SN' });
    const mixed = judge([...honest, ...bait], { id: 'q', amount: 4000, sub: 'CN-SN' });
    expect(mixed.verdict).toBe('in-line');
    const ratio = (mixed.expected?.amount ?? 0) / (clean.expected?.amount ?? 1);
    expect(Math.abs(ratio - 1)).toBeLessThan(0.02);
    // ¥1 and ¥0.01 are placeholders, not listings with a price; the patterned ones are counted.
    expect(mixed.basis.points).toBe(16);
  });

  it('keeps an honest ¥8888 when it sits with the market', () => {
    const lucky = market('l', 10, 8800, { sub: 'CN-SN', model: 'Antminer S21' }, { seed: 5 });
    lucky.push(seen({ id: 'lucky', amount: 8888, sub: 'CN-SN', model: 'Antminer S21' }, 1));
    const v = judge(lucky, { id: 'q', amount: 8800, sub: 'CN-SN', model: 'Antminer S21' });
    expect(v.basis.points).toBe(11);
    expect(v.verdict).toBe('in-line');
  });
});

describe('a sparse region falling back to its country', () => {
  const history = [
    ...market('sc', 10, 4000, { sub: 'CN-SC' }, { seed: 6 }),
    ...market('cn', 4, 4100, { sub: null, country: 'CN' }, { seed: 7 }),
    ...market('xj', 3, 2000, { sub: 'CN-XJ' }, { seed: 8 }),
  ];

  it('uses the country when the subdivision has fewer than 5 listings', () => {
    const v = judge(history, { id: 'q', amount: 4000, sub: 'CN-XJ' });
    expect(v.basis).toMatchObject({ level: 'country', region: 'CN', points: 17 });
  });

  it('honours the subdivision threshold setting', () => {
    const v = judge(
      history,
      { id: 'q', amount: 2000, sub: 'CN-XJ' },
      {
        ...DEFAULT_TREND_OPTIONS,
        minSubdivisionListings: 3,
      },
    );
    expect(v.basis).toMatchObject({ level: 'subdivision', region: 'CN-XJ', points: 3 });
    expect(v.verdict).toBe('in-line');
  });

  it('falls back to all regions when the country has nothing', () => {
    const v = judge(history, { id: 'q', amount: 4000, sub: 'US-TX', currency: 'USD' });
    expect(v.basis).toMatchObject({ level: 'global', region: null, points: 17 });
  });
});

describe('one listing seen sixty times among a dozen others', () => {
  const others = market('o', 12, 4000, { sub: 'CN-NM' }, { seed: 9 });
  // The same listing, a greedy ¥5600, seen daily; it cut its price once along the way.
  const repeated = Array.from({ length: 60 }, (_, d) =>
    seen({ id: 'again', amount: d < 30 ? 5800 : 5600, sub: 'CN-NM' }, 59 - d),
  );

  it('counts it as one listing', () => {
    const v = judge([...others, ...repeated], { id: 'q', amount: 4000, sub: 'CN-NM' });
    expect(v.basis.points).toBe(13);
    expect(v.verdict).toBe('in-line');
    expect(Math.abs((v.expected?.amount ?? 0) / 4000 - 1)).toBeLessThan(0.04);
  });
});

describe('two models in one region', () => {
  const history = [
    ...market('s', 10, 4000, { sub: 'CN-NM' }, { seed: 10 }),
    ...market(
      'l',
      10,
      12000,
      { sub: 'CN-NM', model: 'Antminer L7', algorithm: 'Scrypt', hashrateHs: 9.5e12 },
      {
        seed: 11,
      },
    ),
  ];

  it('never mixes them', () => {
    const s19 = judge(history, { id: 'q1', amount: 4000, sub: 'CN-NM' });
    const l7 = judge(history, {
      id: 'q2',
      amount: 12000,
      sub: 'CN-NM',
      model: 'Antminer L7',
      algorithm: 'Scrypt',
      hashrateHs: 9.5e12,
    });
    expect(s19).toMatchObject({ verdict: 'in-line', basis: { model: 'Antminer S19j Pro', points: 10 } });
    expect(l7).toMatchObject({ verdict: 'in-line', basis: { model: 'Antminer L7', points: 10 } });
  });
});

describe('a model never seen', () => {
  it('is unknown, with no expected price', () => {
    const history = market('s', 10, 4000, { sub: 'CN-NM' });
    const v = judge(history, { id: 'q', amount: 4000, model: 'Whatsminer M60S' });
    expect(v).toEqual({
      verdict: 'unknown',
      deviation: null,
      expected: null,
      basis: { level: null, region: null, model: 'Whatsminer M60S', points: 0, windowDays: 90 },
    });
  });
});

describe('hashrates and currencies', () => {
  it('compares different stated hashrates per TH/s', () => {
    // ¥40/T: 104T at ¥4160 and 90T at ¥3600 are the same deal.
    const history = [
      ...market('a', 6, 4160, { sub: 'CN-NM', th: 104 }, { seed: 12 }),
      ...market('b', 6, 3600, { sub: 'CN-NM', th: 90 }, { seed: 13 }),
    ];
    const v = judge(history, { id: 'q', amount: 3840, th: 96, sub: 'CN-NM' });
    expect(v.verdict).toBe('in-line');
    expect(v.expected?.amount).toBeGreaterThan(3840 * 0.95);
    expect(v.expected?.amount).toBeLessThan(3840 * 1.05);
  });

  it('prices a lot of ten per machine and states the expected price of the whole lot', () => {
    const history = market('a', 8, 4000, { sub: 'CN-NM' }, { seed: 14, spread: 0.02 });
    const v = judge(history, { id: 'lot', amount: 40000, quantity: 10, sub: 'CN-NM' });
    expect(v.verdict).toBe('in-line');
    expect(v.expected?.amount).toBeGreaterThan(38000);
    expect(v.expected?.amount).toBeLessThan(42000);
  });

  it('compares listings without a hashrate per machine', () => {
    const history = market('g', 8, 9000, { sub: 'CN-NM', model: 'GPU rig', th: null }, { seed: 15 });
    const v = judge(history, { id: 'q', amount: 12000, model: 'GPU rig', th: null, sub: 'CN-NM' });
    expect(v.verdict).toBe('above');
  });

  it('converts currencies through the rate table and answers in the listing currency', () => {
    // 8 eBay listings at about $560 (¥4004 at 7.15 CNY per USD).
    const history = market(
      'e',
      8,
      560,
      { site: 'ebay', currency: 'USD', sub: null, country: 'US' },
      { seed: 16 },
    );
    const v = judge(history, { id: 'q', amount: 4000, sub: null, country: 'CN' });
    expect(v.basis.level).toBe('global');
    expect(v.verdict).toBe('in-line');
    expect(v.expected?.currency).toBe('CNY');
    expect(v.expected?.amount).toBeGreaterThan(3800);
    expect(v.expected?.amount).toBeLessThan(4200);
  });
});

describe('large histories', () => {
  it('counts every listing of a crowded day, while only a sample of them votes', () => {
    const crowd = Array.from({ length: 120 }, (_, i) =>
      seen({ id: `c${i}`, amount: 3900 + (i % 7) * 30, sub: 'CN-NM' }, 2),
    );
    const rest = market('r', 10, 4000, { sub: 'CN-NM' }, { seed: 24 });
    const v = judge([...crowd, ...rest], { id: 'q', amount: 4000, sub: 'CN-NM' });
    expect(v.basis.points).toBe(130);
    expect(v.verdict).toBe('in-line');
  });

  it('fits a subsample of a big level but reports every listing, and still finds a fall', () => {
    const truth = (daysAgo: number) => 3000 * 1.005 ** daysAgo;
    const history = market('b', 2000, truth, { sub: 'CN-SC' }, { days: 90, spread: 0.08, seed: 25 });
    const v = judge(history, { id: 'q', amount: 3000, sub: 'CN-SC' });
    expect(v.basis.points).toBe(2000);
    expect(Math.abs((v.expected?.amount ?? 0) / 3000 - 1)).toBeLessThan(0.03);
  });
});

describe('what never enters a trend', () => {
  it('ignores observations outside the window and after now', () => {
    const history = [
      ...market('old', 10, 9000, { sub: 'CN-NM' }, { seed: 17 }).map((o) => ({
        ...o,
        observedAt: new Date(NOW - 120 * 86_400_000).toISOString(),
      })),
      ...market('new', 10, 4000, { sub: 'CN-NM' }, { seed: 18 }),
      ...market('future', 10, 100, { sub: 'CN-NM' }, { seed: 19 }).map((o) => ({
        ...o,
        observedAt: new Date(NOW + 3 * 86_400_000).toISOString(),
      })),
    ];
    const v = judge(history, { id: 'q', amount: 4000, sub: 'CN-NM' });
    expect(v).toMatchObject({ verdict: 'in-line', basis: { points: 10 } });
  });

  it('counts whatever was seen within the window, whatever the time of day', () => {
    const history = [
      ...market('n', 6, 4000, { sub: 'CN-NM' }, { seed: 23 }),
      seen({ id: 'edge', amount: 4000, sub: 'CN-NM' }, 89.9),
      seen({ id: 'gone', amount: 4000, sub: 'CN-NM' }, 91),
    ];
    expect(judge(history, { id: 'q', amount: 4000, sub: 'CN-NM' }).basis.points).toBe(7);
  });

  it('ignores unpriced listings and non-rigs, and judges them unknown', () => {
    const history = [
      ...market('n', 6, 4000, { sub: 'CN-NM' }, { seed: 20 }),
      seen({ id: 'free', amount: null, sub: 'CN-NM' }, 1),
      seen({ id: 'part', amount: 50, sub: 'CN-NM', isMiningRig: false }, 1),
    ];
    expect(judge(history, { id: 'q', amount: 4000, sub: 'CN-NM' }).basis.points).toBe(6);
    expect(judge(history, { id: 'q', amount: null, sub: 'CN-NM' }).verdict).toBe('unknown');
    expect(judge(history, { id: 'q', amount: 4000, isMiningRig: false }).verdict).toBe('unknown');
  });

  it('never lets a listing vote in its own trend', () => {
    const history = [
      ...market('n', 5, 4000, { sub: 'CN-NM' }, { seed: 21 }),
      seen({ id: 'me', amount: 9000, sub: 'CN-NM' }, 0),
    ];
    const v = judge(history, { id: 'me', amount: 9000, sub: 'CN-NM' });
    expect(v.basis).toMatchObject({ level: 'subdivision', points: 5 });
    expect(v.verdict).toBe('above');
  });

  it('uses the listing’s band setting', () => {
    const history = market('n', 8, 4000, { sub: 'CN-NM' }, { seed: 22, spread: 0.01 });
    const spec = { id: 'q', amount: 4300, sub: 'CN-NM' };
    expect(judge(history, spec).verdict).toBe('above');
    expect(judge(history, spec, { ...DEFAULT_TREND_OPTIONS, band: 0.1 }).verdict).toBe('in-line');
  });
});
