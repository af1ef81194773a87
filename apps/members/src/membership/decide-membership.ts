import { MemberBanLiftedV1, MemberJoinedV2, MemberLeftV1 } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { operatorsAndAutomation, requireActor } from '../shared/actor-policy';
import { domainEvent } from '../shared/domain-event';
import { requireText } from '../shared/text';
import type { JoinTarget, MemberCommandOf } from './member.commands';
import { requireActiveMember, requireActiveMembership } from './member-guards';
import type { MemberEvent, MemberState } from './member.state';

/** Joining again after leaving or removal is allowed; after a ban only once the ban is lifted. */
export function decideJoin(memberId: string, target: JoinTarget, state: MemberState): MemberEvent[] {
  const { communityId, platform, status } = target.community;
  if (status === 'archived') throw new MemberDomainError('COMMUNITY_ARCHIVED', 'Nobody can join an archived community', { communityId });
  const existing = state.memberships[communityId];
  if (existing?.status === 'active') throw new MemberDomainError('ALREADY_MEMBER', 'The member is in this community already', { communityId });
  if (existing?.status === 'banned') throw new MemberDomainError('MEMBER_BANNED', 'The member is banned from this community', { communityId });
  const { channel, campaignId, referrerMemberId } = target.acquisition;
  if (referrerMemberId === memberId) throw new MemberDomainError('INVALID_ACQUISITION', 'A member cannot refer themself');
  const acquisition = { channel: requireText(channel, 100, 'INVALID_ACQUISITION', 'acquisition.channel'), campaignId, referrerMemberId };
  return [domainEvent(MemberJoinedV2, { memberId, communityId, platform, acquisition })];
}

export function decideMembership(
  command: MemberCommandOf<'JoinCommunity' | 'LeaveCommunity' | 'RemoveFromCommunity' | 'LiftCommunityBan'>,
  state: MemberState,
): MemberEvent[] {
  const { memberId } = state;
  switch (command.type) {
    case 'JoinCommunity':
      requireActiveMember(state);
      return decideJoin(memberId, command, state);
    case 'LeaveCommunity': {
      const { platform } = requireActiveMembership(state, command.communityId);
      const reason = command.accountClosed ? 'platform_account_closed' : 'left';
      const { communityId, exitReason } = command;
      return [domainEvent(MemberLeftV1, { memberId, communityId, platform, reason, exitReason, decidedBy: command.by })];
    }
    case 'RemoveFromCommunity': {
      requireActor(command.by, operatorsAndAutomation, 'remove members from a community');
      const { platform } = requireActiveMembership(state, command.communityId);
      const reason = command.ban ? 'banned' : 'removed_by_operator';
      const { communityId, sanctionId } = command;
      return [domainEvent(MemberLeftV1, { memberId, communityId, platform, reason, sanctionId, decidedBy: command.by })];
    }
    case 'LiftCommunityBan': {
      requireActor(command.by, operatorsAndAutomation, 'lift bans');
      requireActiveMember(state);
      const membership = state.memberships[command.communityId];
      if (!membership) throw new MemberDomainError('MEMBERSHIP_NOT_FOUND', 'The member was never in this community');
      if (membership.status !== 'banned') throw new MemberDomainError('MEMBER_NOT_BANNED', 'The member is not banned here');
      const reason = requireText(command.reason, 500, 'REASON_REQUIRED', 'reason');
      return [domainEvent(MemberBanLiftedV1, { memberId, communityId: command.communityId, reason, liftedBy: command.by })];
    }
  }
}
