import { MemberChurnRiskConfirmedV1, MemberChurnRiskDismissedV1, MemberChurnRiskFlaggedV1, MemberLifecycleOverrideReleasedV1, MemberLifecycleStageChangedV1 } from '@groundswell/events';
import { evaluateLifecycle } from './evaluate-lifecycle';
import { MemberDomainError } from '../shared/member-domain.error';
import { operatorsAndAutomation, operatorsOnly, requireActor } from '../shared/actor-policy';
import { domainEvent } from '../shared/domain-event';
import { toInstant } from '../shared/instant';
import { requireText } from '../shared/text';
import type { MemberCommandOf } from '../membership/member.commands';
import { requireActiveMembership } from '../membership/member-guards';
import type { MemberEvent, MemberState } from '../membership/member.state';

type LifecycleCommand = MemberCommandOf<
  'EvaluateLifecycle' | 'OverrideLifecycleStage' | 'ReleaseLifecycleOverride' | 'FlagChurnRisk' | 'ConfirmChurnRisk' | 'DismissChurnRisk'
>;

const personDecisions = new Set<LifecycleCommand['type']>([
  'OverrideLifecycleStage',
  'ReleaseLifecycleOverride',
  'ConfirmChurnRisk',
  'DismissChurnRisk',
]);

/** Rules and models propose; only a person overrides a stage or rules on a churn flag. */
export function decideLifecycle(command: LifecycleCommand, state: MemberState): MemberEvent[] {
  const allowed = personDecisions.has(command.type) ? operatorsOnly : operatorsAndAutomation;
  requireActor(command.by, allowed, 'make this lifecycle decision');
  const membership = requireActiveMembership(state, command.communityId);
  const changedAt = toInstant(command.at);
  const { memberId } = state;
  const { communityId, by } = command;
  const from = membership.stage;
  switch (command.type) {
    case 'EvaluateLifecycle': {
      const stageChangedAt = membership.stageChangedAt ? new Date(membership.stageChangedAt) : undefined;
      const decision = evaluateLifecycle({ ...membership, stageChangedAt }, command.activity, command.rules, command.at);
      if (!decision) return [];
      const { to, cause } = decision;
      const ruleSetVersion = command.rules.version;
      return [domainEvent(MemberLifecycleStageChangedV1, { memberId, communityId, from, to, cause, ruleSetVersion, changedBy: by, changedAt })];
    }
    case 'OverrideLifecycleStage': {
      const reason = requireText(command.reason, 500, 'REASON_REQUIRED', 'reason');
      const overrideUntil = command.until && toInstant(command.until, 'until');
      if (overrideUntil && overrideUntil <= changedAt) throw new MemberDomainError('INVALID_OVERRIDE', 'An override must last until a later time');
      const data = { memberId, communityId, from, to: command.stage, cause: 'override' as const, reason, overrideUntil, changedBy: by, changedAt };
      return [domainEvent(MemberLifecycleStageChangedV1, data)];
    }
    case 'ReleaseLifecycleOverride':
      if (!membership.override) throw new MemberDomainError('LIFECYCLE_NOT_OVERRIDDEN', 'No override to release', { communityId });
      return [domainEvent(MemberLifecycleOverrideReleasedV1, { memberId, communityId, releasedBy: by, releasedAt: changedAt })];
    case 'FlagChurnRisk': {
      if (!Number.isFinite(command.score) || command.score < 0 || command.score > 1) {
        throw new MemberDomainError('INVALID_CHURN_SCORE', 'A churn score lies between 0 and 1');
      }
      const modelVersion = requireText(command.modelVersion, 100, 'INVALID_CHURN_SCORE', 'modelVersion');
      // A flag awaiting a person, or one a person confirmed, is not raised again.
      if (membership.churnRisk && membership.churnRisk.status !== 'dismissed') return [];
      return [domainEvent(MemberChurnRiskFlaggedV1, { memberId, communityId, score: command.score, modelVersion, flaggedAt: changedAt })];
    }
    case 'ConfirmChurnRisk':
    case 'DismissChurnRisk': {
      if (membership.churnRisk?.status !== 'flagged') {
        throw new MemberDomainError('CHURN_RISK_NOT_FLAGGED', 'No churn-risk flag awaits a decision', { communityId });
      }
      if (command.type === 'ConfirmChurnRisk') {
        return [domainEvent(MemberChurnRiskConfirmedV1, { memberId, communityId, confirmedBy: by, confirmedAt: changedAt })];
      }
      const { reason } = command;
      return [domainEvent(MemberChurnRiskDismissedV1, { memberId, communityId, reason, dismissedBy: by, dismissedAt: changedAt })];
    }
  }
}
