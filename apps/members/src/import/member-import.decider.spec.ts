import { MemberConsentGrantedV1, MemberIdentityLinkedV1, MemberJoinedV2, MemberProfileUpdatedV1, MemberRegisteredV1 } from '@groundswell/events';
import { aJoinTarget, aMemberRef, anIdentityToLink, joined, left, registered } from '../membership/member.fixtures';
import { domainEvent } from '../shared/domain-event';
import { MemberDomainError } from '../shared/member-domain.error';
import { anEncryptedField, anOperator, at } from '../shared/testing/factories';
import { memberDeciderSpec } from '../shared/testing/member-decider-spec';
import { importOutcomes, memberImportDecider, type ImportedJoin, type ImportMember } from './member-import.decider';

const spec = memberDeciderSpec(memberImportDecider);
const member = aMemberRef();
const by = anOperator();
const [phone, unionId] = [anIdentityToLink(member), anIdentityToLink(member, { kind: 'wechat_unionid' })];
const [first, second] = [aJoinTarget(), aJoinTarget()];
const stamped = <T extends object>(event: T, when: string) => ({ ...event, occurredAt: at(when) });

const aJoin = (row: number, target = first, overrides: Partial<ImportedJoin> = {}): ImportedJoin => ({ row, target, identities: [], ...overrides });
const importing = (overrides: Partial<ImportMember> = {}): ImportMember => ({ type: 'ImportMember', ...member, joins: [aJoin(1, first, { identities: [phone] })], consents: [], by, ...overrides });
const { memberId } = member;
const { communityId } = first.community;

describe('memberImportDecider', () => {
  it('should register a new person with their profile and first join, as a single join does, stamped with when they joined', () => {
    const displayName = anEncryptedField({ keyId: member.keyId });
    const joinedAt = '2025-05-01T02:00:00.000Z';
    spec
      .given([])
      .when(importing({ joins: [aJoin(1, first, { identities: [phone], joinedAt: at(joinedAt) })], profile: { displayName } }))
      .then([
        stamped(domainEvent(MemberRegisteredV1, { ...member, registeredBy: by }), joinedAt),
        stamped(domainEvent(MemberIdentityLinkedV1, { memberId, identity: { identityId: phone.identityId, kind: 'phone', value: phone.value }, linkedBy: by }), joinedAt),
        stamped(domainEvent(MemberProfileUpdatedV1, { memberId, changes: { displayName }, updatedBy: by }), joinedAt),
        stamped(domainEvent(MemberJoinedV2, { memberId, communityId, platform: 'wecom', acquisition: { channel: 'qr-code' } }), joinedAt),
      ]);
  });

  it('should link the identities a later row names first, then join its community', () => {
    spec
      .given([registered(member), joined(member, communityId)])
      .when(importing({ joins: [aJoin(4, second, { identities: [unionId] })] }))
      .then([
        domainEvent(MemberIdentityLinkedV1, { memberId, identity: { identityId: unionId.identityId, kind: 'wechat_unionid', value: unionId.value }, linkedBy: by }),
        domainEvent(MemberJoinedV2, { memberId, communityId: second.community.communityId, platform: 'wecom', acquisition: { channel: 'qr-code' } }),
      ]);
  });

  it('should skip a join into a community the member is already in, whether from before or from an earlier row', () => {
    spec.given([registered(member), joined(member, communityId)]).when(importing({ joins: [aJoin(1), aJoin(2)] })).then([]);
  });

  it('should let a member who left join again', () => {
    spec
      .given([registered(member), joined(member, communityId), left(member, communityId)])
      .when(importing({ joins: [aJoin(3)] }))
      .then([domainEvent(MemberJoinedV2, { memberId, communityId, platform: 'wecom', acquisition: { channel: 'qr-code' } })]);
  });

  it('should record consent decisions in the order they were made, after the joins', () => {
    const consent = (row: number, when: string) => ({ row, purpose: 'marketing_messages' as const, granted: true, source: 'import' as const, policyVersion: `v${row}`, at: at(when) });
    const events = memberImportDecider.decide(importing({ consents: [consent(2, '2025-02-01T00:00:00Z'), consent(1, '2025-01-01T00:00:00Z')] }), memberImportDecider.initialState());
    expect(events.map((event) => event.type).slice(-3)).toEqual([MemberJoinedV2.type, MemberConsentGrantedV1.type, MemberConsentGrantedV1.type]);
    expect(events.slice(-2).map((event) => (event.data as { policyVersion: string }).policyVersion)).toEqual(['v1', 'v2']);
  });

  it('should refuse a join into a community the member is banned from, naming the row', () => {
    const refusal = (() => {
      try {
        memberImportDecider.decide(importing({ joins: [aJoin(7)] }), [registered(member), joined(member, communityId), left(member, communityId, 'banned')].reduce(memberImportDecider.evolve, memberImportDecider.initialState()));
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(MemberDomainError);
    expect(refusal).toMatchObject({ code: 'MEMBER_BANNED', details: { row: 7, communityId } });
  });

  it('should refuse a join into an archived community', () => {
    spec.given([]).when(importing({ joins: [aJoin(1, aJoinTarget(undefined, { status: 'archived' }), { identities: [phone] })] })).thenThrows(MemberDomainError, 'COMMUNITY_ARCHIVED');
  });
});

describe(importOutcomes.name, () => {
  it('should tell joined rows from members already there and repeats of an earlier row', () => {
    const before = [registered(member), joined(member, communityId)].reduce(memberImportDecider.evolve, memberImportDecider.initialState());
    expect(importOutcomes(importing({ joins: [aJoin(1), aJoin(2, second), aJoin(3, second)] }), before)).toEqual([
      { row: 1, outcome: 'ALREADY_MEMBER' },
      { row: 2, outcome: 'JOINED' },
      { row: 3, outcome: 'DUPLICATE' },
    ]);
  });
});
