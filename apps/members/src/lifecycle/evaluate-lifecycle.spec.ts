import { MemberDomainError } from '../shared/member-domain.error';
import { cadencePeriod, demotionDue } from './demotion-cadence';
import { evaluateLifecycle } from './evaluate-lifecycle';
import { activeActivity, aLifecycleRuleSet, anActivitySummary, coreActivity, kocActivity } from './lifecycle.fixtures';
import { targetStage } from './target-stage';

const rules = aLifecycleRuleSet();
// Wednesday 2025-03-05 10:00 in Shanghai.
const wednesday = new Date('2025-03-05T02:00:00.000Z');

describe(targetStage.name, () => {
  it.each([
    ['koc', kocActivity(), 'active'],
    ['core', coreActivity(), 'active'],
    ['active', activeActivity(), 'new'],
    ['new', anActivitySummary({ activeDays: 1 }), 'new'],
    ['active', anActivitySummary({ activeDays: 1 }), 'core'],
    ['dormant', anActivitySummary({ daysSinceLastActive: 30 }), 'core'],
    ['churned', anActivitySummary({ daysSinceLastActive: 90 }), 'dormant'],
    ['active', anActivitySummary({ activeDays: 1, daysSinceLastActive: 2 }), 'dormant'],
  ] as const)('should place a member in %s', (expected, activity, current) => {
    expect(targetStage(activity, rules, current)).toBe(expected);
  });
});

describe(evaluateLifecycle.name, () => {
  it('should promote at once', () => {
    expect(evaluateLifecycle({ stage: 'new', stageChangedAt: wednesday }, kocActivity(), rules, wednesday)).toEqual({
      to: 'koc',
      cause: 'promotion',
    });
  });

  it('should hold a demotion until the next cadence boundary', () => {
    const position = { stage: 'core' as const, stageChangedAt: wednesday };
    const sunday = new Date('2025-03-09T15:00:00.000Z'); // 23:00 Sunday in Shanghai
    const monday = new Date('2025-03-09T16:00:00.000Z'); // 00:00 Monday in Shanghai
    expect(evaluateLifecycle(position, activeActivity(), rules, sunday)).toBeUndefined();
    expect(evaluateLifecycle(position, activeActivity(), rules, monday)).toEqual({ to: 'active', cause: 'demotion' });
  });

  it('should demote a member whose stage never changed whenever due', () => {
    expect(evaluateLifecycle({ stage: 'new' }, anActivitySummary({ daysSinceLastActive: 31 }), rules, wednesday)).toEqual({
      to: 'dormant',
      cause: 'demotion',
    });
  });

  it('should change nothing while the stage already fits', () => {
    expect(evaluateLifecycle({ stage: 'core', stageChangedAt: wednesday }, coreActivity(), rules, wednesday)).toBeUndefined();
  });

  it('should leave a stage pinned by an override alone until the override ends', () => {
    const override = { stage: 'koc' as const, reason: 'Brand ambassador', until: '2025-04-01T00:00:00.000Z' };
    const position = { stage: 'koc' as const, override };
    expect(evaluateLifecycle(position, anActivitySummary({ daysSinceLastActive: 40 }), rules, wednesday)).toBeUndefined();
    expect(evaluateLifecycle(position, anActivitySummary({ daysSinceLastActive: 40 }), rules, new Date('2025-04-02T00:00:00Z'))).toEqual({
      to: 'dormant',
      cause: 'demotion',
    });
  });

  it.each([
    ['a version below 1', aLifecycleRuleSet({ version: 0 })],
    ['churn no later than dormancy', aLifecycleRuleSet({ churnedAfterInactiveDays: 30 })],
    ['core asking less than active', aLifecycleRuleSet({ promotion: { ...rules.promotion, core: { minActiveDays: 1, minInteractions: 1, minContributions: 0 } } })],
    ['a fractional threshold', aLifecycleRuleSet({ promotion: { ...rules.promotion, active: { minActiveDays: 1.5, minInteractions: 0, minContributions: 0 } } })],
    ['an offset beyond 14 hours', aLifecycleRuleSet({ utcOffsetMinutes: 15 * 60 })],
  ])('should reject rules with %s', (_, badRules) => {
    expect(() => evaluateLifecycle({ stage: 'new' }, activeActivity(), badRules, wednesday)).toThrow(
      expect.objectContaining({ code: 'INVALID_LIFECYCLE_RULES' }) as Error,
    );
  });

  it('should reject negative activity counts', () => {
    expect(() => evaluateLifecycle({ stage: 'new' }, anActivitySummary({ interactions: -1 }), rules, wednesday)).toThrow(MemberDomainError);
  });
});

describe(demotionDue.name, () => {
  it('should follow month boundaries on the tenant clock', () => {
    const monthly = aLifecycleRuleSet({ demotionCadence: 'monthly' });
    const changed = new Date('2025-03-31T15:00:00.000Z'); // 23:00 on 31 March in Shanghai
    expect(demotionDue(changed, new Date('2025-03-31T15:59:00.000Z'), monthly)).toBe(false);
    expect(demotionDue(changed, new Date('2025-03-31T16:00:00.000Z'), monthly)).toBe(true);
  });

  it('should put Sunday and the Monday after in different weeks', () => {
    expect(cadencePeriod(new Date('2025-03-10T00:00:00Z'), { demotionCadence: 'weekly', utcOffsetMinutes: 0 })).toBe(
      cadencePeriod(new Date('2025-03-09T00:00:00Z'), { demotionCadence: 'weekly', utcOffsetMinutes: 0 }) + 1,
    );
  });

  it('should allow a daily demotion the next day only', () => {
    const daily = aLifecycleRuleSet({ demotionCadence: 'daily' });
    expect(demotionDue(wednesday, new Date('2025-03-05T15:00:00Z'), daily)).toBe(false);
    expect(demotionDue(wednesday, new Date('2025-03-05T16:00:00Z'), daily)).toBe(true);
  });
});
