import { foldEvents } from '@groundswell/event-store';
import { MemberConsentGrantedV1, MemberErasedV1, MemberProfileUpdatedV1 } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { domainEvent } from '../shared/domain-event';
import { anEncryptedField, anId, anOperator, aSystemActor, theMember } from '../shared/testing/factories';
import { memberDeciderSpec } from '../shared/testing/member-decider-spec';
import { memberDecider } from '../membership/member.decider';
import { aJoinTarget, aMemberRef, identityLinked, joined, registered } from '../membership/member.fixtures';
import type { MemberEvent } from '../membership/member.state';
import { decideMergeOfMembers } from '../merge/merge-members';

const spec = memberDeciderSpec(memberDecider);
const member = aMemberRef();
const { memberId } = member;
const self = theMember(memberId);
const communityId = anId();

const history = (): MemberEvent[] => [
  registered(member),
  identityLinked(member),
  joined(member, communityId),
  domainEvent(MemberProfileUpdatedV1, { memberId, changes: { displayName: anEncryptedField({ keyId: member.keyId }) }, updatedBy: self }),
  domainEvent(MemberConsentGrantedV1, {
    memberId, purpose: 'analytics', decidedAt: '2025-03-01T08:00:00.000Z', source: 'member_self_service', policyVersion: '1', recordedBy: self,
  }),
];
const erased = () => domainEvent(MemberErasedV1, { memberId, erasedKeyIds: [member.keyId], basis: 'member_request', requestedBy: self });

describe('memberDecider: EraseMember', () => {
  it('should erase the member by their key, carrying no personal data', () => {
    spec.given(history()).when({ type: 'EraseMember', basis: 'member_request', by: self }).then([erased()]);
    const decided = memberDecider.decide({ type: 'EraseMember', basis: 'member_request', by: self }, foldEvents(memberDecider, history()));
    expect(JSON.stringify(decided)).not.toMatch(/ciphertext/);
  });

  it('should forget personal data but keep memberships for community KPIs', () => {
    const state = foldEvents(memberDecider, [...history(), erased()]);
    expect(state).toMatchObject({ status: 'erased', identities: {}, profile: {}, consents: {} });
    expect(state.memberships[communityId]?.status).toBe('active');
  });

  it('should destroy the keys of duplicates merged into the member too', () => {
    const duplicate = aMemberRef();
    const duplicateState = foldEvents(memberDecider, [registered(duplicate), identityLinked(duplicate)]);
    const { survivorEvents } = decideMergeOfMembers(duplicateState, foldEvents(memberDecider, history()), {
      mergeId: anId(), reason: 'Same phone', by: anOperator(),
    });
    spec
      .given([...history(), ...survivorEvents])
      .when({ type: 'EraseMember', basis: 'legal_obligation', by: anOperator() })
      .then([domainEvent(MemberErasedV1, { memberId, erasedKeyIds: [member.keyId, duplicate.keyId], basis: 'legal_obligation', requestedBy: anOperator() })]);
  });

  it('should erase a duplicate that was merged away', () => {
    const { duplicateEvents } = decideMergeOfMembers(foldEvents(memberDecider, history()), foldEvents(memberDecider, [registered(aMemberRef())]), {
      mergeId: anId(), reason: 'Same phone', by: anOperator(),
    });
    const retention = aSystemActor('retention');
    spec
      .given([...history(), ...duplicateEvents])
      .when({ type: 'EraseMember', basis: 'retention_expired', by: retention })
      .then([domainEvent(MemberErasedV1, { memberId, erasedKeyIds: [member.keyId], basis: 'retention_expired', requestedBy: retention })]);
  });

  it('should do nothing when the member is erased already', () => {
    spec.given([...history(), erased()]).when({ type: 'EraseMember', basis: 'member_request', by: self }).then([]);
  });

  it('should reject every change after erasure', () => {
    spec.given([...history(), erased()]).when({ type: 'JoinCommunity', ...aJoinTarget(), by: self }).thenThrows(MemberDomainError, 'MEMBER_ERASED');
  });

  it('should reject an unknown member', () => {
    spec.given([]).when({ type: 'EraseMember', basis: 'member_request', by: anOperator() }).thenThrows(MemberDomainError, 'MEMBER_NOT_FOUND');
  });

  it('should reject a member erasing someone else', () => {
    spec.given(history()).when({ type: 'EraseMember', basis: 'member_request', by: theMember(anId()) }).thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
  });
});
