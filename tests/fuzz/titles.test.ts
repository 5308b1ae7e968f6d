/**
 * The title recogniser runs on every card of every marketplace page: any text must give a
 * well-formed Recognition, quickly, and never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recogniseTitle } from '@/lib/recognise';
import { recognitionSchema } from '@/lib/schema';
import { fuzzText, PATHOLOGICAL } from './arbitraries';

/** The schema plus what the schema leaves open: finite figures and a consistent exclusion. */
function expectWellFormed(title: string, result: ReturnType<typeof recogniseTitle>): void {
  const parsed = recognitionSchema.safeParse(result);
  if (!parsed.success)
    throw new Error(`malformed recognition for ${JSON.stringify(title)}: ${parsed.error.message}`);
  // A rig may be of an unknown model (miner null); a non-rig never names a miner and always says why.
  if (result.isMiningRig) {
    expect(result.exclusion).toBeNull();
  } else {
    expect(result.exclusion).not.toBeNull();
    expect(result.miner).toBeNull();
  }
  if (result.miner?.hashrateHs != null) expect(Number.isFinite(result.miner.hashrateHs)).toBe(true);
  expect(result.unitsOffered).toBeGreaterThanOrEqual(1);
}

describe('recogniseTitle under fuzzing', () => {
  it('answers every text with a well-formed recognition', () => {
    fc.assert(
      fc.property(fuzzText, (title) => expectWellFormed(title, recogniseTitle(title))),
      { numRuns: 3000 },
    );
  });

  it('answers every text with attributes and a description too', () => {
    fc.assert(
      fc.property(
        fuzzText,
        fc.array(fuzzText, { maxLength: 4 }),
        fuzzText,
        (title, attributes, description) =>
          expectWellFormed(title, recogniseTitle(title, { attributes, description })),
      ),
      { numRuns: 1000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fuzzText, (title) => {
        expect(recogniseTitle(title)).toEqual(recogniseTitle(title));
      }),
      { numRuns: 500 },
    );
  });

  it('tolerates values that are not strings (a page can hand over anything)', () => {
    for (const value of [null, undefined, 42, {}, [], Symbol.iterator.toString(), Number.NaN])
      expect(() => recogniseTitle(value as unknown as string)).not.toThrow();
  });

  it.each(PATHOLOGICAL.map((text) => [text.slice(0, 24), text]))(
    'stays fast on %j… repeated',
    (_name, text) => {
      const start = performance.now();
      expectWellFormed(text, recogniseTitle(text));
      // Linear work on the first 2000 characters takes well under a millisecond; a backtracking
      // regex takes seconds. 250 ms leaves room for a heavily loaded machine.
      expect(performance.now() - start).toBeLessThan(250);
    },
  );
});
