import { MemberBanLiftedV1, MemberErasedV1, MemberJoinedV1, MemberJoinedV2, MemberLeftV1, MemberMergedIntoV1 } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { domainEvent } from '../shared/domain-event';
import { anId, anOperator, aSystemActor, theMember } from '../shared/testing/factories';
import { memberDeciderSpec } from '../shared/testing/member-decider-spec';
import { memberDecider } from './member.decider';
import { aJoinTarget, aMemberRef, joined, left, registered } from './member.fixtures';

const spec = memberDeciderSpec(memberDecider);
const member = aMemberRef();
const { memberId } = member;
const self = theMember(memberId);
const operator = anOperator();
const communityId = anId();
const campaignId = anId();
const referrerMemberId = anId();

describe('memberDecider: memberships', () => {
  describe('JoinCommunity', () => {
    it('should join with the acquisition source', () => {
      const target = aJoinTarget(communityId);
      const acquisition = { channel: 'offline-event', campaignId, referrerMemberId };
      spec
        .given([registered(member)])
        .when({ type: 'JoinCommunity', ...target, acquisition, by: self })
        .then([domainEvent(MemberJoinedV2, { memberId, communityId, platform: 'wecom', acquisition })]);
    });

    it('should let a member who left join again', () => {
      spec
        .given([registered(member), joined(member, communityId), left(member, communityId)])
        .when({ type: 'JoinCommunity', ...aJoinTarget(communityId), by: self })
        .then([joined(member, communityId)]);
    });

    it('should reject a member who is in the community already, also when joined under version 1', () => {
      const joinedV1 = domainEvent(MemberJoinedV1, { memberId, communityId, platform: 'wecom', channel: 'qr-code' });
      spec.given([registered(member), joinedV1]).when({ type: 'JoinCommunity', ...aJoinTarget(communityId), by: self }).thenThrows(MemberDomainError, 'ALREADY_MEMBER');
    });

    it('should reject a banned member', () => {
      spec
        .given([registered(member), joined(member, communityId), left(member, communityId, 'banned')])
        .when({ type: 'JoinCommunity', ...aJoinTarget(communityId), by: self })
        .thenThrows(MemberDomainError, 'MEMBER_BANNED');
    });

    it('should reject an archived community', () => {
      spec
        .given([registered(member)])
        .when({ type: 'JoinCommunity', ...aJoinTarget(communityId, { status: 'archived' }), by: self })
        .thenThrows(MemberDomainError, 'COMMUNITY_ARCHIVED');
    });

    it('should reject a member referring themself, or a blank channel', () => {
      const target = aJoinTarget(communityId);
      spec
        .given([registered(member)])
        .when({ type: 'JoinCommunity', ...target, acquisition: { channel: 'share', referrerMemberId: memberId }, by: self })
        .thenThrows(MemberDomainError, 'INVALID_ACQUISITION');
      spec
        .given([registered(member)])
        .when({ type: 'JoinCommunity', ...target, acquisition: { channel: '  ' }, by: self })
        .thenThrows(MemberDomainError, 'INVALID_ACQUISITION');
    });

    it('should reject an unknown, merged or erased member', () => {
      const command = { type: 'JoinCommunity' as const, ...aJoinTarget(communityId), by: operator };
      const merged = domainEvent(MemberMergedIntoV1, {
        memberId, survivorMemberId: anId(), mergeId: anId(), movedIdentityIds: [], movedCommunityIds: [], reason: 'Same phone', mergedBy: operator,
      });
      const erased = domainEvent(MemberErasedV1, { memberId, erasedKeyIds: [member.keyId], basis: 'member_request', requestedBy: self });
      spec.given([]).when(command).thenThrows(MemberDomainError, 'MEMBER_NOT_FOUND');
      spec.given([registered(member), merged]).when(command).thenThrows(MemberDomainError, 'MEMBER_MERGED');
      spec.given([registered(member), erased]).when(command).thenThrows(MemberDomainError, 'MEMBER_ERASED');
    });

    it('should reject a member acting for another member', () => {
      spec
        .given([registered(member)])
        .when({ type: 'JoinCommunity', ...aJoinTarget(communityId), by: theMember(anId()) })
        .thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
    });
  });

  describe('LeaveCommunity', () => {
    it('should leave with the reason the member gave', () => {
      spec
        .given([registered(member), joined(member, communityId)])
        .when({ type: 'LeaveCommunity', communityId, exitReason: 'too_many_messages', by: self })
        .then([domainEvent(MemberLeftV1, { memberId, communityId, platform: 'wecom', reason: 'left', exitReason: 'too_many_messages', decidedBy: self })]);
    });

    it('should record a closed platform account', () => {
      const sync = aSystemActor('wecom-sync');
      spec
        .given([registered(member), joined(member, communityId)])
        .when({ type: 'LeaveCommunity', communityId, accountClosed: true, by: sync })
        .then([domainEvent(MemberLeftV1, { memberId, communityId, platform: 'wecom', reason: 'platform_account_closed', decidedBy: sync })]);
    });

    it('should reject leaving a community the member is not in', () => {
      spec
        .given([registered(member), joined(member, communityId), left(member, communityId)])
        .when({ type: 'LeaveCommunity', communityId, by: self })
        .thenThrows(MemberDomainError, 'MEMBERSHIP_NOT_FOUND');
    });
  });

  describe('RemoveFromCommunity', () => {
    it('should remove, or ban, with the sanction behind it', () => {
      const sanctionId = anId();
      spec
        .given([registered(member), joined(member, communityId)])
        .when({ type: 'RemoveFromCommunity', communityId, ban: false, sanctionId, by: operator })
        .then([domainEvent(MemberLeftV1, { memberId, communityId, platform: 'wecom', reason: 'removed_by_operator', sanctionId, decidedBy: operator })]);
      spec
        .given([registered(member), joined(member, communityId)])
        .when({ type: 'RemoveFromCommunity', communityId, ban: true, sanctionId, by: operator })
        .then([domainEvent(MemberLeftV1, { memberId, communityId, platform: 'wecom', reason: 'banned', sanctionId, decidedBy: operator })]);
    });

    it('should reject removal by the member', () => {
      spec
        .given([registered(member), joined(member, communityId)])
        .when({ type: 'RemoveFromCommunity', communityId, ban: true, by: self })
        .thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
    });

    it('should reject removing someone who is not in the community', () => {
      spec.given([registered(member)]).when({ type: 'RemoveFromCommunity', communityId, ban: false, by: operator }).thenThrows(MemberDomainError, 'MEMBERSHIP_NOT_FOUND');
    });
  });

  describe('LiftCommunityBan', () => {
    const banned = () => [registered(member), joined(member, communityId), left(member, communityId, 'banned')];

    it('should lift a ban, after which the member may join again', () => {
      const lifted = domainEvent(MemberBanLiftedV1, { memberId, communityId, reason: 'Appeal upheld', liftedBy: operator });
      spec.given(banned()).when({ type: 'LiftCommunityBan', communityId, reason: 'Appeal upheld', by: operator }).then([lifted]);
      spec.given([...banned(), lifted]).when({ type: 'JoinCommunity', ...aJoinTarget(communityId), by: self }).then([joined(member, communityId)]);
    });

    it('should reject lifting a ban that does not exist', () => {
      spec
        .given([registered(member), joined(member, communityId)])
        .when({ type: 'LiftCommunityBan', communityId, reason: 'Appeal', by: operator })
        .thenThrows(MemberDomainError, 'MEMBER_NOT_BANNED');
      spec.given([registered(member)]).when({ type: 'LiftCommunityBan', communityId, reason: 'Appeal', by: operator }).thenThrows(MemberDomainError, 'MEMBERSHIP_NOT_FOUND');
    });

    it('should reject lifting without a reason, or by the member', () => {
      spec.given(banned()).when({ type: 'LiftCommunityBan', communityId, reason: '', by: operator }).thenThrows(MemberDomainError, 'REASON_REQUIRED');
      spec.given(banned()).when({ type: 'LiftCommunityBan', communityId, reason: 'Please', by: self }).thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
    });
  });
});
