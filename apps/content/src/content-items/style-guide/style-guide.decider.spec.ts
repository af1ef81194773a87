import { deciderSpec } from '@groundswell/event-store/testing';
import { ContentItemError } from '../content-item.error';
import { styleGuideDecider, styleGuideSetType } from './style-guide.decider';
import type { StyleRule } from './style-rules';

const spec = deciderSpec(styleGuideDecider);
const rule: StyleRule = { ruleId: 'no-superlatives', kind: 'forbidden_phrase', phrase: ' 最好 ', message: '不用绝对化用语' };

describe('styleGuideDecider', () => {
  it('should replace the tenant\'s rules, trimmed', () => {
    spec.given([]).when({ type: 'SetStyleGuide', rules: [rule], by: 'u-manager' }).then([{ type: styleGuideSetType, data: { rules: [{ ...rule, phrase: '最好' }], setBy: 'u-manager' } }]);
  });

  it('should refuse duplicate rule ids and unknown platforms', () => {
    spec.given([]).when({ type: 'SetStyleGuide', rules: [rule, rule], by: 'u' }).thenThrows(ContentItemError, 'STYLE_RULES_INVALID');
    spec.given([]).when({ type: 'SetStyleGuide', rules: [{ ...rule, platforms: ['myspace' as never] }], by: 'u' }).thenThrows(ContentItemError, 'STYLE_RULES_INVALID');
  });
});
