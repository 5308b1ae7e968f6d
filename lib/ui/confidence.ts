import type { Verdict } from '@/lib/schema';

/** How far a verdict can be trusted, from how much evidence and how local it is. */
export type Confidence = 'high' | 'medium' | 'low';

/**
 * A verdict's confidence from its basis. A regional trend of many listings is high; few
 * listings, or a trend borrowed from all regions (prices differ by province and country),
 * lower it. Null when there is no verdict to trust.
 */
export function confidenceOf(verdict: Verdict): Confidence | null {
  if (verdict.verdict === 'unknown' || verdict.expected === null) return null;
  const { points, level } = verdict.basis;
  const local = level === 'subdivision' || level === 'country';
  if (points >= 15 && local) return 'high';
  if (points >= 30) return 'medium';
  if (points >= 6) return local ? 'medium' : 'low';
  return 'low';
}
