/**
 * Writes snapshots/v3.json: the v2 snapshot upgraded to v3, plus live sightings made at v3 (a
 * non-rig, a price change, a title change at the same price), as v3 stores them, with what
 * they hold. Run once when v3 shipped: `npx tsx tests/unit/history/snapshots/make-v3.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openHistoryDatabase, openHistoryDb } from '@/lib/history';
import type { Observation } from '@/lib/schema';
import { listing } from '../../trend/fixtures';

const dir = new URL('./', import.meta.url);
const v2 = JSON.parse(readFileSync(new URL('v2.json', dir), 'utf8'));
const factory = new IDBFactory();
const old = await openHistoryDatabase('make', factory, 2);
const tx = old.transaction(['observations', 'listings', 'buckets'] as never, 'readwrite');
for (const [name, records] of Object.entries(v2.stores as Record<string, Record<string, unknown>[]>))
  for (const record of records) {
    const value =
      name === 'buckets'
        ? {
            ...record,
            ids: Float64Array.from(record.ids as number[]),
            unitPrices: Float64Array.from(record.unitPrices as number[]),
            hashrates: Float64Array.from(record.hashrates as number[]),
            codes: Uint32Array.from(record.codes as number[]),
          }
        : record;
    await (tx.objectStore(name as never) as unknown as { put(v: unknown): Promise<unknown> }).put(value);
  }
await tx.done;
old.close();

const store = openHistoryDb('make', factory);
const fan = {
  ...listing({ id: 'v3-fan', amount: 60, isMiningRig: false }),
  miner: null,
  title: '矿机散热风扇',
};
const rig = listing({ id: 'v3-rig', amount: 4300, sub: 'CN-NM' });
await store.ingest([fan, rig], '2026-06-01T09:00:00Z', null);
await store.ingest([fan, { ...rig, title: `${rig.title} 包邮` }], '2026-06-02T09:00:00.500Z', null);
await store.ingest(
  [{ ...fan, price: { amount: 55, currency: 'CNY', maxAmount: null } }, rig],
  '2026-06-03T09:00:00Z',
  null,
);

const db = await store.db();
const plain = (value: unknown) =>
  JSON.parse(JSON.stringify(value, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as never) : v)));
const stores: Record<string, unknown[]> = {};
for (const name of ['rows', 'listings', 'buckets', 'meta', 'journal'] as const)
  stores[name] = plain(await db.getAll(name));
const observations: Observation[] = [];
for await (const chunk of store.allObservations()) observations.push(...chunk);
const keys = [
  ...new Set([
    ...(stores.listings as { key: string }[]).map((l) => l.key),
    ...(stores.journal as { lives: { key: string }[] }[]).flatMap((j) => j.lives.map((l) => l.key)),
  ]),
];
const lifecycles = await store.lifecycles(keys);
await store.close();
writeFileSync(
  new URL('v3.json', dir),
  `${JSON.stringify({ version: 3, stores, expected: { observations, lifecycles } }, null, 2)}\n`,
);
