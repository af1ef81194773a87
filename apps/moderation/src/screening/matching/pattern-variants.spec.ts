import { patternVariants } from './pattern-variants';

const texts = (word: string, options: { matchPinyin: boolean; matchAbbreviations: boolean }) =>
  patternVariants(word, options).map((variant) => `${variant.kind}:${variant.text}`);

describe('patternVariants', () => {
  it('should give the literal alone when the entry asks for nothing more', () => {
    expect(texts('微信', { matchPinyin: false, matchAbbreviations: false })).toEqual(['literal:微信']);
  });

  it('should mix characters and pinyin, polyphones in the reading the word gives them', () => {
    expect(texts('微信', { matchPinyin: true, matchAbbreviations: false }).sort()).toEqual(
      ['literal:微信', 'pinyin:weixin', 'pinyin:wei信', 'pinyin:微xin'].sort(),
    );
    expect(texts('银行', { matchPinyin: true, matchAbbreviations: false })).toContain('pinyin:yinhang');
    expect(texts('银行', { matchPinyin: true, matchAbbreviations: false })).not.toContain('pinyin:yinxing');
  });

  it('should give words longer than four characters their full pinyin only', () => {
    const variants = texts('代开增值税发票', { matchPinyin: true, matchAbbreviations: false });
    expect(variants).toContain('pinyin:daikaizengzhishuifapiao');
    expect(variants.every((variant) => variant === 'literal:代开增值税发票' || /^pinyin:[a-z]+$/.test(variant))).toBe(true);
  });

  it('should put stand-ins in place of the word inside a longer entry', () => {
    expect(texts('加微信', { matchPinyin: false, matchAbbreviations: true })).toEqual(
      expect.arrayContaining(['abbreviation:加vx', 'abbreviation:加v信', 'abbreviation:加薇信']),
    );
  });
});
