import fc from 'fast-check';
import { censorText, MASK, type TextRange } from './censor';

describe('censorText', () => {
  it('should mask each code point of a range once, emoji and surrogate pairs included', () => {
    const text = '😀微😀信𠮷!';
    expect(censorText(text, [{ start: 2, end: 6 }])).toBe('😀***𠮷!');
  });

  it('should merge overlapping masks and let a mask win over a replacement it touches', () => {
    expect(censorText('abcdefgh', [{ start: 1, end: 3 }, { start: 2, end: 5 }], [{ start: 4, end: 6, replacement: 'X' }])).toBe('a****fgh');
  });

  it('should replace non-overlapping ranges, the longer of two at one start', () => {
    const replacements = [
      { start: 0, end: 2, replacement: '[A]' },
      { start: 0, end: 3, replacement: '[B]' },
      { start: 5, end: 6, replacement: '[C]' },
    ];
    expect(censorText('abcdefg', [], replacements)).toBe('[B]de[C]g');
  });

  it('should keep every code point outside the masked ranges and the length in code points', () => {
    const codePoint = fc.oneof(fc.constantFrom('微', '信', '😀', '𠮷', ' ', '\u200b', '👍🏽', 'a'), fc.string({ unit: 'grapheme', maxLength: 1 }));
    const scenario = fc.array(codePoint, { maxLength: 30 }).chain((pieces) => {
      const text = pieces.join('');
      const boundaries = [0];
      for (const codePointText of Array.from(text)) boundaries.push(boundaries.at(-1)! + codePointText.length);
      const range = fc
        .tuple(fc.nat(boundaries.length - 1), fc.nat(boundaries.length - 1))
        .map(([a, b]): TextRange => ({ start: boundaries[Math.min(a, b)]!, end: boundaries[Math.max(a, b)]! }));
      return fc.tuple(fc.constant(text), fc.array(range, { maxLength: 4 }));
    });
    fc.assert(
      fc.property(scenario, ([text, masks]) => {
        const original = Array.from(text);
        const censored = Array.from(censorText(text, masks));
        expect(censored).toHaveLength(original.length);
        let offset = 0;
        original.forEach((codePoint, index) => {
          const masked = masks.some((mask) => offset >= mask.start && offset < mask.end);
          expect(censored[index]).toBe(masked ? MASK : codePoint);
          offset += codePoint.length;
        });
      }),
    );
  });
});
