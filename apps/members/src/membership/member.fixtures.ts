import { MemberIdentityLinkedV1, MemberJoinedV2, MemberLeftV1, MemberRegisteredV1, type Identity, type Platform } from '@groundswell/events';
import { domainEvent } from '../shared/domain-event';
import { aSystemActor, anEncryptedField, anId } from '../shared/testing/factories';
import type { IdentityToLink, JoinTarget } from './member.commands';
import type { MemberEvent } from './member.state';

/** Test data only: a member's ids, and the events of a typical history. */
export function aMemberRef() {
  const memberId = anId();
  return { memberId, keyId: `key-${memberId}` };
}

export type MemberRef = ReturnType<typeof aMemberRef>;

export function anIdentityToLink(member: MemberRef, overrides: Partial<IdentityToLink> = {}): IdentityToLink {
  return { identityId: anId(), kind: 'phone', value: anEncryptedField({ keyId: member.keyId }), ...overrides };
}

export function aJoinTarget(communityId = anId(), overrides: Partial<JoinTarget['community']> = {}): JoinTarget {
  return { community: { communityId, platform: 'wecom', status: 'active', ...overrides }, acquisition: { channel: 'qr-code' } };
}

export const registered = (member: MemberRef): MemberEvent =>
  domainEvent(MemberRegisteredV1, { ...member, registeredBy: aSystemActor('registration') });

export const identityLinked = (member: MemberRef, identity: Partial<Identity> = {}): MemberEvent =>
  domainEvent(MemberIdentityLinkedV1, {
    memberId: member.memberId,
    identity: { identityId: anId(), kind: 'phone', value: anEncryptedField({ keyId: member.keyId }), ...identity },
    linkedBy: aSystemActor('registration'),
  });

export const joined = (member: MemberRef, communityId: string, platform: Platform = 'wecom'): MemberEvent =>
  domainEvent(MemberJoinedV2, { memberId: member.memberId, communityId, platform, acquisition: { channel: 'qr-code' } });

export const left = (member: MemberRef, communityId: string, reason: 'left' | 'banned' | 'removed_by_operator' = 'left'): MemberEvent =>
  domainEvent(MemberLeftV1, { memberId: member.memberId, communityId, platform: 'wecom', reason });
