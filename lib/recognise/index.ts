/**
 * Title recogniser: what a marketplace title says about a mining rig (interfaces.md `titles`).
 * First cut: catalog lookup of tokens, keyword exclusions, a stated hashrate. Refined below.
 */
import { findCatalogModel, rateUnitFor } from '@/lib/catalog';
import type { Recognition } from '@/lib/schema';

const WANTED = /回收|求购|收购|we buy|\bwtb\b|куплю/;
const SERVICE = /托管|hosting|维修|repair|租赁|rental/;
const PART = /电源|psu|apw\d|算力板|hash ?board|控制板|control board|风扇|静音箱|enclosure/;
const OTHER = /矿泉水|矿灯|矿石|minecraft|t-?shirt/;
const HASHRATE = /(\d+(?:[.,]\d+)?)\s?(t|g|m|k)(?:h(?:\/s)?)?(?![a-z])/;
const EXPONENT: Record<string, number> = { t: 12, g: 9, m: 6, k: 3 };

/** Recognise one title; never throws. */
export function recogniseTitle(
  title: string,
  _extra?: { attributes?: readonly string[]; description?: string },
): Recognition {
  const s = String(title).slice(0, 2000).normalize('NFKC').toLowerCase();
  const none = (exclusion: Recognition['exclusion']): Recognition => ({
    isMiningRig: false,
    exclusion,
    miner: null,
    quantity: 1,
    unitsOffered: 1,
    perUnit: true,
  });
  if (OTHER.test(s)) return none('not-mining');
  const tokens = s.split(/\s+/);
  let entry = null;
  for (let i = 0; i < tokens.length && !entry; i++) {
    entry = findCatalogModel(`${tokens[i]}${tokens[i + 1] ?? ''}`) ?? findCatalogModel(tokens[i] ?? '');
  }
  if (!entry) return none('not-mining');
  if (WANTED.test(s)) return none('wanted');
  if (SERVICE.test(s)) return none('service');
  if (PART.test(s)) return none('part');
  const m = HASHRATE.exec(s);
  let hashrateHs = entry.hashrateHs;
  let source: 'listing' | 'catalog' = 'catalog';
  if (m) {
    const value = Number(`${(m[1] as string).replace(',', '.')}e${EXPONENT[m[2] as string]}`);
    const ratio = value / entry.hashrateHs;
    if (ratio > 0.3 && ratio < 2.5 && rateUnitFor(entry.algorithm)) {
      hashrateHs = value;
      source = 'listing';
    }
  }
  return {
    isMiningRig: true,
    exclusion: null,
    miner: {
      model: entry.model,
      vendor: entry.vendor,
      algorithm: entry.algorithm,
      hashrateHs,
      hashrateSource: source,
      powerW: null,
    },
    quantity: 1,
    unitsOffered: 1,
    perUnit: true,
  };
}
