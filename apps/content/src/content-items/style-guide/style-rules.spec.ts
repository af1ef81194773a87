import { styleFlags, type StyleRule } from './style-rules';

const rules: StyleRule[] = [
  { ruleId: 'no-superlatives', kind: 'forbidden_phrase', phrase: '最好', message: '广告法：不用“最好”等绝对化用语' },
  { ruleId: 'calm', kind: 'max_exclamation_marks', max: 2, message: '感叹号不超过两个' },
  { ruleId: 'brand-name', kind: 'required_phrase', phrase: '山野', message: '微信正文要提品牌名', platforms: ['wechat'] },
];

describe(styleFlags.name, () => {
  it('should pass a variant in the brand\'s tone', () => {
    expect(styleFlags(rules, 'wechat', '山野的春节礼盒上新了！')).toEqual([]);
  });

  it('should flag each broken rule with its message', () => {
    expect(styleFlags(rules, 'wechat', '全网最好的礼盒！！！')).toEqual([
      { ruleId: 'no-superlatives', message: '广告法：不用“最好”等绝对化用语' },
      { ruleId: 'calm', message: '感叹号不超过两个' },
      { ruleId: 'brand-name', message: '微信正文要提品牌名' },
    ]);
  });

  it('should check a platform rule only on that platform', () => {
    expect(styleFlags(rules, 'weibo', '春节礼盒上新')).toEqual([]);
  });
});
