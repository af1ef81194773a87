import { normaliseText } from '../normalise/normalised-text';
import { combinedScore } from './risk-classifier';
import { RuleBasedRiskClassifier } from './rule-based-risk-classifier';

const classifier = new RuleBasedRiskClassifier();
const signalsOf = (text: string, memberMessagesLastMinute?: number) =>
  classifier.assess(normaliseText(text), { memberMessagesLastMinute }).signals.map((signal) => [signal.code, signal.evidence]);

describe('RuleBasedRiskClassifier', () => {
  it.each([
    ['link', '戳这里 https://t.cn/abc 领红包', 'https://t.cn/abc'],
    ['link', '上 shop123.top 看看', 'shop123.top'],
    ['phone_number', '电话 138 1234 5678 联系', '138 1234 5678'],
    ['phone_number', '打１３８１２３４５６７８', '13812345678'],
    ['wechat_id', '微信号：abc_123456', '微信号:abc_123456'],
    ['wechat_id', '加 wxid_k2j3h4', 'wxid_k2j3h4'],
    ['qr_code_hint', '扫 码 进群领福利', '扫码'],
    ['qr_code_hint', '看我的二維碼', '二维码'],
    ['repeated_characters', '好好好好好好好好', '好好好好好好好好'],
    ['repeated_characters', '哈哈哈哈哈哈哈哈', '哈哈哈哈哈哈哈哈'],
    ['repeated_characters', '顶顶我顶顶我顶顶我顶顶我', '顶顶我顶顶我顶顶我顶顶我'],
  ])('should raise %s for %p', (code, text, evidence) => {
    expect(signalsOf(text)).toContainEqual([code, evidence]);
  });

  it('should raise flooding from the member’s rate, at the threshold and above only', () => {
    expect(signalsOf('大家好', 9)).toEqual([]);
    expect(signalsOf('大家好', 10)).toEqual([['flooding', '10 条/分钟']]);
  });

  it.each(['今天的打卡完成了，明天继续加油！', '订单号 20240312 已发货', '会议在 3 楼 301 室', '哈哈哈，太好笑了'])('should raise nothing for %p', (text) => {
    expect(signalsOf(text)).toEqual([]);
  });

  it('should combine signals as a noisy OR, scoring a clean text 0', () => {
    const text = '扫码加我 微信号：abc_123456 https://t.cn/x';
    const assessment = classifier.assess(normaliseText(text), {});
    expect(assessment.score).toBe(combinedScore(assessment.signals));
    expect(combinedScore([
      { code: 'link', weight: 0.5, evidence: '' },
      { code: 'flooding', weight: 0.5, evidence: '' },
    ])).toBe(0.75);
    expect(classifier.assess(normaliseText('你好'), {}).score).toBe(0);
  });
});
