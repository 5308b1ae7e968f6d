/**
 * The round trip in real Chromium: a saved goofish search page → content script → background →
 * IndexedDB → popup. Every listing card gets a badge, the Observations are in the store (read
 * back through the extension's own export), the popup lists them, and the extension makes no
 * network request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionSession,
  launchWithExtension,
  openPopup,
  repoFile,
  sendFromExtension,
} from './harness';

interface Expected {
  url: string;
  listings: { listingId: string; title: string }[];
}

let session: ExtensionSession;
let expected: Expected;

beforeAll(async () => {
  expected = JSON.parse(
    (await repoFile('tests/fixtures/goofish/search-miners.expected.json')).toString('utf8'),
  );
  session = await launchWithExtension({
    pages: { [expected.url]: { body: await repoFile('tests/fixtures/goofish/search-miners.html') } },
  });
});

afterAll(async () => {
  await session?.close();
});

describe('foundation: page → content script → background → IndexedDB → popup', () => {
  it('badges every listing card, stores the observations, and the popup lists them', async () => {
    const page = await session.context.newPage();
    await page.goto(expected.url);
    const ids = expected.listings.map((listing) => listing.listingId);

    // A badge on every listing card, each settled (no longer pending) with a verdict hook.
    await expect
      .poll(() => page.locator('rigscout-badge:not([data-rigscout-state="pending"])').count(), {
        timeout: 15_000,
      })
      .toBe(ids.length);
    const badged = await page
      .locator('rigscout-badge')
      .evaluateAll((hosts) => hosts.map((host) => host.getAttribute('data-rigscout-listing')));
    expect(badged).toEqual(ids);
    const verdicts = await page
      .locator('rigscout-badge')
      .evaluateAll((hosts) => hosts.map((host) => host.getAttribute('data-rigscout-verdict')));
    for (const verdict of verdicts)
      expect(['above', 'below', 'in-line', 'unknown', 'none']).toContain(verdict);

    // The observations are in IndexedDB, read back through the extension's own export.
    const exported = await sendFromExtension<{ ok: boolean; text: string }>(session, {
      type: 'page/export-history',
      format: 'jsonl',
    });
    expect(exported.ok).toBe(true);
    const stored = exported.text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { listingId: string; title: string; observedAt: string });
    expect(new Set(stored.map((observation) => observation.listingId))).toEqual(new Set(ids));
    for (const observation of stored) {
      expect(observation.title).toBe(
        expected.listings.find((l) => l.listingId === observation.listingId)?.title,
      );
      expect(Date.parse(observation.observedAt)).toBeGreaterThan(Date.now() - 120_000);
    }

    // The popup for that tab lists the same listings, read back from the store.
    const popup = await openPopup(session, page);
    await expect.poll(() => popup.locator('li.listing').count(), { timeout: 10_000 }).toBe(ids.length);
    const listed = await popup
      .locator('li.listing')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-rigscout-listing')));
    expect(listed).toEqual(ids);

    // Nothing left the machine on the extension's behalf.
    expect(session.extensionRequests).toEqual([]);
  });
});
