import { scoreSentiment } from './score-sentiment';

describe(scoreSentiment.name, () => {
  it.each([
    ['客服态度差，退款拖了一个月，骗子公司！', 'negative'],
    ['质量太差了，再也不买了', 'negative'],
    ['这批货有异味，已经投诉了', 'negative'],
    ['不好用', 'negative'],
    ['一點都不滿意，騙人的', 'negative'],
    ['产品很好用，客服也很耐心，推荐！', 'positive'],
    ['不错不错，值得回购', 'positive'],
    ['没有问题，谢谢', 'positive'],
    ['今晚八点直播，记得来', 'neutral'],
    ['收到了', 'neutral'],
  ])('should read %s as %s', (text, polarity) => {
    expect(scoreSentiment(text).polarity).toBe(polarity);
  });

  it('should take a polar word that starts with a negator character whole, not negate its rest', () => {
    expect(scoreSentiment('不错').hits).toEqual([{ word: '不错', weight: 2 }]);
    expect(scoreSentiment('不满').hits).toEqual([{ word: '不满', weight: -2 }]);
  });

  it('should reverse a word a negator reaches, and affirm it when negated twice', () => {
    expect(scoreSentiment('不喜欢').hits).toEqual([{ word: '喜欢', weight: -2 }]);
    expect(scoreSentiment('不是很满意').hits).toEqual([{ word: '满意', weight: -1 }]);
    expect(scoreSentiment('不是不好').hits).toEqual([{ word: '好', weight: 1 }]);
  });

  it('should stop a negation at a clause boundary', () => {
    expect(scoreSentiment('不，满意').hits).toEqual([{ word: '满意', weight: 2 }]);
  });

  it('should intensify the word after an intensifier, including 好 before a polar word', () => {
    expect(scoreSentiment('非常失望').hits).toEqual([{ word: '失望', weight: -4 }]);
    expect(scoreSentiment('好贵').hits).toEqual([{ word: '贵', weight: -1.5 }]);
  });

  it('should fold full-width and traditional characters before matching', () => {
    expect(scoreSentiment('垃圾！！').score).toBe(-3);
    expect(scoreSentiment('假貨').hits).toEqual([{ word: '假货', weight: -3 }]);
  });
});
