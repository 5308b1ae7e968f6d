import { describe, expect, it } from 'vitest';
import { command as report } from '@/lib/cli/commands/report';
import { command as trend } from '@/lib/cli/commands/trend';
import { CliError } from '@/lib/cli/types';
import { toJsonl } from '@/lib/history/jsonl';
import { generateSampleHistory } from '@/lib/history/sample';
import { verdictSchema } from '@/lib/schema';
import { fakeIo as sharedFakeIo } from '../cli/fake-io';
import { listing, NOW, seen } from './fixtures';

function fakeIo(files: Record<string, string>) {
  const io = sharedFakeIo(files);
  return { io, output: () => io.out };
}

const history = toJsonl([
  ...Array.from({ length: 8 }, (_, i) =>
    seen({ id: `n${i}`, amount: 4000 + i * 10, sub: 'CN-NM' }, 40 - i * 4),
  ),
  ...Array.from({ length: 8 }, (_, i) =>
    seen({ id: `s${i}`, amount: 5000 + i * 10, sub: 'CN-SC' }, 40 - i * 4),
  ),
]);

describe('trend command', () => {
  it('prints the Verdict JSON for a listing', async () => {
    const { io, output } = fakeIo({
      'h.jsonl': history,
      'l.json': JSON.stringify(listing({ id: 'q', amount: 3000, sub: 'CN-NM' })),
    });
    await trend.run(
      ['--history', 'h.jsonl', '--listing', 'l.json', '--now', new Date(NOW).toISOString()],
      io,
    );
    const verdict = verdictSchema.parse(JSON.parse(output()));
    expect(verdict).toMatchObject({
      verdict: 'below',
      basis: { level: 'subdivision', region: 'CN-NM', model: 'Antminer S19j Pro', points: 8, windowDays: 90 },
    });
    expect(Object.keys(JSON.parse(output()))).toEqual(['verdict', 'deviation', 'expected', 'basis']);
  });

  it('takes the newest observation as now by default, and honours --window', async () => {
    const files = {
      'h.jsonl': history,
      'l.json': JSON.stringify(listing({ id: 'q', amount: 5030, sub: 'CN-SC' })),
    };
    const a = fakeIo(files);
    await trend.run(['--history', 'h.jsonl', '--listing', 'l.json'], a.io);
    expect(JSON.parse(a.output())).toMatchObject({ verdict: 'in-line' });
    const b = fakeIo(files);
    await trend.run(['--history', 'h.jsonl', '--listing', 'l.json', '--now', '2027-06-01T00:00:00Z'], b.io);
    expect(JSON.parse(b.output())).toMatchObject({ verdict: 'unknown', basis: { points: 0 } });
    const c = fakeIo(files);
    await trend.run(['--history', 'h.jsonl', '--listing', 'l.json', '--window', '10'], c.io);
    // Three listings per province in ten days: too few for CN-SC alone, so the country (six).
    expect(JSON.parse(c.output())).toMatchObject({ basis: { windowDays: 10, level: 'country', points: 6 } });
  });

  it.each([
    [['--listing', 'l.json'], /missing --history/],
    [['--history', 'h.jsonl'], /missing --listing/],
    [['--history', 'bad.jsonl', '--listing', 'l.json'], /bad.jsonl line 2: not JSON/],
    [['--history', 'h.jsonl', '--listing', 'nope.json'], /no such file/],
    [['--history', 'h.jsonl', '--listing', 'notlisting.json'], /not a Listing \(price/],
    [['--history', 'h.jsonl', '--listing', 'l.json', '--now', 'soon'], /--now is not an ISO date/],
    [['--history', 'h.jsonl', '--listing', 'l.json', '--frobnicate', '1'], /unknown option --frobnicate/],
  ])('rejects %j with one clear line', async (args, message) => {
    const { io } = fakeIo({
      'h.jsonl': history,
      'bad.jsonl': `${history.split('\n')[0]}\n{oops\n`,
      'l.json': JSON.stringify(listing({ id: 'q', amount: 1 })),
      'notlisting.json': JSON.stringify({ ...listing({ id: 'q', amount: 1 }), price: 5 }),
    });
    const run = trend.run(args, io);
    await expect(run).rejects.toBeInstanceOf(CliError);
    await expect(run).rejects.toThrow(message);
  });
});

describe('report command', () => {
  const sample = toJsonl(generateSampleHistory(20211, new Date(NOW)));

  it('prints a row per model and region with the trend, listings and 30-day change', async () => {
    const { io, output } = fakeIo({ 'h.jsonl': sample });
    await report.run(['--history', 'h.jsonl', '--now', new Date(NOW).toISOString()], io);
    const rows = JSON.parse(output()) as Record<string, unknown>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'model',
      'region',
      'trendUnitPrice',
      'currency',
      'unit',
      'listings',
      'change30d',
    ]);
    const models = new Set(rows.map((r) => r.model));
    expect(models).toEqual(
      new Set([
        'Antminer L7',
        'Antminer S19 Pro',
        'Antminer S19j Pro',
        'AvalonMiner 1246',
        'Whatsminer M30S++',
      ]),
    );
    const s19jp = rows.filter((r) => r.model === 'Antminer S19j Pro');
    expect(s19jp.map((r) => r.region)).toEqual(
      expect.arrayContaining([null, 'CN', 'CN-NM', 'CN-SC', 'US', 'US-TX']),
    );
    const nm = s19jp.find((r) => r.region === 'CN-NM');
    const sn = s19jp.find((r) => r.region === 'CN-SN');
    // The sample's falling market and its regional levels show through.
    expect(nm).toMatchObject({ currency: 'CNY', unit: 'TH/s' });
    expect(nm?.change30d as number).toBeLessThan(0);
    expect(nm?.trendUnitPrice as number).toBeLessThan(sn?.trendUnitPrice as number);
    expect(rows.find((r) => r.model === 'Antminer L7')?.unit).toBe('GH/s');
  });

  it('prints an aligned table with --format table', async () => {
    const { io, output } = fakeIo({ 'h.jsonl': sample });
    await report.run(['--history', 'h.jsonl', '--format', 'table'], io);
    const lines = output().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^model\s+region\s+trend price\s+per\s+listings\s+30-day change$/);
    expect(
      lines.some((l) => /^Antminer S19j Pro\s+CN-NM\s+\d+\.\d\d CNY\s+TH\/s\s+\d+\s+[+-]\d+\.\d %$/.test(l)),
    ).toBe(true);
  });

  it('rejects a bad format', async () => {
    const { io } = fakeIo({ 'h.jsonl': sample });
    await expect(report.run(['--history', 'h.jsonl', '--format', 'xml'], io)).rejects.toThrow(/--format/);
  });
});
