import { describe, expect, it } from 'vitest';
import { command as prices } from '@/lib/cli/commands/prices';
import { command as regions } from '@/lib/cli/commands/regions';
import { CliError } from '@/lib/cli/types';
import { fakeIo } from '../cli/fake-io';

const lines = (out: string) =>
  out
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as unknown);

describe('prices command', () => {
  it('prints one {"text","price"} line per input line, in the site context', async () => {
    const io = fakeIo({ '-': '¥1306\n1.2万\n面议\n\n¥8,400\r\n' });
    await prices.run(['-', '--site', 'goofish'], io);
    expect(lines(io.out)).toEqual([
      { text: '¥1306', price: { amount: 1306, currency: 'CNY', maxAmount: null } },
      { text: '1.2万', price: { amount: 12000, currency: 'CNY', maxAmount: null } },
      { text: '面议', price: null },
      { text: '', price: null },
      { text: '¥8,400', price: { amount: 8400, currency: 'CNY', maxAmount: null } },
    ]);
    const jp = fakeIo({ 'p.txt': '¥8,400\n' });
    await prices.run(['p.txt', '--site=mercari-jp'], jp);
    expect(lines(jp.out)).toEqual([
      { text: '¥8,400', price: { amount: 8400, currency: 'JPY', maxAmount: null } },
    ]);
  });

  it('rejects a missing or unknown site, and a missing file argument', async () => {
    await expect(prices.run(['-'], fakeIo({ '-': 'x' }))).rejects.toThrow(CliError);
    await expect(prices.run(['-', '--site', 'nosuchsite'], fakeIo({ '-': 'x' }))).rejects.toThrow(
      /unknown site/,
    );
    await expect(prices.run(['--site', 'ebay'], fakeIo({}))).rejects.toThrow(/missing/);
    await expect(prices.run(['a', 'b', '--site', 'ebay'], fakeIo({}))).rejects.toThrow(CliError);
  });

  it('prints nothing for an empty file', async () => {
    const io = fakeIo({ '-': '' });
    await prices.run(['-', '--site', 'ebay'], io);
    expect(io.out).toBe('');
  });
});

describe('regions command', () => {
  it('prints one {"text","region"} line per input line', async () => {
    const io = fakeIo({ 'r.txt': '内蒙古 鄂尔多斯\nLocated in Tulsa, Oklahoma, United States\n老王\n' });
    await regions.run(['r.txt', '--site', 'ebay'], io);
    expect(lines(io.out)).toEqual([
      { text: '内蒙古 鄂尔多斯', region: { country: 'CN', subdivision: 'CN-NM', text: '内蒙古 鄂尔多斯' } },
      {
        text: 'Located in Tulsa, Oklahoma, United States',
        region: { country: 'US', subdivision: 'US-OK', text: 'Located in Tulsa, Oklahoma, United States' },
      },
      { text: '老王', region: null },
    ]);
  });

  it('rejects an unknown site', async () => {
    await expect(regions.run(['-', '--site', 'EBAY'], fakeIo({ '-': 'x' }))).rejects.toThrow(CliError);
  });
});
