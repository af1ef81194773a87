import { bandKeys, estimatedSimilarity, minHashSignature, normaliseText, shingles } from './minhash';

const jaccard = (left: Set<string>, right: Set<string>) => [...left].filter((shingle) => right.has(shingle)).length / new Set([...left, ...right]).size;
const article = '春节将至，社群准备了一系列线上活动：除夕夜红包雨、元宵节猜灯谜、会员专属的新春礼盒抽奖。欢迎大家邀请好友一起参与，分享你家乡的年味故事，点赞最多的三位将获得限量周边。';

describe('minhash', () => {
  it('should shingle Chinese text by characters, ignoring punctuation, spaces and width', () => {
    expect(normaliseText('春节 快乐！ＡＢ')).toBe('春节快乐ab');
    expect([...shingles('春节快乐')]).toEqual(['春节快', '节快乐']);
    expect([...shingles('好')]).toEqual(['好']);
    expect(shingles(' 。！')).toEqual(new Set());
  });

  it('should give the same text the same signature, and no signature to empty text', () => {
    expect(minHashSignature(article)).toEqual(minHashSignature(`  ${article}！`));
    expect(minHashSignature('，。 ')).toBeNull();
  });

  it('should estimate the Jaccard similarity of a lightly edited copy within 0.1', () => {
    const edited = article.replace('三位', '五位').replace('限量周边', '社群徽章');
    const estimate = estimatedSimilarity(minHashSignature(article)!, minHashSignature(edited)!);
    expect(Math.abs(estimate - jaccard(shingles(article), shingles(edited)))).toBeLessThan(0.1);
    expect(estimate).toBeGreaterThan(0.7);
  });

  it('should rate unrelated texts near zero', () => {
    const other = '本周技术分享会主题是数据库索引优化，主讲人将演示如何分析慢查询并给出改进方案，名额有限请提前报名。';
    expect(estimatedSimilarity(minHashSignature(article)!, minHashSignature(other)!)).toBeLessThan(0.1);
  });

  it('should let a near copy share a band key with the original, and an unrelated text share none', () => {
    const copy = bandKeys(minHashSignature(`${article}快来吧`)!);
    const original = new Set(bandKeys(minHashSignature(article)!));
    expect(copy.some((key) => original.has(key))).toBe(true);
    expect(bandKeys(minHashSignature('完全不同的一段话，讲的是周末爬山的路线和装备清单。')!).some((key) => original.has(key))).toBe(false);
    expect(copy).toHaveLength(32);
  });
});
