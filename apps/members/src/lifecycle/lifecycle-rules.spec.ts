import { LifecycleRulesDefinedV1 } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { domainEvent } from '../shared/domain-event';
import { anOperator, aSystemActor, at, theMember } from '../shared/testing/factories';
import { memberDeciderSpec } from '../shared/testing/member-decider-spec';
import { lifecycleRulesDecider, type LifecycleRulesChange, type LifecycleRulesCommand } from './lifecycle-rules.decider';

const spec = memberDeciderSpec(lifecycleRulesDecider);
const operator = anOperator();
const now = at('2026-03-01T00:00:00.000Z');
const easier: LifecycleRulesChange = {
  promotion: {
    active: { minActiveDays: 2, minInteractions: 2, minContributions: 0 },
    core: { minActiveDays: 8, minInteractions: 20, minContributions: 1 },
    koc: { minActiveDays: 15, minInteractions: 40, minContributions: 5 },
  },
  dormantAfterInactiveDays: 21,
  churnedAfterInactiveDays: 60,
  demotionCadence: 'weekly',
  utcOffsetMinutes: 480,
};
const define = (rules: LifecycleRulesChange = easier, by = operator): LifecycleRulesCommand => ({ type: 'DefineLifecycleRules', rules, by, at: now });
const defined = (version: number, rules: LifecycleRulesChange = easier) =>
  domainEvent(LifecycleRulesDefinedV1, { version, ...rules, definedBy: operator, definedAt: now.toISOString() });

describe('lifecycleRulesDecider', () => {
  it('should make the first rules of a tenant version 2, after the built-in version 1', () => {
    spec.given([]).when(define()).then([defined(2)]);
  });

  it('should number each change one more than the last, and ignore a repeat', () => {
    const stricter = { ...easier, dormantAfterInactiveDays: 14 };
    spec.given([defined(2)]).when(define(stricter)).then([defined(3, stricter)]);
    spec.given([defined(2)]).when(define()).then([]);
  });

  it('should compare rules by value, whatever order a stored event kept their keys in', () => {
    const reordered = domainEvent(LifecycleRulesDefinedV1, {
      utcOffsetMinutes: 480,
      demotionCadence: 'weekly',
      churnedAfterInactiveDays: 60,
      dormantAfterInactiveDays: 21,
      promotion: {
        koc: { minContributions: 5, minInteractions: 40, minActiveDays: 15 },
        core: { minContributions: 1, minInteractions: 20, minActiveDays: 8 },
        active: { minContributions: 0, minInteractions: 2, minActiveDays: 2 },
      },
      version: 2,
      definedBy: operator,
      definedAt: now.toISOString(),
    });
    spec.given([reordered]).when(define()).then([]);
  });

  it('should treat defining the built-in rules as no change', () => {
    const builtIn = lifecycleRulesDecider.initialState();
    const { version: _version, ...rules } = builtIn.rules;
    spec.given([]).when(define(rules)).then([]);
  });

  it.each([
    ['a stage asking less than the one below', { ...easier, promotion: { ...easier.promotion, core: { minActiveDays: 1, minInteractions: 1, minContributions: 0 } } }],
    ['fractional thresholds', { ...easier, promotion: { ...easier.promotion, active: { minActiveDays: 1.5, minInteractions: 2, minContributions: 0 } } }],
    ['churn before dormancy', { ...easier, churnedAfterInactiveDays: 10 }],
    ['an unknown cadence', { ...easier, demotionCadence: 'yearly' as never }],
    ['an offset beyond 14 hours', { ...easier, utcOffsetMinutes: 900 }],
  ])('should reject %s with INVALID_LIFECYCLE_RULES', (_, rules) => {
    spec.given([]).when(define(rules)).thenThrows(MemberDomainError, 'INVALID_LIFECYCLE_RULES');
  });

  it.each([
    ['automation', aSystemActor('rules')],
    ['a member', theMember('member-1')],
  ])('should not let %s define rules', (_, by) => {
    spec.given([]).when(define(easier, by)).thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
  });
});
