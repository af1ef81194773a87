import { gapBefore, normaliseText, originalRange } from './normalised-text';

describe('normaliseText', () => {
  it.each([
    ['traditional to simplified', '賭博發財', '赌博发财'],
    ['full-width to half-width', 'ＦＵＣＫ１２３', 'fuck123'],
    ['case', 'WeChat', 'wechat'],
    ['separators and spaces', '微 信-号.码_好', '微信号码好'],
    ['zero-width and other invisible characters', 'a\u200bb\u200cc\u200dd\ufeffe\u00adf', 'abcdef'],
    ['emoji', '微😀信👍🏽', '微信'],
    ['Cyrillic and mathematical look-alikes', 'fцck 𝐬𝐡𝐢𝐭', 'fuckshit'],
    ['accents', 'fück', 'fuck'],
    ['circled and enclosed letters and digits', 'ⓕ①', 'f1'],
  ])('should fold %s', (_, original, expected) => {
    expect(normaliseText(original).text).toBe(expected);
  });

  it('should map every normalised unit back to its original code point, surrogate pairs whole', () => {
    const original = '😀賭𠮷-博';
    const normalised = normaliseText(original);
    expect(normalised.text).toBe('赌𠮷博');
    const pieces = Array.from({ length: normalised.text.length }, (_, index) =>
      original.slice(normalised.starts[index], normalised.ends[index]),
    );
    expect(pieces).toEqual(['賭', '𠮷', '𠮷', '博']);
  });

  it('should cover the dropped separators inside a range but not around it', () => {
    const normalised = normaliseText('A: 微 - 信 !');
    const range = originalRange(normalised, 1, 3);
    expect('A: 微 - 信 !'.slice(range.start, range.end)).toBe('微 - 信');
  });

  it('should report a gap only where something was dropped', () => {
    const normalised = normaliseText('ab c');
    expect([gapBefore(normalised, 1), gapBefore(normalised, 2)]).toEqual([false, true]);
  });

  it('should map each unit of a code point that NFKC expands to the whole code point', () => {
    const normalised = normaliseText('x㍻');
    expect(normalised.text).toBe('x平成');
    expect([...normalised.starts]).toEqual([0, 1, 1]);
    expect([...normalised.ends]).toEqual([1, 2, 2]);
  });
});
