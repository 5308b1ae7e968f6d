import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { command } from '@/lib/cli/commands/page';
import { CliError } from '@/lib/cli/types';
import { listingSchema } from '@/lib/schema';
import { fakeIo } from '../cli/fake-io';
import { FIXTURES, REAL } from './helpers';

const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

async function run(args: string[], files: Record<string, string>) {
  const io = fakeIo(files);
  await command.run(args, io);
  return JSON.parse(io.out) as { site: string; pageKind: string; listings: unknown[] };
}

describe('page <file> --url <url>', () => {
  it('reads a saved eBay page: every listing, rig or not, in page order', async () => {
    const out = await run(['s.html', '--url', 'https://www.ebay.com/sch/i.html?_nkw=antminer'], {
      's.html': fixture('ebay/search-legacy-s-item.html'),
    });
    expect(out.site).toBe('ebay');
    expect(out.pageKind).toBe('search');
    expect(Object.keys(out)).toEqual(['site', 'pageKind', 'listings']);
    expect(out.listings).toHaveLength(11);
    for (const listing of out.listings) expect(listingSchema.safeParse(listing).success).toBe(true);
  });

  it('reads a saved goofish mtop JSON response', async () => {
    const out = await run(['--url=https://www.goofish.com/search?q=s19', 'r.json'], {
      'r.json': fixture('goofish/mtop-search.json'),
    });
    expect(out).toMatchObject({ site: 'goofish', pageKind: 'search' });
    expect(out.listings).toHaveLength(8);
  });

  it('reads the goofish item detail JSON as an item page', async () => {
    const out = await run(['d.json', '--url', 'https://www.goofish.com/item?id=788636250267'], {
      'd.json': fixture('goofish/mtop-detail.json'),
    });
    expect(out.pageKind).toBe('item');
    expect(out.listings).toHaveLength(1);
  });

  it('reads the real 2022 eBay.de capture from standard input', async () => {
    const out = await run(['-', '--url', 'https://www.ebay.de/sch/i.html?_nkw=apple'], {
      '-': readFileSync(join(REAL, 'ebay-de-search-2022.html'), 'utf8'),
    });
    expect(out.listings).toHaveLength(64);
  });

  it.each([
    [['x.html'], /missing --url/],
    [['--url', 'https://www.ebay.com/sch/i.html'], /missing page file/],
    [['x.html', '--url', 'not a url'], /not a URL/],
    [['x.html', '--url', 'https://www.amazon.com/s?k=s19'], /no adapter for www\.amazon\.com/],
    [['missing.html', '--url', 'https://www.ebay.com/sch/i.html'], /no such file/],
    [['empty.html', '--url', 'https://www.ebay.com/sch/i.html'], /empty file/],
    [['bad.json', '--url', 'https://www.goofish.com/search?q=x'], /not valid JSON/],
    [['r.json', '--url', 'https://www.ebay.com/sch/i.html'], /read from saved HTML/],
    [['x.html', '--url', 'https://www.ebay.com/', '--site', 'ebay'], /unknown option --site/],
  ])('%j → one clear CliError', async (args, message) => {
    const files = {
      'x.html': '<html></html>',
      'empty.html': '  \n',
      'bad.json': '{"data": ',
      'r.json': '{}',
    };
    await expect(run(args, files)).rejects.toThrow(CliError);
    await expect(run(args, files)).rejects.toThrow(message);
  });
});
