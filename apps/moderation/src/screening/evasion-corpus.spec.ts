import { RuleBasedRiskClassifier } from './classifier/rule-based-risk-classifier';
import { compileWatchedList } from './matching/compiled-watched-list';
import { screen } from './screen';
import { aWatchedWord } from './testing/watched-word.factory';

const everything = { matchPinyin: true, matchAbbreviations: true, wholeWord: true };
const list = compileWatchedList(
  [
    aWatchedWord('微信', { category: 'ads', options: everything }),
    aWatchedWord('加微信', { category: 'ads', options: everything }),
    aWatchedWord('赌博', { category: 'fraud', options: everything }),
    aWatchedWord('傻逼', { category: 'abuse', options: everything }),
    aWatchedWord('fuck', { category: 'abuse' }),
    aWatchedWord('ass', { category: 'abuse' }),
    aWatchedWord('shit', { category: 'abuse' }),
  ],
  7,
);
const classifier = new RuleBasedRiskClassifier();
const patternsHit = (text: string) => screen(text, list, classifier).matches.map((match) => match.entry.pattern);

describe('evasion corpus', () => {
  const evasions: [string, string, string][] = [
    // [listed word, text, the characters the member wrote for it]
    ['微信', '加我微 信聊', '微 信'],
    ['微信', '微-信号多少', '微-信'],
    ['微信', '有微\u200b信吗', '微\u200b信'],
    ['微信', '微.信', '微.信'],
    ['微信', '微_信', '微_信'],
    ['微信', '微😀信联系', '微😀信'],
    ['微信', '微　信', '微　信'],
    ['微信', '來加個微信', '微信'],
    ['微信', '私聊 weixin', 'weixin'],
    ['微信', 'Wei Xin 联系', 'Wei Xin'],
    ['微信', '有wei信吗', 'wei信'],
    ['微信', '微xin联系我', '微xin'],
    ['微信', '加vx', 'vx'],
    ['微信', '加 V信', 'V信'],
    ['微信', '我的wx是多少', 'wx'],
    ['微信', '加ＶＸ', 'ＶＸ'],
    ['微信', '加薇信', '薇信'],
    ['加微信', '加 微 信', '加 微 信'],
    ['加微信', '快加微—信', '加微—信'],
    ['赌博', '网上賭博平台', '賭博'],
    ['赌博', '赌*博', '赌*博'],
    ['赌博', 'du博', 'du博'],
    ['赌博', '一起dubo', 'dubo'],
    ['傻逼', '你是SB吗', 'SB'],
    ['傻逼', '你个煞笔', '煞笔'],
    ['fuck', 'FUCK you', 'FUCK'],
    ['fuck', 'ｆｕｃｋ', 'ｆｕｃｋ'],
    ['fuck', 'f u c k', 'f u c k'],
    ['fuck', 'f.u.c.k off', 'f.u.c.k'],
    ['fuck', 'fцck', 'fцck'],
    ['fuck', '𝐟𝐮𝐜𝐤', '𝐟𝐮𝐜𝐤'],
    ['fuck', 'ⓕⓤⓒⓚ', 'ⓕⓤⓒⓚ'],
    ['fuck', 'fück this', 'fück'],
    ['fuck', 'f\u200bu\u200bc\u200bk', 'f\u200bu\u200bc\u200bk'],
    ['shit', 'as shit', 'shit'],
    ['ass', 'kiss my ass!', 'ass'],
  ];

  it.each(evasions)('should catch %s in %p', (word, text, written) => {
    const result = screen(text, list, classifier);
    const match = result.matches.find((candidate) => candidate.entry.pattern === word);
    expect(match?.text).toBe(written);
    expect(result.verdict).toBe('censored');
  });

  it.each([
    ['加我微 信聊', '加我***聊'],
    ['😀微\u200b信👍🏽', '😀***👍🏽'],
    ['𠮷f.u.c.k𠮷 off', '𠮷*******𠮷 off'],
    ['來加個微信', '來加個**'],
    ['快加 微-信吧', '快*****吧'],
  ])('should mask exactly the characters written for the word in %p', (text, censored) => {
    expect(screen(text, list, classifier).censoredText).toBe(censored);
  });

  const clean = [
    'classic',
    'This is a classic class, let us assess it',
    'passport and assassin and bass',
    'Shitake mushrooms',
    '微博信息更新了',
    '微博 信息',
    '我们的微型信号灯',
    '今天天气很好，我们一起去健身房打卡吧',
    '作为新人请多关照',
    '这个博物馆很值得一去',
    '赌气不说话',
    '威信很高的老师',
    'weixiao一下',
    '明天下午三点开会，请准时参加',
    'usb 接口坏了',
    'USB接口和sbt构建',
  ];

  it.each(clean)('should raise nothing for %p', (text) => {
    expect(patternsHit(text)).toEqual([]);
  });
});
