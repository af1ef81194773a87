import { MemberErasedV1, MemberLeftV1, MemberReinstatedV1 } from '@groundswell/events';
import { aMemberRef, joined, left, registered } from '../membership/member.fixtures';
import { memberDecider } from '../membership/member.decider';
import type { MemberEvent } from '../membership/member.state';
import { domainEvent } from '../shared/domain-event';
import { MemberDomainError } from '../shared/member-domain.error';
import { anId, anOperator, aSystemActor, theMember } from '../shared/testing/factories';
import { memberDeciderSpec } from '../shared/testing/member-decider-spec';

const spec = memberDeciderSpec(memberDecider);
const member = aMemberRef();
const { memberId } = member;
const moderator = anOperator('moderator-wang');
const reviewer = anOperator('moderator-zhao');
const communityId = anId();
const otherCommunityId = anId();
const sanctionId = anId();

const removedBy = (id: string, reason: 'removed_by_operator' | 'banned', community = communityId): MemberEvent =>
  domainEvent(MemberLeftV1, { memberId, communityId: community, platform: 'wecom', reason, sanctionId: id, decidedBy: moderator });
const reinstated = (community = communityId): MemberEvent =>
  domainEvent(MemberReinstatedV1, { memberId, communityId: community, platform: 'wecom', sanctionId, reason: '申诉成立', reinstatedBy: reviewer });

describe('memberDecider: moderation sanctions', () => {
  describe('ApplyModerationSanction', () => {
    it('should take the member out of the community a removal names, with the sanction', () => {
      spec
        .given([registered(member), joined(member, communityId), joined(member, otherCommunityId)])
        .when({ type: 'ApplyModerationSanction', sanctionId, kind: 'remove', communityId, by: moderator })
        .then([removedBy(sanctionId, 'removed_by_operator')]);
    });

    it('should ban the member from every community they are in for a tenant-wide ban', () => {
      spec
        .given([registered(member), joined(member, communityId), joined(member, otherCommunityId), left(member, anId())])
        .when({ type: 'ApplyModerationSanction', sanctionId, kind: 'ban', by: moderator })
        .then([removedBy(sanctionId, 'banned'), removedBy(sanctionId, 'banned', otherCommunityId)]);
    });

    it('should change nothing for warnings, deleted content and mutes', () => {
      for (const kind of ['warning', 'delete_content', 'mute'] as const) {
        spec.given([registered(member), joined(member, communityId)]).when({ type: 'ApplyModerationSanction', sanctionId, kind, communityId, by: moderator }).then([]);
      }
    });

    it('should change nothing when the member already left the community, or the sanction took effect already', () => {
      spec.given([registered(member), joined(member, communityId), left(member, communityId)]).when({ type: 'ApplyModerationSanction', sanctionId, kind: 'remove', communityId, by: moderator }).then([]);
      spec
        .given([registered(member), joined(member, communityId), removedBy(sanctionId, 'removed_by_operator'), domainEvent(MemberReinstatedV1, { memberId, communityId, platform: 'wecom', sanctionId, reason: '申诉成立', reinstatedBy: reviewer })])
        .when({ type: 'ApplyModerationSanction', sanctionId, kind: 'remove', communityId, by: moderator })
        .then([]);
    });

    it('should reject a removal that names no community', () => {
      spec.given([registered(member), joined(member, communityId)]).when({ type: 'ApplyModerationSanction', sanctionId, kind: 'remove', by: moderator }).thenThrows(MemberDomainError, 'INVALID_SANCTION');
    });

    it('should reject a member sanctioning anyone', () => {
      spec
        .given([registered(member), joined(member, communityId)])
        .when({ type: 'ApplyModerationSanction', sanctionId, kind: 'remove', communityId, by: theMember(memberId) })
        .thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
    });

    it('should reject an unknown or erased member', () => {
      spec.given([]).when({ type: 'ApplyModerationSanction', sanctionId, kind: 'ban', by: moderator }).thenThrows(MemberDomainError, 'MEMBER_NOT_FOUND');
      spec
        .given([registered(member), domainEvent(MemberErasedV1, { memberId, erasedKeyIds: [member.keyId], basis: 'member_request', requestedBy: theMember(memberId) })])
        .when({ type: 'ApplyModerationSanction', sanctionId, kind: 'ban', by: moderator })
        .thenThrows(MemberDomainError, 'MEMBER_ERASED');
    });
  });

  describe('LiftModerationSanction', () => {
    it('should put the member back where a lifted removal took them out', () => {
      spec
        .given([registered(member), joined(member, communityId), removedBy(sanctionId, 'removed_by_operator')])
        .when({ type: 'LiftModerationSanction', sanctionId, reason: '申诉成立', by: reviewer })
        .then([reinstated()]);
    });

    it('should end every community ban of a lifted tenant-wide ban', () => {
      spec
        .given([registered(member), joined(member, communityId), joined(member, otherCommunityId), removedBy(sanctionId, 'banned'), removedBy(sanctionId, 'banned', otherCommunityId)])
        .when({ type: 'LiftModerationSanction', sanctionId, reason: '申诉成立', by: reviewer })
        .then([reinstated(), reinstated(otherCommunityId)]);
    });

    it('should change nothing a second time, for a sanction that removed nothing, or where the member joined again meanwhile', () => {
      spec
        .given([registered(member), joined(member, communityId), removedBy(sanctionId, 'removed_by_operator'), reinstated()])
        .when({ type: 'LiftModerationSanction', sanctionId, reason: '申诉成立', by: reviewer })
        .then([]);
      spec.given([registered(member), joined(member, communityId)]).when({ type: 'LiftModerationSanction', sanctionId, reason: '禁言到期', by: aSystemActor('moderation-sanction-expiry') }).then([]);
      spec
        .given([registered(member), joined(member, communityId), removedBy(sanctionId, 'removed_by_operator'), joined(member, communityId)])
        .when({ type: 'LiftModerationSanction', sanctionId, reason: '申诉成立', by: reviewer })
        .then([]);
    });

    it('should reject a lift without a reason, or by a member', () => {
      const history = [registered(member), joined(member, communityId), removedBy(sanctionId, 'removed_by_operator')];
      spec.given(history).when({ type: 'LiftModerationSanction', sanctionId, reason: '  ', by: reviewer }).thenThrows(MemberDomainError, 'REASON_REQUIRED');
      spec.given(history).when({ type: 'LiftModerationSanction', sanctionId, reason: '申诉成立', by: theMember(memberId) }).thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
    });
  });

  it('should keep a member removed by one sanction removed when another is lifted', () => {
    spec
      .given([registered(member), joined(member, communityId), removedBy(anId(), 'removed_by_operator')])
      .when({ type: 'LiftModerationSanction', sanctionId, reason: '申诉成立', by: reviewer })
      .then([]);
  });
});
