/** Scores the recogniser on the labelled cases: the figures docs/recognition.md reports. */
import { recogniseTitle } from '@/lib/recognise';
import type { Recognition } from '@/lib/schema';
import type { TitleCase } from './cases';

export interface Scores {
  cases: number;
  precision: number;
  recall: number;
  /** Rigs with an expected model whose model came out right. */
  modelAccuracy: number;
  /** Rigs with an expected hashrate whose hashrate came out right (within 0.1 %). */
  hashrateAccuracy: number;
  /** Non-rigs whose exclusion reason came out right. */
  exclusionAccuracy: number;
  /** Cases with a stated quantity whose quantity, units and per-unit flag came out right. */
  quantityAccuracy: number;
}

/** Every way a recognition differs from its case (empty when it matches). */
export function differences(c: TitleCase, r: Recognition): string[] {
  const out: string[] = [];
  if (r.isMiningRig !== c.rig) out.push(`isMiningRig ${r.isMiningRig}`);
  if (r.exclusion !== c.exclusion) out.push(`exclusion ${r.exclusion}`);
  if (!c.rig || !r.isMiningRig) return out;
  if (c.model !== undefined && (r.miner?.model ?? null) !== c.model) out.push(`model ${r.miner?.model}`);
  if (c.hashrateHs !== undefined && !sameRate(r.miner?.hashrateHs ?? null, c.hashrateHs))
    out.push(`hashrate ${r.miner?.hashrateHs}`);
  if (c.powerW !== undefined && (r.miner?.powerW ?? null) !== c.powerW) out.push(`power ${r.miner?.powerW}`);
  if (c.quantity !== undefined && r.quantity !== c.quantity) out.push(`quantity ${r.quantity}`);
  if (c.unitsOffered !== undefined && r.unitsOffered !== c.unitsOffered) out.push(`units ${r.unitsOffered}`);
  if (c.perUnit !== undefined && r.perUnit !== c.perUnit) out.push(`perUnit ${r.perUnit}`);
  return out;
}

function sameRate(got: number | null, want: number | null): boolean {
  if (got === null || want === null) return got === want;
  return Math.abs(got - want) <= want * 1e-3;
}

/** Precision and recall of "is a rig", and accuracy of model, hashrate, exclusion and quantity. */
export function score(cases: readonly TitleCase[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const tally = () => ({ ok: 0, all: 0 });
  const acc = { model: tally(), rate: tally(), excl: tally(), qty: tally() };
  for (const c of cases) {
    const r = recogniseTitle(c.title, c.extra);
    if (r.isMiningRig && c.rig) tp++;
    else if (r.isMiningRig) fp++;
    else if (c.rig) fn++;
    if (!c.rig) {
      acc.excl.all++;
      if (r.exclusion === c.exclusion) acc.excl.ok++;
      continue;
    }
    if (c.model !== undefined) {
      acc.model.all++;
      if ((r.miner?.model ?? null) === c.model) acc.model.ok++;
    }
    if (c.hashrateHs !== undefined) {
      acc.rate.all++;
      if (sameRate(r.miner?.hashrateHs ?? null, c.hashrateHs)) acc.rate.ok++;
    }
    if (c.quantity !== undefined) {
      acc.qty.all++;
      if (
        r.quantity === c.quantity &&
        r.unitsOffered === c.unitsOffered &&
        r.perUnit === (c.perUnit ?? r.perUnit)
      )
        acc.qty.ok++;
    }
  }
  const ratio = ({ ok, all }: { ok: number; all: number }) => (all === 0 ? 1 : ok / all);
  return {
    cases: cases.length,
    precision: tp / (tp + fp || 1),
    recall: tp / (tp + fn || 1),
    modelAccuracy: ratio(acc.model),
    hashrateAccuracy: ratio(acc.rate),
    exclusionAccuracy: ratio(acc.excl),
    quantityAccuracy: ratio(acc.qty),
  };
}
