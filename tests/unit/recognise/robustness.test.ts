import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recogniseTitle } from '@/lib/recognise';
import { recognitionSchema } from '@/lib/schema';

function valid(title: string, extra?: Parameters<typeof recogniseTitle>[1]): void {
  const r = recogniseTitle(title, extra);
  expect(recognitionSchema.safeParse(r).success).toBe(true);
  if (!r.isMiningRig) {
    expect(r.miner).toBeNull();
    expect(r.exclusion).not.toBeNull();
  }
}

// Seller-ish fragments, so generated strings hit the model, unit and quantity paths, not just noise.
const FRAGMENTS = [
  '蚂蚁',
  'S19',
  'j',
  ' Pro',
  '+',
  '++',
  'Hyd',
  '水冷',
  ' ',
  '104',
  'T',
  'TH/s',
  'M',
  'G',
  'K',
  ',',
  '.',
  '台',
  '打包',
  '单价',
  'x',
  '5',
  '收',
  '回收',
  '电源',
  '带',
  'w/',
  'PSU',
  '6卡',
  'RTX',
  '3070',
  'Асик',
  'Тх/с',
  'GH/s',
  'J/T',
  'W/T',
  'L7',
  'M30S',
  '-',
  '~',
  '(2)',
  '1246',
  '阿瓦隆',
  'W',
  '瓦',
  'J/th',
  '😀',
  '\u0000',
  '\uFF33',
  '-',
  '（',
  '）',
  'lot of',
];

describe('recogniseTitle never throws and always answers in shape', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => valid(s)),
      { numRuns: 500 },
    );
  });

  it('on strings built from seller fragments', () => {
    const title = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(title, fc.array(title, { maxLength: 3 }), title, (t, attributes, description) =>
        valid(t, { attributes, description }),
      ),
      { numRuns: 1000 },
    );
  });

  it('on empty, huge, emoji and mixed-script input, quickly', () => {
    const noise = Array.from({ length: 10_240 }, (_, i) =>
      String.fromCharCode(32 + ((i * 7919) % 20000)),
    ).join('');
    const inputs = [
      '',
      '\n',
      noise,
      '🚀'.repeat(5000),
      'S19 '.repeat(3000),
      '1,'.repeat(5000),
      '9'.repeat(10_000),
      'x'.repeat(10_000),
      '蚂蚁S19j Pro 104T Асик майнер 🚀 Ｓ１９ 𠀀𠀁 مرحبا',
      'apw'.repeat(3000),
    ];
    for (const input of inputs) {
      const start = performance.now();
      valid(input, { attributes: [input], description: input });
      expect(performance.now() - start).toBeLessThan(200);
    }
  });

  it('on values that are not strings at all', () => {
    expect(recogniseTitle(undefined as unknown as string).exclusion).toBe('not-mining');
    expect(recogniseTitle(42 as unknown as string).isMiningRig).toBe(false);
  });
});
