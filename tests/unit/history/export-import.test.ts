import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createHistoryApi } from '@/lib/background/history-api';
import { openHistoryDb } from '@/lib/history';
import { CSV_COLUMNS } from '@/lib/history/csv';
import { parseHistoryJsonl } from '@/lib/history/jsonl';
import { generateSampleHistory } from '@/lib/history/sample';
import type { HistoryStore } from '@/lib/history/store';
import { importReportSchema } from '@/lib/messages/history-responses';
import { unpackChunk } from '@/lib/trend/chunk';
import { DEFAULT_TREND_OPTIONS } from '@/lib/trend/options';
import { listing, NOW, seen } from '../trend/fixtures';

const stores: HistoryStore[] = [];
function freshApi() {
  const store = openHistoryDb('io-history', new IDBFactory());
  stores.push(store);
  return { store, api: createHistoryApi(store, async () => DEFAULT_TREND_OPTIONS, { storage: {} }) };
}
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

const jsonl = (values: unknown[]) => `${values.map((v) => JSON.stringify(v)).join('\n')}\n`;

describe('export → clear → import', () => {
  it('restores every Observation exactly, oldest first', async () => {
    const { api } = freshApi();
    const sample = generateSampleHistory(42, new Date(NOW));
    // Awkward values must survive too: a millisecond instant, a title with every CSV hazard.
    sample.push({
      ...seen({ id: 'odd', amount: 3999.5 }, 0.5),
      title: '矿机, "S19j Pro"\n第二行 =SUM(A1)',
      observedAt: '2026-06-30T00:00:00.123Z',
    });
    const report = await api.importHistory(jsonl(sample));
    expect(report).toEqual({ added: sample.length, duplicates: 0, rejected: [] });

    const exported = await api.exportHistory('jsonl');
    const back = parseHistoryJsonl(exported);
    expect(back.rejected).toEqual([]);
    const byTime = [...sample].sort((a, b) => Date.parse(a.observedAt) - Date.parse(b.observedAt));
    expect(back.observations.map((o) => o.observedAt)).toEqual(byTime.map((o) => o.observedAt));
    expect(new Set(back.observations.map((o) => JSON.stringify(o)))).toEqual(
      new Set(sample.map((o) => JSON.stringify(o))),
    );

    await api.clearHistory();
    expect(await api.exportHistory('jsonl')).toBe('');
    expect(await api.importHistory(exported)).toEqual({ added: sample.length, duplicates: 0, rejected: [] });
    expect(await api.exportHistory('jsonl')).toBe(exported);
  });

  it('restores live-ingested listings exactly, rigs and non-rigs alike', async () => {
    const { api, store } = freshApi();
    const day = (d: number) => new Date(NOW - d * 86_400_000).toISOString();
    const page = (fanPrice: number, rigPrice: number) => [
      listing({ id: 'rig', amount: rigPrice }),
      { ...listing({ id: 'fan', amount: fanPrice, isMiningRig: false }), title: `fan ${fanPrice}` },
      { ...listing({ id: 'psu', amount: 80, isMiningRig: false }), miner: null },
    ];
    await api.ingestAndJudge(page(50, 4000), day(5));
    await api.ingestAndJudge(page(50, 4000), day(4));
    await api.ingestAndJudge(page(45, 4000), day(3));
    await api.ingestAndJudge(page(45, 3800), day(2));
    expect(await store.counts()).toEqual({ observations: 5, listings: 3 });
    const exported = await api.exportHistory('jsonl');
    const first = parseHistoryJsonl(exported).observations;
    expect(first.map((o) => [o.listingId, o.isMiningRig, o.price?.amount, o.title])).toEqual([
      ['fan', false, 50, 'fan 50'],
      ['psu', false, 80, 'Antminer S19j Pro psu'],
      ['rig', true, 4000, 'Antminer S19j Pro rig'],
      ['fan', false, 45, 'fan 45'],
      ['rig', true, 3800, 'Antminer S19j Pro rig'],
    ]);
    await api.clearHistory();
    expect(await api.importHistory(exported)).toEqual({ added: 5, duplicates: 0, rejected: [] });
    expect(await api.exportHistory('jsonl')).toBe(exported);
  });

  it('is idempotent and reports rejected lines by number, keeping the rest', async () => {
    const { api } = freshApi();
    const good = [seen({ id: 'a', amount: 4000 }, 3), seen({ id: 'b', amount: 4100 }, 2)];
    const text = [
      JSON.stringify(good[0]),
      '{not json',
      '',
      JSON.stringify({ ...good[1], observedAt: 'yesterday' }),
      JSON.stringify(good[1]),
      JSON.stringify(good[0]),
    ].join('\r\n');
    const report = await api.importHistory(text);
    expect(importReportSchema.parse(report)).toEqual(report);
    expect(report.added).toBe(2);
    expect(report.duplicates).toBe(1);
    expect(report.rejected.map((r) => r.line)).toEqual([2, 4]);
    expect(report.rejected[0]?.reason).toMatch(/not JSON/);
    expect(report.rejected[1]?.reason).toMatch(/observedAt/);
    expect(await api.importHistory(text)).toMatchObject({ added: 0, duplicates: 3 });
  });

  it('merges observations imported out of order into one lifecycle and trend sample', async () => {
    const { api, store } = freshApi();
    const later = seen({ id: 'x', amount: 3500 }, 1);
    const earlier = seen({ id: 'x', amount: 4000 }, 20);
    await api.importHistory(jsonl([later]));
    await api.importHistory(jsonl([earlier, seen({ id: 'x', amount: 3500 }, 5)]));
    const history = await api.listingHistory({ site: 'goofish', listingId: 'x' });
    expect(history?.prices.map((p) => p.amount)).toEqual([4000, 3500]);
    expect(history).toMatchObject({
      firstSeen: earlier.observedAt,
      lastSeen: later.observedAt,
      seenCount: 3,
    });
    const samples =
      (await store.samples(['Antminer S19j Pro'], 0, 1e9))
        .get('Antminer S19j Pro')
        ?.flatMap((chunk) => unpackChunk(chunk)) ?? [];
    expect(samples).toHaveLength(1);
    // Its current price was first seen 5 days ago.
    expect(samples[0]?.day).toBe(Math.floor((NOW - 5 * 86_400_000) / 86_400_000));
  });
});

describe('CSV export', () => {
  it('has a header and quotes commas, quotes, line breaks and formulas', async () => {
    const { api } = freshApi();
    const tricky = { ...seen({ id: 'q', amount: 4000 }, 1), title: '=1+1, "好" 矿机\n第二行' };
    await api.importHistory(jsonl([tricky]));
    const csv = await api.exportHistory('csv');
    const [header, ...rest] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(rest.join('\r\n')).toContain(`"'=1+1, ""好"" 矿机\n第二行"`);
    expect(csv.endsWith('\r\n')).toBe(true);
    // The row parses back into the same number of cells as the header.
    expect(parseCsvRow(rest.join('\r\n'))).toHaveLength(CSV_COLUMNS.length);
  });
});

/** A minimal RFC 4180 reader for one record (test only). */
function parseCsvRow(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') break;
    else cell += ch;
  }
  cells.push(cell);
  return cells;
}
