import { describe, expect, it } from 'vitest';
import {
  buildChartModel,
  MAX_OTHER_REGIONS,
  OWN_COLOR,
  type RegionLine,
  robustRange,
} from '@/lib/ui/chart-model';
import { MARKET_EVENTS } from '@/lib/ui/events';
import { type RegionRow, sortRegionRows } from '@/lib/ui/region-table';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const line = (region: string, listings: number, points: [string, number][]): RegionLine => ({
  region,
  listings,
  points: points.map(([at, value]) => ({ at: day(at), value })),
});

describe('buildChartModel', () => {
  it('aligns own points, the region line and other regions on one sorted x axis', () => {
    const model = buildChartModel(
      [{ at: day('2024-03-02'), value: 60 }],
      [
        line('CN-NM', 4, [['2024-03-01', 50]]),
        line('CN-SC', 9, [
          ['2024-03-01', 55],
          ['2024-03-03', 57],
        ]),
      ],
      'CN-SC',
    );
    const [xs, own, primary, other] = model.data;
    expect(xs).toEqual([day('2024-03-01') / 1000, day('2024-03-02') / 1000, day('2024-03-03') / 1000]);
    expect(own).toEqual([null, 60, null]);
    expect(primary).toEqual([55, null, 57]);
    expect(other).toEqual([50, null, null]);
    expect(model.series.map((s) => [s.kind, s.region])).toEqual([
      ['own', null],
      ['primary', 'CN-SC'],
      ['region', 'CN-NM'],
    ]);
    expect(model.series[0]?.color).toBe(OWN_COLOR);
    expect(model.ownPoints).toBe(1);
  });

  it('treats a null own region as the all-regions line and drops unusable points', () => {
    const model = buildChartModel(
      [
        { at: Number.NaN, value: 3 },
        { at: day('2024-01-01'), value: -1 },
        { at: day('2024-01-02'), value: Number.POSITIVE_INFINITY },
      ],
      [line('', 3, [['2024-01-05', 10]])],
      null,
    );
    expect(model.series.map((s) => s.kind)).toEqual(['own', 'primary']);
    expect(model.data[0]).toEqual([day('2024-01-05') / 1000]);
    expect(model.ownPoints).toBe(0);
  });

  it('draws at most a few other regions, those with the most listings', () => {
    const lines = Array.from({ length: 9 }, (_, i) => line(`CN-${i}`, i, [['2024-01-01', 10 + i]]));
    const model = buildChartModel([], lines, 'CN-0');
    const others = model.series.filter((s) => s.kind === 'region').map((s) => s.region);
    expect(others).toHaveLength(MAX_OTHER_REGIONS);
    expect(others[0]).toBe('CN-8');
    expect(new Set(model.series.map((s) => s.color)).size).toBe(model.series.length);
  });

  it('prefers other regions of the same level as the listing region', () => {
    const lines: RegionLine[] = [
      { ...line('CN-SC', 5, [['2024-01-01', 50]]), level: 'subdivision' },
      { ...line('CN', 90, [['2024-01-01', 52]]), level: 'country' },
      { ...line('CN-NM', 10, [['2024-01-01', 48]]), level: 'subdivision' },
    ];
    const model = buildChartModel([], lines, 'CN-SC');
    expect(model.series.map((s) => s.region)).toEqual([null, 'CN-SC', 'CN-NM', 'CN']);
  });

  it('marks the events inside the drawn range only', () => {
    const model = buildChartModel(
      [],
      [
        line('CN', 5, [
          ['2021-01-01', 100],
          ['2021-12-31', 40],
        ]),
      ],
      'CN',
    );
    expect(model.events.map((e) => e.id)).toEqual(['stateCouncil', 'sichuan']);
    expect(MARKET_EVENTS.map((e) => e.date)).toEqual([
      '2020-05-11',
      '2021-05-21',
      '2021-06-18',
      '2024-04-20',
    ]);
  });

  it('gives an empty model for no data', () => {
    const model = buildChartModel([], [], null);
    expect(model.data).toEqual([[], []]);
    expect(model.events).toEqual([]);
  });
});

describe('sortRegionRows', () => {
  it('puts the own region first, then provinces by listings, then countries, then all regions', () => {
    const row = (region: string, level: RegionRow['level'], listings: number): RegionRow => ({
      region,
      level,
      listings,
      trend: 50,
      change30d: null,
    });
    const rows = sortRegionRows(
      [
        row('', 'global', 99),
        row('CN', 'country', 80),
        row('CN-NM', 'subdivision', 20),
        row('CN-XJ', 'subdivision', 30),
        row('CN-SC', 'subdivision', 5),
      ],
      'CN-SC',
    );
    expect(rows.map((r) => r.region)).toEqual(['CN-SC', 'CN-XJ', 'CN-NM', 'CN', '']);
    expect(sortRegionRows(rows, null)[0]?.region).toBe('');
  });
});

describe('robustRange', () => {
  it('leaves out a bait spike but keeps the listing own points', () => {
    const values = [50, 52, 49, 51, 48, 53, 1100];
    const [low, high] = robustRange(values, [60]) ?? [0, 0];
    expect(low).toBeLessThan(48);
    expect(low).toBeGreaterThan(40);
    expect(high).toBeGreaterThan(60);
    expect(high).toBeLessThan(70);
    expect(robustRange([], [])).toBeNull();
    expect(robustRange([], [5])?.[1]).toBeGreaterThan(5);
  });

  it('is part of the chart model', () => {
    const model = buildChartModel(
      [{ at: day('2024-01-03'), value: 70 }],
      [
        line('CN', 5, [
          ['2024-01-01', 50],
          ['2024-01-02', 52],
          ['2024-01-04', 5000],
        ]),
      ],
      'CN',
    );
    expect(model.yRange?.[1]).toBeLessThan(100);
  });
});
