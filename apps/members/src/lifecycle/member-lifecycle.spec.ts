import { MemberChurnRiskConfirmedV1, MemberChurnRiskDismissedV1, MemberChurnRiskFlaggedV1, MemberLifecycleOverrideReleasedV1, MemberLifecycleStageChangedV1 } from '@groundswell/events';
import { activeActivity, aLifecycleRuleSet, anActivitySummary, kocActivity } from './lifecycle.fixtures';
import { MemberDomainError } from '../shared/member-domain.error';
import { domainEvent } from '../shared/domain-event';
import { anId, anOperator, aSystemActor, at, theMember } from '../shared/testing/factories';
import { memberDeciderSpec } from '../shared/testing/member-decider-spec';
import { memberDecider } from '../membership/member.decider';
import { aMemberRef, joined, left, registered } from '../membership/member.fixtures';

const spec = memberDeciderSpec(memberDecider);
const member = aMemberRef();
const { memberId } = member;
const communityId = anId();
const evaluator = aSystemActor('lifecycle-evaluator');
const operator = anOperator();
const rules = aLifecycleRuleSet();
const wednesday = at('2025-03-05T02:00:00.000Z');
const nextWednesday = at('2025-03-12T02:00:00.000Z');
const base = () => [registered(member), joined(member, communityId)];

type StageChange = { from: 'new' | 'active' | 'core' | 'koc' | 'dormant'; to: 'new' | 'active' | 'core' | 'koc' | 'dormant' };
const stageChanged = ({ from, to }: StageChange, cause: 'promotion' | 'demotion', changedAt = wednesday) =>
  domainEvent(MemberLifecycleStageChangedV1, {
    memberId, communityId, from, to, cause, ruleSetVersion: rules.version, changedBy: evaluator, changedAt: changedAt.toISOString(),
  });
const overridden = (until?: Date) =>
  domainEvent(MemberLifecycleStageChangedV1, {
    memberId, communityId, from: 'new', to: 'koc', cause: 'override', reason: 'Brand ambassador', overrideUntil: until?.toISOString(), changedBy: operator, changedAt: wednesday.toISOString(),
  });
const flagged = () =>
  domainEvent(MemberChurnRiskFlaggedV1, { memberId, communityId, score: 0.82, modelVersion: 'churn-2025.1', flaggedAt: wednesday.toISOString() });
const evaluate = (activity = activeActivity(), when = wednesday) =>
  ({ type: 'EvaluateLifecycle', communityId, activity, rules, at: when, by: evaluator }) as const;

describe('memberDecider: lifecycle', () => {
  describe('EvaluateLifecycle', () => {
    it('should promote at once, recording the rule set version', () => {
      spec.given(base()).when(evaluate(kocActivity())).then([stageChanged({ from: 'new', to: 'koc' }, 'promotion')]);
    });

    it('should demote only after the cadence boundary', () => {
      const history = [...base(), stageChanged({ from: 'new', to: 'koc' }, 'promotion')];
      spec.given(history).when(evaluate(activeActivity(), at('2025-03-07T02:00:00.000Z'))).then([]);
      spec.given(history).when(evaluate(activeActivity(), nextWednesday)).then([stageChanged({ from: 'koc', to: 'active' }, 'demotion', nextWednesday)]);
    });

    it('should leave a stage pinned by an operator alone', () => {
      spec.given([...base(), overridden()]).when(evaluate(anActivitySummary({ daysSinceLastActive: 60 }), nextWednesday)).then([]);
    });

    it('should reject a member not in the community', () => {
      spec.given([...base(), left(member, communityId)]).when(evaluate()).thenThrows(MemberDomainError, 'MEMBERSHIP_NOT_FOUND');
    });

    it('should reject invalid rules or activity', () => {
      spec.given(base()).when({ ...evaluate(), rules: aLifecycleRuleSet({ churnedAfterInactiveDays: 1 }) }).thenThrows(MemberDomainError, 'INVALID_LIFECYCLE_RULES');
      spec.given(base()).when(evaluate(anActivitySummary({ activeDays: -2 }))).thenThrows(MemberDomainError, 'INVALID_ACTIVITY');
    });

    it('should reject an evaluation requested by the member', () => {
      spec.given(base()).when({ ...evaluate(), by: theMember(memberId) }).thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
    });
  });

  describe('OverrideLifecycleStage and ReleaseLifecycleOverride', () => {
    const override = (until?: Date) =>
      ({ type: 'OverrideLifecycleStage', communityId, stage: 'koc', reason: 'Brand ambassador', until, at: wednesday, by: operator }) as const;

    it('should pin a stage with a reason, for a while or until released', () => {
      spec.given(base()).when(override(nextWednesday)).then([overridden(nextWednesday)]);
      spec.given(base()).when(override()).then([overridden()]);
    });

    it('should reject an override without a reason, ending in the past, or made by automation', () => {
      spec.given(base()).when({ ...override(), reason: '' }).thenThrows(MemberDomainError, 'REASON_REQUIRED');
      spec.given(base()).when(override(wednesday)).thenThrows(MemberDomainError, 'INVALID_OVERRIDE');
      spec.given(base()).when({ ...override(), by: evaluator }).thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
    });

    it('should release an override', () => {
      spec
        .given([...base(), overridden()])
        .when({ type: 'ReleaseLifecycleOverride', communityId, at: nextWednesday, by: operator })
        .then([domainEvent(MemberLifecycleOverrideReleasedV1, { memberId, communityId, releasedBy: operator, releasedAt: nextWednesday.toISOString() })]);
    });

    it('should reject releasing when nothing is overridden', () => {
      spec.given(base()).when({ type: 'ReleaseLifecycleOverride', communityId, at: wednesday, by: operator }).thenThrows(MemberDomainError, 'LIFECYCLE_NOT_OVERRIDDEN');
    });
  });

  describe('churn risk', () => {
    const flag = (score = 0.82) => ({ type: 'FlagChurnRisk', communityId, score, modelVersion: 'churn-2025.1', at: wednesday, by: evaluator }) as const;
    const dismissed = () =>
      domainEvent(MemberChurnRiskDismissedV1, { memberId, communityId, reason: 'seasonal_pause', dismissedBy: operator, dismissedAt: wednesday.toISOString() });

    it('should flag a member at risk, once until a person decides', () => {
      spec.given(base()).when(flag()).then([flagged()]);
      spec.given([...base(), flagged()]).when(flag(0.9)).then([]);
      spec.given([...base(), flagged(), dismissed()]).when(flag()).then([flagged()]);
    });

    it('should reject a score outside 0–1', () => {
      spec.given(base()).when(flag(1.2)).thenThrows(MemberDomainError, 'INVALID_CHURN_SCORE');
      spec.given(base()).when(flag(Number.NaN)).thenThrows(MemberDomainError, 'INVALID_CHURN_SCORE');
    });

    it('should let a person confirm or dismiss a flag', () => {
      spec
        .given([...base(), flagged()])
        .when({ type: 'ConfirmChurnRisk', communityId, at: wednesday, by: operator })
        .then([domainEvent(MemberChurnRiskConfirmedV1, { memberId, communityId, confirmedBy: operator, confirmedAt: wednesday.toISOString() })]);
      spec.given([...base(), flagged()]).when({ type: 'DismissChurnRisk', communityId, reason: 'seasonal_pause', at: wednesday, by: operator }).then([dismissed()]);
    });

    it('should reject a decision without a pending flag', () => {
      spec.given(base()).when({ type: 'ConfirmChurnRisk', communityId, at: wednesday, by: operator }).thenThrows(MemberDomainError, 'CHURN_RISK_NOT_FLAGGED');
      spec
        .given([...base(), flagged(), dismissed()])
        .when({ type: 'DismissChurnRisk', communityId, reason: 'other', at: wednesday, by: operator })
        .thenThrows(MemberDomainError, 'CHURN_RISK_NOT_FLAGGED');
    });

    it('should reject a decision by automation', () => {
      spec.given([...base(), flagged()]).when({ type: 'ConfirmChurnRisk', communityId, at: wednesday, by: evaluator }).thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
    });
  });
});
