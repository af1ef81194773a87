import type { WatchedWord } from '../watched-words/watched-word';
import type { RiskClassifier } from './classifier/risk-classifier';
import { RuleBasedRiskClassifier } from './classifier/rule-based-risk-classifier';
import { compileWatchedList } from './matching/compiled-watched-list';
import { screen } from './screen';
import { aWatchedWord } from './testing/watched-word.factory';

const fixedRisk = (score: number): RiskClassifier => ({ assess: () => ({ score, signals: [] }) });
const noRisk = fixedRisk(0);
const screened = (entries: WatchedWord[], text: string, classifier = noRisk) => screen(text, compileWatchedList(entries, 3), classifier);

describe('screen', () => {
  const block = aWatchedWord('赌博', { action: { type: 'block' } });
  const silence = aWatchedWord('代开发票', { action: { type: 'silence', sanction: { kind: 'mute', durationMinutes: 1440 } } });
  const approval = aWatchedWord('返利', { action: { type: 'require_approval' } });
  const censor = aWatchedWord('傻逼', { action: { type: 'censor' } });
  const replace = aWatchedWord('垃圾', { action: { type: 'replace', replacement: '不太好' } });
  const flag = aWatchedWord('退款', { action: { type: 'flag' } });
  const tag = aWatchedWord('投诉', { action: { type: 'tag', tagKey: 'complaint' } });
  const all = [block, silence, approval, censor, replace, flag, tag];

  it.each([
    ['block beats everything', '赌博 返利 傻逼', 'blocked'],
    ['silence blocks', '代开发票', 'blocked'],
    ['require_approval beats censor', '返利 傻逼', 'needs_review'],
    ['censor', '你这个傻逼', 'censored'],
    ['replace', '真垃圾', 'censored'],
    ['flag leaves the verdict alone', '我要退款', 'pass'],
    ['tag leaves the verdict alone', '我要投诉', 'pass'],
    ['no match', '今天天气不错', 'pass'],
  ])('should combine matches into a verdict: %s', (_, text, verdict) => {
    expect(screened(all, text).verdict).toBe(verdict);
  });

  it('should mask exactly the matched characters of the original text, separators inside included', () => {
    const result = screened(all, '😀你这个傻 😀逼𠮷，真垃圾');
    expect(result.censoredText).toBe('😀你这个****𠮷，真不太好');
    expect(result.matches.map((match) => [match.entry.entryId, match.text])).toEqual([
      [censor.entryId, '傻 😀逼'],
      [replace.entryId, '垃圾'],
    ]);
  });

  it('should leave the text as written when nothing is censored', () => {
    expect(screened(all, '我要退款 😀').censoredText).toBe('我要退款 😀');
  });

  it('should report flags, tags, sanctions and the list version', () => {
    const result = screened(all, '投诉 退款 代开发票，代开发票');
    expect(result).toMatchObject({
      flagged: true,
      tags: ['complaint'],
      sanctions: [{ entryId: silence.entryId, sanction: { kind: 'mute', durationMinutes: 1440 } }],
      listVersion: 3,
    });
  });

  it('should send otherwise passing or censored text to review when the risk reaches the threshold', () => {
    expect(screened(all, '你好', fixedRisk(0.7)).verdict).toBe('needs_review');
    expect(screened(all, '傻逼', fixedRisk(0.69)).verdict).toBe('censored');
    expect(screen('你好', compileWatchedList([], 1), fixedRisk(0.5), { reviewRiskThreshold: 0.5 }).verdict).toBe('needs_review');
    expect(screened(all, '赌博', fixedRisk(1)).verdict).toBe('blocked');
  });

  it('should score with the rule-based classifier, flooding counted by the caller', () => {
    const classifier = new RuleBasedRiskClassifier();
    const result = screen('扫码加我 微信号：abc_123456 https://t.cn/x', compileWatchedList([], 1), classifier, { memberMessagesLastMinute: 12 });
    expect(result.risk.signals.map((signal) => signal.code)).toEqual(['link', 'wechat_id', 'qr_code_hint', 'flooding']);
    expect(result.verdict).toBe('needs_review');
  });
});
