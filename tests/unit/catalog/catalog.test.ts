import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOG, findCatalogModel, rateUnitFor } from '@/lib/catalog';
import { parseMinersCsv, renderCatalogModule } from '@/lib/catalog/generate';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// CI has ../shared beside the project; a missing CSV must fail this test, not skip it.
const csvPath = `${root}../shared/reference/miners.csv`;

describe('bundled catalog', () => {
  it('is exactly what scripts/gen-catalog.ts makes of miners.csv', () => {
    const csv = readFileSync(csvPath, 'utf8');
    const checkedIn = readFileSync(`${root}lib/catalog/miners.generated.ts`, 'utf8');
    expect(checkedIn).toBe(renderCatalogModule(csv));
  });

  it('holds every CSV model with its canonical name, vendor, algorithm, H/s and power', () => {
    const rows = parseMinersCsv(readFileSync(csvPath, 'utf8'));
    expect(CATALOG.length).toBe(rows.length);
    expect(CATALOG.find((m) => m.model === 'Antminer S19j Pro')).toMatchObject({
      vendor: 'Bitmain',
      algorithm: 'SHA-256',
      hashrateHs: 104e12,
      powerW: 3068,
    });
    expect(CATALOG.find((m) => m.model === 'Antminer L7')?.hashrateHs).toBe(9.5e9);
    expect(CATALOG.find((m) => m.model === 'Antminer D7')?.hashrateHs).toBe(1.286e12);
    expect(CATALOG.find((m) => m.model === 'Antminer Z15')?.hashrateHs).toBe(420e3);
  });

  it('finds every model by its canonical name, and each compact key names one model only', () => {
    const owner = new Map<string, string>();
    for (const entry of CATALOG) {
      expect(findCatalogModel(entry.model)?.model).toBe(entry.model);
      for (const key of entry.keys) {
        expect(owner.get(key) ?? entry.model, key).toBe(entry.model);
        owner.set(key, entry.model);
      }
    }
  });

  it.each([
    ['蚂蚁S19jPro', 'Antminer S19j Pro'],
    ['s19j pro', 'Antminer S19j Pro'],
    ['S19J-PRO', 'Antminer S19j Pro'],
    ['whatminer m30s++', 'Whatsminer M30S++'],
    ['M30s++', 'Whatsminer M30S++'],
    ['A1246', 'AvalonMiner 1246'],
    ['1246', 'AvalonMiner 1246'],
    ['阿瓦隆1246', 'AvalonMiner 1246'],
    ['E9PRO', 'Antminer E9 Pro'],
    ['s19xp水冷', 'Antminer S19 XP Hyd'],
    ['Antminer S21 Hydro', 'Antminer S21 Hyd'],
    ['S19 Pro Plus Hyd', 'Antminer S19 Pro+ Hyd'],
    ['神马M50S', 'Whatsminer M50S'],
    ['Ｓ１９ｋ　Ｐｒｏ', 'Antminer S19k Pro'],
    ['mini doge pro', 'Goldshell Mini-DOGE Pro'],
  ])('reads the seller spelling %s as %s', (name, model) => {
    expect(findCatalogModel(name)?.model).toBe(model);
  });

  it('answers null for names it does not know', () => {
    expect(findCatalogModel('')).toBeNull();
    expect(findCatalogModel('Galaxy S21 Ultra')).toBeNull();
    expect(findCatalogModel('Whatsminer M36S')).toBeNull();
  });

  it('refuses a CSV it cannot read rather than bundle a wrong catalog', () => {
    const header = 'model,vendor,algorithm,hashrate,unit,power_w,released,notes';
    expect(() => parseMinersCsv('name,vendor\nX,Y')).toThrow(/header/);
    expect(() => parseMinersCsv(`${header}\nAntminer X,Bitmain,SHA-256,100,PH/s,3000,2024,`)).toThrow(
      /line 2/,
    );
    expect(() => parseMinersCsv(`${header}\nAntminer X,Bitmain,SHA-256,abc,TH/s,3000,2024,`)).toThrow(
      /line 2/,
    );
    const quoted = `${header}\n"Antminer ""X""",Bitmain,SHA-256,1.5,GH/s,30,2024,"a, b"`;
    expect(parseMinersCsv(quoted)).toEqual([['Antminer "X"', 'Bitmain', 'SHA-256', 1.5e9, 30, '2024']]);
  });

  it('knows a pricing unit for every catalog algorithm', () => {
    for (const entry of CATALOG) {
      const unit = rateUnitFor(entry.algorithm);
      // The nominal figure reads as a sensible number of units (0.1 … 100 000).
      const units = entry.hashrateHs / unit.hs;
      expect(units, entry.model).toBeGreaterThanOrEqual(0.1);
      expect(units, entry.model).toBeLessThan(100_000);
    }
  });
});
