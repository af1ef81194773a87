import { MemberBanLiftedV1, MemberChurnRiskConfirmedV1, MemberChurnRiskDismissedV1, MemberChurnRiskFlaggedV1, MemberConsentGrantedV1, MemberConsentRevokedV1, MemberJoinedV2, MemberLeftV1, MemberLifecycleOverrideReleasedV1, MemberLifecycleStageChangedV1, MemberReinstatedV1, type MembershipSnapshot, type MembershipStatus } from '@groundswell/events';
import type { MemberEvent, MemberState } from './member.state';

const statusAfterLeaving: Record<string, MembershipStatus> = { banned: 'banned', removed_by_operator: 'removed' };

/** Memberships, their lifecycle and consent: the events that touch one community or one purpose. */
export function evolveMembership(state: MemberState, event: MemberEvent): MemberState {
  const update = (communityId: string, change: (membership: MembershipSnapshot) => MembershipSnapshot): MemberState => {
    const membership = state.memberships[communityId];
    return membership ? { ...state, memberships: { ...state.memberships, [communityId]: change(membership) } } : state;
  };
  switch (event.type) {
    case MemberJoinedV2.type: {
      const { communityId, platform, acquisition } = event.data;
      const mergedVia = state.memberships[communityId]?.mergedVia ?? [];
      const joined: MembershipSnapshot = { communityId, platform, status: 'active', acquisition, stage: 'new', mergedVia };
      return { ...state, memberships: { ...state.memberships, [communityId]: joined } };
    }
    case MemberLeftV1.type: {
      const { communityId, sanctionId, reason } = event.data;
      const after = update(communityId, (m) => ({ ...m, status: statusAfterLeaving[reason] ?? 'left' }));
      if (!sanctionId) return after;
      const removedBefore = state.sanctionRemovals?.[sanctionId] ?? [];
      return { ...after, sanctionRemovals: { ...state.sanctionRemovals, [sanctionId]: [...removedBefore, communityId] } };
    }
    case MemberReinstatedV1.type: {
      const { communityId, sanctionId } = event.data;
      const after = update(communityId, (m) => ({ ...m, status: 'active' }));
      const stillRemoved = (state.sanctionRemovals?.[sanctionId] ?? []).filter((id) => id !== communityId);
      return { ...after, sanctionRemovals: { ...state.sanctionRemovals, [sanctionId]: stillRemoved } };
    }
    case MemberBanLiftedV1.type:
      return update(event.data.communityId, (m) => ({ ...m, status: 'removed' }));
    case MemberLifecycleStageChangedV1.type: {
      const { to, cause, reason, overrideUntil, changedAt } = event.data;
      const override = cause === 'override' ? { stage: to, reason: reason ?? '', until: overrideUntil } : undefined;
      return update(event.data.communityId, (m) => ({ ...m, stage: to, stageChangedAt: changedAt, override }));
    }
    case MemberLifecycleOverrideReleasedV1.type:
      return update(event.data.communityId, (m) => ({ ...m, override: undefined }));
    case MemberChurnRiskFlaggedV1.type: {
      const { score, modelVersion, flaggedAt } = event.data;
      return update(event.data.communityId, (m) => ({ ...m, churnRisk: { status: 'flagged', score, modelVersion, flaggedAt } }));
    }
    case MemberChurnRiskConfirmedV1.type:
    case MemberChurnRiskDismissedV1.type: {
      const status = event.type === MemberChurnRiskConfirmedV1.type ? 'confirmed' : 'dismissed';
      return update(event.data.communityId, (m) => (m.churnRisk ? { ...m, churnRisk: { ...m.churnRisk, status } } : m));
    }
    case MemberConsentGrantedV1.type:
    case MemberConsentRevokedV1.type: {
      const { purpose, decidedAt, source, policyVersion } = event.data;
      const granted = event.type === MemberConsentGrantedV1.type;
      return { ...state, consents: { ...state.consents, [purpose]: { granted, decidedAt, source, policyVersion } } };
    }
    default:
      return state;
  }
}
