import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_RATES } from '@/lib/currency/rates';
import type { ModelSeries } from '@/lib/messages/history-responses';
import type { TabListingsResponse } from '@/lib/messages/protocol';
import { createDetailLoader, detailFromSeries, ownUnitPoints } from '@/lib/popup/load-detail';
import type { Verdict } from '@/lib/schema';
import { confidenceOf } from '@/lib/ui/confidence';
import { toDisplay } from '@/lib/ui/display-money';
import { exportFile } from '@/lib/ui/export-file';
import { rowsFromTable, tableFromRows } from '@/lib/ui/rates-form';
import { scaleDetail } from '@/lib/ui/scale-detail';
import { defaultSelection } from '@/lib/ui/selection';
import { parseBandPercent, parseWindowDays } from '@/lib/ui/trend-form';
import { entry } from './entries';

const verdict = (
  over: Partial<Verdict> & { level?: Verdict['basis']['level']; points?: number },
): Verdict => ({
  verdict: over.verdict ?? 'below',
  deviation: -0.1,
  expected: over.expected === undefined ? { amount: 100, currency: 'CNY' } : over.expected,
  basis: {
    level: over.level ?? 'subdivision',
    region: 'CN-SC',
    model: 'X',
    points: over.points ?? 20,
    windowDays: 90,
  },
});

describe('confidenceOf', () => {
  it('rates many local listings high, few or borrowed ones lower, and no trend none', () => {
    expect(confidenceOf(verdict({ points: 20 }))).toBe('high');
    expect(confidenceOf(verdict({ points: 20, level: 'country' }))).toBe('high');
    expect(confidenceOf(verdict({ points: 20, level: 'global' }))).toBe('low');
    expect(confidenceOf(verdict({ points: 40, level: 'global' }))).toBe('medium');
    expect(confidenceOf(verdict({ points: 8 }))).toBe('medium');
    expect(confidenceOf(verdict({ points: 3 }))).toBe('low');
    expect(confidenceOf(verdict({ verdict: 'unknown' }))).toBeNull();
    expect(confidenceOf(verdict({ expected: null }))).toBeNull();
  });
});

describe('defaultSelection', () => {
  const rig = entry({ id: '1', verdict: 'unknown' });
  const judged = entry({ id: '2', verdict: 'above' });
  const part = entry({ id: '3', rig: false });
  it('keeps the user choice while it is on the tab', () => {
    expect(defaultSelection([rig, judged], 'goofish:1')).toBe('goofish:1');
    expect(defaultSelection([rig, judged], 'goofish:9')).toBe('goofish:2');
  });
  it('prefers a judged rig, then any rig, then anything', () => {
    expect(defaultSelection([part, rig, judged], null)).toBe('goofish:2');
    expect(defaultSelection([part, rig], null)).toBe('goofish:1');
    expect(defaultSelection([part], null)).toBe('goofish:3');
    expect(defaultSelection([], null)).toBeNull();
  });
});

describe('display currency', () => {
  it('converts through the table and keeps the original when it cannot', () => {
    expect(toDisplay(715, 'CNY', 'USD', DEFAULT_RATES)).toEqual({
      amount: 100,
      currency: 'USD',
      converted: true,
    });
    expect(toDisplay(715, 'CNY', null, DEFAULT_RATES)).toEqual({
      amount: 715,
      currency: 'CNY',
      converted: false,
    });
    expect(toDisplay(5, 'XQQ', 'USD', DEFAULT_RATES)).toEqual({
      amount: 5,
      currency: 'XQQ',
      converted: false,
    });
  });

  it('scales a whole detail by one factor', () => {
    const data = {
      own: [{ at: 1, value: 71.5 }],
      lines: [{ region: 'CN', listings: 2, points: [{ at: 1, value: 143 }] }],
      rows: [{ region: 'CN', level: 'country' as const, trend: 71.5, listings: 2, change30d: -0.1 }],
      currency: 'CNY',
      unit: 'TH/s',
    };
    const shown = scaleDetail(data, 'USD', DEFAULT_RATES);
    expect(shown.currency).toBe('USD');
    expect(shown.converted).toBe(true);
    expect(shown.own[0]?.value).toBeCloseTo(10, 10);
    expect(shown.lines[0]?.points[0]?.value).toBeCloseTo(20, 10);
    expect(shown.rows[0]?.trend).toBeCloseTo(10, 10);
    expect(shown.rows[0]?.change30d).toBe(-0.1);
    expect(scaleDetail(data, null, DEFAULT_RATES)).toMatchObject({ currency: 'CNY', converted: false });
  });
});

describe('rates form', () => {
  it('round-trips the bundled table', () => {
    const rows = rowsFromTable(DEFAULT_RATES);
    expect(rows.some((row) => row.code === 'USD')).toBe(false);
    const result = tableFromRows(DEFAULT_RATES.asOf, 'USD', rows);
    expect(result).toEqual({ ok: true, table: DEFAULT_RATES });
  });

  it('accepts a comma decimal and lower-case codes, skips blank rows', () => {
    const result = tableFromRows('2026-11-01', 'USD', [
      { code: 'cny', rate: '7,2' },
      { code: '', rate: '' },
    ]);
    expect(result).toEqual({
      ok: true,
      table: { asOf: '2026-11-01', base: 'USD', rates: { USD: 1, CNY: 7.2 } },
    });
  });

  it('names every bad row and a bad date', () => {
    const result = tableFromRows('2026-13-45', 'USD', [
      { code: 'CNY', rate: '0' },
      { code: 'EU', rate: '1' },
      { code: 'GBP', rate: '-1' },
      { code: 'JPY', rate: '148' },
      { code: 'JPY', rate: '150' },
      { code: 'RUB', rate: '1e3' },
    ]);
    expect(result).toEqual({
      ok: false,
      invalid: ['CNY 0', 'EU 1', 'GBP -1', 'JPY 150', 'RUB 1e3', '2026-13-45'],
    });
  });
});

describe('trend form', () => {
  it('accepts days within 7–730 only', () => {
    expect(parseWindowDays('90')).toBe(90);
    expect(parseWindowDays(' 7 ')).toBe(7);
    expect(parseWindowDays('6')).toBeNull();
    expect(parseWindowDays('731')).toBeNull();
    expect(parseWindowDays('9.5')).toBeNull();
    expect(parseWindowDays('')).toBeNull();
  });
  it('turns a percent band into the stored fraction', () => {
    expect(parseBandPercent('5')).toBe(0.05);
    expect(parseBandPercent('2,5')).toBe(0.025);
    expect(parseBandPercent('0.5')).toBe(0.005);
    expect(parseBandPercent('50')).toBe(0.5);
    expect(parseBandPercent('0.4')).toBeNull();
    expect(parseBandPercent('51')).toBeNull();
    expect(parseBandPercent('abc')).toBeNull();
  });
});

describe('export file', () => {
  it('names files by UTC day and format', () => {
    const now = new Date('2026-11-25T23:59:00Z');
    expect(exportFile('jsonl', now)).toEqual({
      name: 'rigscout-history-2026-11-25.jsonl',
      type: 'application/x-ndjson;charset=utf-8',
    });
    expect(exportFile('csv', now).name).toBe('rigscout-history-2026-11-25.csv');
  });
});

describe('ownUnitPoints', () => {
  it('scales the listing price changes by its unit rate, converting other currencies', () => {
    const e: TabListingsResponse['listings'][number] = entry({ id: '1', price: 5200, unitRate: 50 });
    e.verdict.priceChanges = [
      { at: '2024-03-01T00:00:00Z', amount: 5720, currency: 'CNY' },
      { at: '2024-03-05T00:00:00Z', amount: 5200, currency: 'CNY' },
      { at: '2024-03-06T00:00:00Z', amount: 715, currency: 'USD' },
      { at: 'garbage', amount: 1, currency: 'CNY' },
    ];
    const points = ownUnitPoints(e, 'CNY', DEFAULT_RATES);
    expect(points.map((p) => p.value)).toEqual([55, 50, (50 * (715 * 7.15)) / 5200]);
    expect(points[0]?.at).toBe(Date.parse('2024-03-01T00:00:00Z'));
    expect(ownUnitPoints(e, 'USD', DEFAULT_RATES)[1]?.value).toBeCloseTo(50 / 7.15, 10);
  });

  it('uses the current price per machine when there is no unit rate or history', () => {
    const e = entry({ id: '1', price: 1000, unitRate: null, quantity: 4 });
    expect(ownUnitPoints(e, 'CNY', DEFAULT_RATES)).toEqual([
      { at: Date.parse(e.observation.observedAt), value: 250 },
    ]);
    e.observation.price = null;
    expect(ownUnitPoints(e, 'CNY', DEFAULT_RATES)).toEqual([]);
  });
});

const SERIES: ModelSeries = {
  model: 'Antminer S19j Pro',
  unit: 'TH/s',
  currency: 'CNY',
  windowDays: 90,
  now: '2024-03-05T12:00:00.000Z',
  regions: [
    {
      region: 'CN-SC',
      level: 'subdivision',
      currency: 'CNY',
      trendUnitPrice: 56,
      listings: 12,
      change30d: -0.05,
      days: [
        { day: '2024-03-01', median: 57, listings: 3 },
        { day: 'bad', median: 1, listings: 1 },
      ],
    },
    {
      region: null,
      level: 'global',
      currency: 'CNY',
      trendUnitPrice: null,
      listings: 0,
      change30d: null,
      days: [],
    },
    // A region's trend comes in its listings' own currency (USD in Texas).
    {
      region: 'US-TX',
      level: 'subdivision',
      currency: 'USD',
      trendUnitPrice: 5,
      listings: 11,
      change30d: null,
      days: [],
    },
  ],
};

describe('detailFromSeries', () => {
  it('turns the model series into lines, table rows and own points in the series currency', () => {
    const detail = detailFromSeries(entry({ id: '1', unitRate: 50 }), SERIES, DEFAULT_RATES);
    expect(detail.currency).toBe('CNY');
    expect(detail.unit).toBe('TH/s');
    expect(detail.lines).toEqual([
      {
        region: 'CN-SC',
        level: 'subdivision',
        listings: 12,
        points: [{ at: Date.parse('2024-03-01T12:00:00Z'), value: 57 }],
      },
      { region: '', level: 'global', listings: 0, points: [] },
      { region: 'US-TX', level: 'subdivision', listings: 11, points: [] },
    ]);
    expect(detail.rows).toEqual([
      { region: 'CN-SC', level: 'subdivision', trend: 56, listings: 12, change30d: -0.05 },
      { region: 'US-TX', level: 'subdivision', trend: 5 * 7.15, listings: 11, change30d: null },
    ]);
    expect(detail.own).toEqual([{ at: Date.parse('2024-03-05T10:00:00Z'), value: 50 }]);
    expect(
      detailFromSeries(entry({ id: '1' }), { ...SERIES, unit: 'machine' }, DEFAULT_RATES).unit,
    ).toBeNull();
  });

  it('asks the background for the model series', async () => {
    const send = vi.fn(async () => ({ ok: true, series: SERIES }));
    const load = createDetailLoader(send, async () => DEFAULT_RATES);
    const detail = await load(entry({ id: '1' }));
    expect(send).toHaveBeenCalledWith({ type: 'page/model-series', model: 'Antminer S19j Pro' });
    expect(detail.rows).toHaveLength(2);
    // One request per listing for the popup's life: the prefetch and the component share it.
    expect(await load(entry({ id: '1' }))).toBe(detail);
    expect(send).toHaveBeenCalledTimes(1);
    await load(entry({ id: '2' }));
    expect(send).toHaveBeenCalledTimes(2);
    const failing = createDetailLoader(
      async () => ({ ok: false, error: 'no store' }),
      async () => DEFAULT_RATES,
    );
    await expect(failing(entry({ id: '1' }))).rejects.toThrow('no store');
    // A failure is forgotten, so selecting the listing again asks again.
    let calls = 0;
    const flaky = createDetailLoader(
      async () => (++calls === 1 ? { ok: false, error: 'busy' } : { ok: true, series: SERIES }),
      async () => DEFAULT_RATES,
    );
    await expect(flaky(entry({ id: '1' }))).rejects.toThrow('busy');
    expect((await flaky(entry({ id: '1' }))).rows).toHaveLength(2);
  });
});
