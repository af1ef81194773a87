import { MemberIdentityLinkedV1, MemberJoinedV2, MemberProfileUpdatedV1, MemberRegisteredV1 } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { domainEvent } from '../shared/domain-event';
import { anEncryptedField, anId, at, theMember } from '../shared/testing/factories';
import { memberDeciderSpec } from '../shared/testing/member-decider-spec';
import type { MemberCommandOf } from './member.commands';
import { memberDecider } from './member.decider';
import { aJoinTarget, aMemberRef, anIdentityToLink, registered } from './member.fixtures';

const spec = memberDeciderSpec(memberDecider);
const member = aMemberRef();
const self = theMember(member.memberId);
const phone = anIdentityToLink(member);

const register = (overrides: Partial<MemberCommandOf<'RegisterMember'>> = {}): MemberCommandOf<'RegisterMember'> => ({
  type: 'RegisterMember',
  ...member,
  identities: [phone],
  by: self,
  ...overrides,
});

describe('memberDecider: RegisterMember', () => {
  it('should register the member with their identity', () => {
    const { identityId, kind, value } = phone;
    spec
      .given([])
      .when(register())
      .then([
        domainEvent(MemberRegisteredV1, { ...member, registeredBy: self }),
        domainEvent(MemberIdentityLinkedV1, { memberId: member.memberId, identity: { identityId, kind, value }, linkedBy: self }),
      ]);
  });

  it('should record profile and first community in the same append', () => {
    const displayName = anEncryptedField({ keyId: member.keyId });
    const join = aJoinTarget();
    const events = memberDecider.decide(register({ profile: { displayName, gender: null }, join }), memberDecider.initialState());
    expect(events.map((event) => event.type)).toEqual([
      MemberRegisteredV1.type,
      MemberIdentityLinkedV1.type,
      MemberProfileUpdatedV1.type,
      MemberJoinedV2.type,
    ]);
    expect(events[2]!.data).toEqual({ memberId: member.memberId, changes: { displayName }, updatedBy: self });
  });

  it('should accept a verified identity from a platform login', () => {
    const login = { kind: 'system' as const, id: 'wechat-oauth' };
    const verified = { method: 'platform_oauth' as const, at: at('2025-03-01T08:00:00Z') };
    const events = memberDecider.decide(register({ identities: [{ ...phone, verified }], by: login }), memberDecider.initialState());
    expect(events[1]!.data).toMatchObject({ identity: { verification: { method: 'platform_oauth', verifiedAt: '2025-03-01T08:00:00.000Z' } } });
  });

  it('should reject a member that exists already', () => {
    spec.given([registered(member)]).when(register()).thenThrows(MemberDomainError, 'MEMBER_ALREADY_EXISTS');
  });

  it('should reject a registration without an identity', () => {
    spec.given([]).when(register({ identities: [] })).thenThrows(MemberDomainError, 'INVALID_IDENTITY');
  });

  it('should reject a blank key id', () => {
    spec.given([]).when(register({ keyId: ' ' })).thenThrows(MemberDomainError, 'INVALID_IDENTITY');
  });

  it('should reject two identities with one id', () => {
    spec.given([]).when(register({ identities: [phone, { ...phone, kind: 'email' }] })).thenThrows(MemberDomainError, 'IDENTITY_ID_CONFLICT');
  });

  it('should reject an identity encrypted under another member’s key', () => {
    const foreign = anIdentityToLink(aMemberRef());
    spec.given([]).when(register({ identities: [foreign] })).thenThrows(MemberDomainError, 'INVALID_IDENTITY');
  });

  it('should reject a profile encrypted under another member’s key', () => {
    spec
      .given([])
      .when(register({ profile: { region: anEncryptedField({ keyId: 'key-of-someone-else' }) } }))
      .thenThrows(MemberDomainError, 'INVALID_PROFILE');
  });

  it('should reject a member registering someone else', () => {
    spec.given([]).when(register({ by: theMember(anId()) })).thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
  });

  it('should reject a member claiming their own identity is verified', () => {
    const verified = { method: 'sms_code' as const, at: at('2025-03-01T08:00:00Z') };
    spec.given([]).when(register({ identities: [{ ...phone, verified }] })).thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
  });

  it('should reject a first community that is archived', () => {
    spec.given([]).when(register({ join: aJoinTarget(anId(), { status: 'archived' }) })).thenThrows(MemberDomainError, 'COMMUNITY_ARCHIVED');
  });
});
