import { MemberRegisteredV1 } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { domainEvent } from '../shared/domain-event';
import { requireText } from '../shared/text';
import { decideLinkIdentity } from './decide-identity';
import { decideJoin } from './decide-membership';
import { decideProfileUpdate } from './decide-profile-and-consent';
import type { MemberCommandOf } from './member.commands';
import { initialMemberState, type MemberEvent, type MemberState } from './member.state';

/**
 * A new member arrives with at least one identity (without one, identity resolution could never
 * find them again) and, usually, the community they joined: all in one append.
 */
export function decideRegistration(command: MemberCommandOf<'RegisterMember'>, state: MemberState): MemberEvent[] {
  if (state.status !== 'unregistered') {
    throw new MemberDomainError('MEMBER_ALREADY_EXISTS', 'The member exists already', { memberId: state.memberId });
  }
  const { memberId, by } = command;
  const keyId = requireText(command.keyId, 200, 'INVALID_IDENTITY', 'keyId');
  if (command.identities.length === 0) throw new MemberDomainError('INVALID_IDENTITY', 'A member registers with at least one identity');
  const ids = command.identities.map((identity) => identity.identityId);
  if (new Set(ids).size !== ids.length) throw new MemberDomainError('IDENTITY_ID_CONFLICT', 'Two identities share an id');

  const registered = { ...initialMemberState(), status: 'active' as const, memberId, keyId };
  const events: MemberEvent[] = [domainEvent(MemberRegisteredV1, { memberId, keyId, registeredBy: by })];
  for (const identity of command.identities) events.push(...decideLinkIdentity(memberId, keyId, identity, by, registered));
  if (command.profile) events.push(...decideProfileUpdate(registered, command.profile, by));
  if (command.join) events.push(...decideJoin(memberId, command.join, registered));
  return events;
}
