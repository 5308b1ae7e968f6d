import { describe, expect, it } from 'vitest';
import { recogniseTitle } from '@/lib/recognise';
import { recognitionSchema } from '@/lib/schema';
import { CASES } from './cases';
import { differences, score } from './evaluate';

describe('recogniseTitle on the labelled titles', () => {
  it('has at least 300 cases covering every exclusion kind but adverts', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(300);
    const kinds = new Set(CASES.map((c) => c.exclusion));
    for (const kind of [null, 'part', 'service', 'wanted', 'not-mining']) expect(kinds).toContain(kind);
  });

  it.each(CASES.map((c) => [c.title, c] as const))('%s', (_title, c) => {
    const r = recogniseTitle(c.title, c.extra);
    expect(recognitionSchema.parse(r)).toEqual(r);
    expect(differences(c, r)).toEqual([]);
  });

  it('meets the precision, recall, model and hashrate goals', () => {
    const s = score(CASES);
    console.log(`recognition on ${s.cases} titles: ${JSON.stringify(s, null, 1)}`);
    expect(s.precision).toBeGreaterThanOrEqual(0.98);
    expect(s.recall).toBeGreaterThanOrEqual(0.97);
    expect(s.modelAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(s.hashrateAccuracy).toBeGreaterThanOrEqual(0.97);
  });
});

describe('recogniseTitle details', () => {
  it('gives the shape of interfaces.md for the issue example', () => {
    expect(recogniseTitle('蚂蚁S19j Pro 104T 内蒙古矿场下架')).toEqual({
      isMiningRig: true,
      exclusion: null,
      miner: {
        model: 'Antminer S19j Pro',
        vendor: 'Bitmain',
        algorithm: 'SHA-256',
        hashrateHs: 104e12,
        hashrateSource: 'listing',
        powerW: null,
      },
      quantity: 1,
      unitsOffered: 1,
      perUnit: true,
    });
  });

  it('uses the nominal figure, marked catalog, when the title states none or an absurd one', () => {
    for (const title of ['蚂蚁 S19 矿机', '蚂蚁s19 950t', 'Antminer S19 9.5G']) {
      expect(recogniseTitle(title).miner).toMatchObject({ hashrateHs: 95e12, hashrateSource: 'catalog' });
    }
  });

  it('invents nothing for a model the catalog lacks', () => {
    expect(recogniseTitle('Whatsminer M36S').miner).toEqual({
      model: 'Whatsminer M36S',
      vendor: 'MicroBT',
      algorithm: 'SHA-256',
      hashrateHs: null,
      hashrateSource: null,
      powerW: null,
    });
  });

  it('reads the unit against the algorithm: an L7 "9050M" is 9.05 GH/s, a KS0 "100G" 100 GH/s', () => {
    expect(recogniseTitle('L7 9050M').miner?.hashrateHs).toBe(9.05e9);
    expect(recogniseTitle('冰河KS0 100G').miner?.hashrateHs).toBe(100e9);
    expect(recogniseTitle('Antminer L7 9,050 MH/s').miner?.hashrateHs).toBe(9.05e9);
  });

  it('takes the hashrate from attributes, then the description, but exclusions from the title only', () => {
    const r = recogniseTitle('Antminer S19j Pro', {
      attributes: ['Hash Rate: 96 TH/s'],
      description: 'We also offer hosting and repair. 3050W',
    });
    expect(r.isMiningRig).toBe(true);
    expect(r.miner).toMatchObject({ hashrateHs: 96e12, hashrateSource: 'listing', powerW: 3050 });
  });

  it('never reads a watt figure or a price as a hashrate', () => {
    const r = recogniseTitle('蚂蚁S19 3250W ¥2800');
    expect(r.miner).toMatchObject({ hashrateHs: 95e12, hashrateSource: 'catalog', powerW: 3250 });
  });
});

describe('recogniseTitle regressions found by fuzzing', () => {
  it('drops a power derived from an efficiency in the wrong unit (S19GH/s面议L7J/T)', () => {
    const r = recogniseTitle('S19GH/s面议L7J/T');
    expect(recognitionSchema.safeParse(r).success).toBe(true);
    expect(r.miner?.powerW ?? null).toBeNull();
  });
});
