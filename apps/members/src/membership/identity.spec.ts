import { MemberIdentityLinkedV1, MemberIdentityVerifiedV1 } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { domainEvent } from '../shared/domain-event';
import { anEncryptedField, anId, anOperator, aSystemActor, at, theMember } from '../shared/testing/factories';
import { memberDeciderSpec } from '../shared/testing/member-decider-spec';
import { memberDecider } from './member.decider';
import { aMemberRef, anIdentityToLink, identityLinked, registered } from './member.fixtures';

const spec = memberDeciderSpec(memberDecider);
const member = aMemberRef();
const { memberId } = member;
const self = theMember(memberId);
const sms = aSystemActor('sms-verification');
const now = at('2025-03-01T08:00:00.000Z');

describe('memberDecider: identities', () => {
  describe('LinkIdentity', () => {
    it('should attach an unverified identity the member added', () => {
      const identity = anIdentityToLink(member, { kind: 'wechat_openid', scope: 'wx1234' });
      const { identityId, kind, scope, value } = identity;
      spec
        .given([registered(member)])
        .when({ type: 'LinkIdentity', identity, by: self })
        .then([domainEvent(MemberIdentityLinkedV1, { memberId, identity: { identityId, kind, scope, value }, linkedBy: self })]);
    });

    it('should attach a verified identity from a platform', () => {
      const identity = anIdentityToLink(member, { verified: { method: 'platform_oauth', at: now } });
      const { identityId, kind, value } = identity;
      const verification = { method: 'platform_oauth' as const, verifiedAt: now.toISOString() };
      spec
        .given([registered(member)])
        .when({ type: 'LinkIdentity', identity, by: sms })
        .then([domainEvent(MemberIdentityLinkedV1, { memberId, identity: { identityId, kind, value, verification }, linkedBy: sms })]);
    });

    it('should do nothing when the identity is attached already', () => {
      const identityId = anId();
      spec
        .given([registered(member), identityLinked(member, { identityId, kind: 'phone' })])
        .when({ type: 'LinkIdentity', identity: anIdentityToLink(member, { identityId, kind: 'phone' }), by: self })
        .then([]);
    });

    it('should reject an identity id already used for a different identity', () => {
      const identityId = anId();
      spec
        .given([registered(member), identityLinked(member, { identityId, kind: 'phone' })])
        .when({ type: 'LinkIdentity', identity: anIdentityToLink(member, { identityId, kind: 'email' }), by: self })
        .thenThrows(MemberDomainError, 'IDENTITY_ID_CONFLICT');
    });

    it('should reject a value encrypted under another key', () => {
      const identity = anIdentityToLink(member, { value: anEncryptedField({ keyId: 'another-key' }) });
      spec.given([registered(member)]).when({ type: 'LinkIdentity', identity, by: self }).thenThrows(MemberDomainError, 'INVALID_IDENTITY');
    });

    it('should reject a member marking their identity verified', () => {
      const identity = anIdentityToLink(member, { verified: { method: 'sms_code', at: now } });
      spec.given([registered(member)]).when({ type: 'LinkIdentity', identity, by: self }).thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
    });

    it('should reject an unknown member', () => {
      spec.given([]).when({ type: 'LinkIdentity', identity: anIdentityToLink(member), by: sms }).thenThrows(MemberDomainError, 'MEMBER_NOT_FOUND');
    });
  });

  describe('VerifyIdentity', () => {
    const identityId = anId();
    const history = () => [registered(member), identityLinked(member, { identityId })];

    it('should verify an identity', () => {
      spec
        .given(history())
        .when({ type: 'VerifyIdentity', identityId, method: 'sms_code', at: now, by: sms })
        .then([domainEvent(MemberIdentityVerifiedV1, { memberId, identityId, method: 'sms_code', verifiedAt: now.toISOString(), verifiedBy: sms })]);
    });

    it('should do nothing when it is verified already', () => {
      const verified = domainEvent(MemberIdentityVerifiedV1, { memberId, identityId, method: 'sms_code', verifiedAt: now.toISOString(), verifiedBy: sms });
      spec.given([...history(), verified]).when({ type: 'VerifyIdentity', identityId, method: 'operator_attested', at: now, by: anOperator() }).then([]);
    });

    it('should reject an identity the member does not have', () => {
      spec.given(history()).when({ type: 'VerifyIdentity', identityId: anId(), method: 'sms_code', at: now, by: sms }).thenThrows(MemberDomainError, 'IDENTITY_NOT_FOUND');
    });

    it('should reject verification claimed by the member', () => {
      spec.given(history()).when({ type: 'VerifyIdentity', identityId, method: 'sms_code', at: now, by: self }).thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
    });

    it('should reject an invalid time', () => {
      spec
        .given(history())
        .when({ type: 'VerifyIdentity', identityId, method: 'sms_code', at: new Date(Number.NaN), by: sms })
        .thenThrows(MemberDomainError, 'INVALID_TIMESTAMP');
    });
  });
});
