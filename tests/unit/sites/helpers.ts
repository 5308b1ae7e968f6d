/** Loading saved pages for the site tests: the fixtures in tests/fixtures and the real captures. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import type { Listing } from '@/lib/schema';

export const FIXTURES = resolve(__dirname, '../../fixtures');
/** ../shared/fixtures/real beside the repository (CI has it; the tests fail without it). */
export const REAL = resolve(process.cwd(), '../shared/fixtures/real');

/** What a fixture's `<name>.expected.json` promises. */
export interface Expected {
  url: string;
  pageKind: 'search' | 'item' | 'other';
  listings: ExpectedListing[];
}

export interface ExpectedListing {
  listingId: string;
  url: string;
  title: string;
  price: Listing['price'];
  regionText: string | null;
  postedAt: string | null;
}

export interface Fixture {
  site: 'goofish' | 'ebay';
  name: string;
  file: string;
  kind: 'html' | 'json';
  expected: Expected;
}

/** Every saved page with an expected file, by site. */
export function listFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const site of ['goofish', 'ebay'] as const) {
    const dir = join(FIXTURES, site);
    for (const file of readdirSync(dir).sort()) {
      const m = /^(.+)\.(html|json)$/.exec(file);
      if (!m || file.endsWith('.expected.json')) continue;
      const name = m[1] as string;
      const expectedFile = join(dir, `${name}.expected.json`);
      if (!existsSync(expectedFile)) throw new Error(`fixture ${site}/${file} has no ${name}.expected.json`);
      out.push({
        site,
        name,
        file: join(dir, file),
        kind: m[2] as 'html' | 'json',
        expected: JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected,
      });
    }
  }
  return out;
}

/** Parse saved HTML as the page at `url` (scripts and styles are never run or loaded). */
export function parseHtml(html: string, url: string): { doc: Document; close(): Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { doc, close: () => window.happyDOM.close() };
}

/** Parse a fixture file's HTML at its expected URL. */
export function loadHtml(fixture: Fixture): { doc: Document; close(): Promise<void> } {
  return parseHtml(readFileSync(fixture.file, 'utf8'), fixture.expected.url);
}

/** The key fields of a listing, in the shape of the expected files. */
export function keyFields(listing: Listing): ExpectedListing {
  return {
    listingId: listing.listingId,
    url: listing.url,
    title: listing.title,
    price: listing.price,
    regionText: listing.region?.text ?? null,
    postedAt: listing.postedAt,
  };
}
