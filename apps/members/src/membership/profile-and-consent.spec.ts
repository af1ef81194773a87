import { MemberConsentGrantedV1, MemberConsentRevokedV1, MemberErasedV1, MemberMergedIntoV1, MemberProfileUpdatedV1 } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { domainEvent } from '../shared/domain-event';
import { anEncryptedField, anId, anOperator, aSystemActor, at, theMember } from '../shared/testing/factories';
import { memberDeciderSpec } from '../shared/testing/member-decider-spec';
import type { MemberCommandOf } from './member.commands';
import { memberDecider } from './member.decider';
import { aMemberRef, registered } from './member.fixtures';
import { profilePlaintexts } from './profile-values';

const spec = memberDeciderSpec(memberDecider);
const member = aMemberRef();
const { memberId } = member;
const self = theMember(memberId);
const march = at('2025-03-01T08:00:00.000Z');
const april = at('2025-04-01T08:00:00.000Z');

const consent = (
  type: 'GrantConsent' | 'RevokeConsent',
  overrides: Partial<MemberCommandOf<'GrantConsent'>> = {},
): MemberCommandOf<'GrantConsent' | 'RevokeConsent'> => ({
  type,
  purpose: 'marketing_messages',
  source: 'member_self_service',
  policyVersion: '2025-01',
  at: march,
  by: self,
  ...overrides,
});
const granted = (policyVersion = '2025-01', decidedAt = march) =>
  domainEvent(MemberConsentGrantedV1, {
    memberId, purpose: 'marketing_messages', decidedAt: decidedAt.toISOString(), source: 'member_self_service', policyVersion, recordedBy: self,
  });
const revoked = (decidedAt = march) =>
  domainEvent(MemberConsentRevokedV1, {
    memberId, purpose: 'marketing_messages', decidedAt: decidedAt.toISOString(), source: 'member_self_service', policyVersion: '2025-01', recordedBy: self,
  });

describe('memberDecider: profile', () => {
  const region = anEncryptedField({ keyId: member.keyId });
  const regionSet = domainEvent(MemberProfileUpdatedV1, { memberId, changes: { region }, updatedBy: self });

  it('should record changed and cleared fields', () => {
    const occupation = anEncryptedField({ keyId: member.keyId });
    spec
      .given([registered(member), regionSet])
      .when({ type: 'UpdateMemberProfile', changes: { occupation, region: null, gender: null }, by: self })
      .then([domainEvent(MemberProfileUpdatedV1, { memberId, changes: { occupation, region: null }, updatedBy: self })]);
  });

  it('should do nothing when only empty fields are cleared', () => {
    spec.given([registered(member)]).when({ type: 'UpdateMemberProfile', changes: { region: null }, by: self }).then([]);
  });

  it('should reject a value under another key', () => {
    spec
      .given([registered(member)])
      .when({ type: 'UpdateMemberProfile', changes: { region: anEncryptedField({ keyId: 'other' }) }, by: self })
      .thenThrows(MemberDomainError, 'INVALID_PROFILE');
  });

  it('should reject changes to an erased member', () => {
    const erased = domainEvent(MemberErasedV1, { memberId, erasedKeyIds: [member.keyId], basis: 'member_request', requestedBy: self });
    spec.given([registered(member), erased]).when({ type: 'UpdateMemberProfile', changes: { region }, by: self }).thenThrows(MemberDomainError, 'MEMBER_ERASED');
  });

  it('should reject changes to a member that does not exist', () => {
    spec.given([]).when({ type: 'UpdateMemberProfile', changes: { region }, by: anOperator() }).thenThrows(MemberDomainError, 'MEMBER_NOT_FOUND');
  });

  it('should reject changes to a member merged into another', () => {
    const merged = domainEvent(MemberMergedIntoV1, {
      memberId, survivorMemberId: anId(), mergeId: anId(), movedIdentityIds: [], movedCommunityIds: [], reason: 'same person', mergedBy: anOperator(),
    });
    spec.given([registered(member), merged]).when({ type: 'UpdateMemberProfile', changes: { region }, by: anOperator() }).thenThrows(MemberDomainError, 'MEMBER_MERGED');
  });

  it('should reject a member changing someone else\'s profile', () => {
    spec.given([registered(member)]).when({ type: 'UpdateMemberProfile', changes: { region }, by: theMember(anId()) }).thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
  });
});

describe('memberDecider: consent', () => {
  it('should record a grant with its time, source and policy version', () => {
    spec.given([registered(member)]).when(consent('GrantConsent')).then([granted()]);
  });

  it('should record a refusal even without an earlier grant', () => {
    spec.given([registered(member)]).when(consent('RevokeConsent')).then([revoked()]);
  });

  it('should record a revocation of a grant', () => {
    spec.given([registered(member), granted()]).when(consent('RevokeConsent', { at: april })).then([revoked(april)]);
  });

  it('should record a grant again under a new policy version', () => {
    spec.given([registered(member), granted()]).when(consent('GrantConsent', { policyVersion: '2025-04', at: april })).then([granted('2025-04', april)]);
  });

  it('should do nothing when the same decision is repeated', () => {
    spec.given([registered(member), granted()]).when(consent('GrantConsent', { at: april })).then([]);
    spec.given([registered(member), revoked()]).when(consent('RevokeConsent', { policyVersion: '2025-04', at: april })).then([]);
  });

  it('should reject a decision older than the one recorded', () => {
    spec.given([registered(member), revoked(april)]).when(consent('GrantConsent', { at: march })).thenThrows(MemberDomainError, 'CONSENT_OUT_OF_ORDER');
  });

  it('should reject a blank policy version', () => {
    spec.given([registered(member)]).when(consent('GrantConsent', { policyVersion: ' ' })).thenThrows(MemberDomainError, 'INVALID_POLICY_VERSION');
  });

  it('should reject a source that does not match who records it', () => {
    spec.given([registered(member)]).when(consent('GrantConsent', { source: 'operator_on_behalf' })).thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
    spec.given([registered(member)]).when(consent('GrantConsent', { by: anOperator() })).thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
  });

  it('should accept an import recorded by automation', () => {
    const importer = aSystemActor('crm-import');
    spec
      .given([registered(member)])
      .when(consent('GrantConsent', { purpose: 'analytics', source: 'import', by: importer }))
      .then([
        domainEvent(MemberConsentGrantedV1, {
          memberId, purpose: 'analytics', decidedAt: march.toISOString(), source: 'import', policyVersion: '2025-01', recordedBy: importer,
        }),
      ]);
  });
});

describe(profilePlaintexts.name, () => {
  it('should turn checked values into the strings to encrypt', () => {
    expect(profilePlaintexts({ displayName: ' 李伟 ', ageBand: '25_34', interests: ['跑步', '跑步', '摄影'], activeHours: [21, 8, 21], region: null })).toEqual({
      displayName: '李伟',
      ageBand: '25_34',
      interests: '["跑步","摄影"]',
      activeHours: '[8,21]',
      region: null,
    });
  });

  it.each([
    ['an unknown age band', { ageBand: '30' }],
    ['an unknown gender', { gender: 'f' }],
    ['an hour outside 0–23', { activeHours: [24] }],
    ['more than 20 interests', { interests: Array.from({ length: 21 }, (_, index) => `i${index}`) }],
    ['a blank name', { displayName: ' ' }],
  ])('should reject %s', (_, input) => {
    expect(() => profilePlaintexts(input)).toThrow(expect.objectContaining({ code: 'INVALID_PROFILE' }) as Error);
  });
});
