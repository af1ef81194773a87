import { MemberLeftV1, MemberReinstatedV1, type Actor, type MembershipSnapshot } from '@groundswell/events';
import { operatorsAndAutomation, requireActor } from '../shared/actor-policy';
import { domainEvent } from '../shared/domain-event';
import { MemberDomainError } from '../shared/member-domain.error';
import { requireText } from '../shared/text';
import type { MemberCommandOf } from '../membership/member.commands';
import { requireActiveMember } from '../membership/member-guards';
import type { MemberEvent, MemberState } from '../membership/member.state';

type SanctionCommand = MemberCommandOf<'ApplyModerationSanction' | 'LiftModerationSanction'>;

/**
 * What a moderation sanction does to the member record: a removal takes the member out of its
 * community, a (tenant-wide) ban out of every community they are in; lifting it puts them back
 * where that sanction took them out. Warnings, deleted content and mutes change nothing here.
 */
export function decideModerationSanction(command: SanctionCommand, state: MemberState): MemberEvent[] {
  requireActor(command.by, operatorsAndAutomation, 'apply or lift moderation sanctions');
  requireActiveMember(state);
  return command.type === 'ApplyModerationSanction' ? decideApply(command, state) : decideLift(command, state);
}

function decideApply(command: MemberCommandOf<'ApplyModerationSanction'>, state: MemberState): MemberEvent[] {
  const { sanctionId, kind, communityId, by } = command;
  if (state.sanctionRemovals[sanctionId]) return [];
  const removal = (membership: MembershipSnapshot, reason: 'removed_by_operator' | 'banned') =>
    domainEvent(MemberLeftV1, { memberId: state.memberId, communityId: membership.communityId, platform: membership.platform, reason, sanctionId, decidedBy: by });
  const active = Object.values(state.memberships).filter((membership) => membership.status === 'active');
  switch (kind) {
    case 'remove': {
      if (!communityId) throw new MemberDomainError('INVALID_SANCTION', 'A removal names the community it removes the member from', { sanctionId });
      return active.filter((membership) => membership.communityId === communityId).map((membership) => removal(membership, 'removed_by_operator'));
    }
    case 'ban':
      return active.map((membership) => removal(membership, 'banned'));
    default:
      return [];
  }
}

function decideLift(command: MemberCommandOf<'LiftModerationSanction'>, state: MemberState): MemberEvent[] {
  const reason = requireText(command.reason, 1000, 'REASON_REQUIRED', 'reason');
  const { sanctionId, by } = command;
  // A member who joined again meanwhile is in already; only memberships the sanction still holds come back.
  return (state.sanctionRemovals[sanctionId] ?? [])
    .map((communityId) => state.memberships[communityId])
    .filter((membership): membership is MembershipSnapshot => membership?.status === 'removed' || membership?.status === 'banned')
    .map(({ communityId, platform }) => reinstated(state.memberId, communityId, platform, sanctionId, reason, by));
}

function reinstated(memberId: string, communityId: string, platform: MembershipSnapshot['platform'], sanctionId: string, reason: string, by: Actor): MemberEvent {
  return domainEvent(MemberReinstatedV1, { memberId, communityId, platform, sanctionId, reason, reinstatedBy: by });
}
