import { MemberIdentityLinkedV1, MemberIdentityVerifiedV1, type Actor } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { operatorsAndAutomation, requireActor } from '../shared/actor-policy';
import { domainEvent } from '../shared/domain-event';
import { toInstant } from '../shared/instant';
import type { IdentityToLink, MemberCommandOf } from './member.commands';
import { requireActiveMember, requireOwnKey } from './member-guards';
import type { MemberEvent, MemberState } from './member.state';

/**
 * Attaching an identity is idempotent by identity id. Which member an identity belongs to is
 * resolved before the command (the identity index), so a join with a known identity lands here.
 */
export function decideLinkIdentity(memberId: string, keyId: string, identity: IdentityToLink, by: Actor, state: MemberState): MemberEvent[] {
  requireOwnKey(keyId, [identity.value], 'INVALID_IDENTITY');
  // Verification is attested by a platform or a person, never claimed by the member.
  if (identity.verified) requireActor(by, operatorsAndAutomation, 'mark an identity verified');
  const existing = state.identities[identity.identityId];
  if (existing) {
    if (existing.kind === identity.kind && existing.scope === identity.scope) return [];
    throw new MemberDomainError('IDENTITY_ID_CONFLICT', 'That identity id belongs to a different identity', {
      identityId: identity.identityId,
    });
  }
  const { identityId, kind, scope, value, verified } = identity;
  const verification = verified && { method: verified.method, verifiedAt: toInstant(verified.at, 'verified.at') };
  const linked = { identityId, kind, scope, value, ...(verification ? { verification } : {}) };
  return [domainEvent(MemberIdentityLinkedV1, { memberId, identity: linked, linkedBy: by })];
}

export function decideIdentity(command: MemberCommandOf<'LinkIdentity' | 'VerifyIdentity'>, state: MemberState): MemberEvent[] {
  requireActiveMember(state);
  if (command.type === 'LinkIdentity') return decideLinkIdentity(state.memberId, state.keyId, command.identity, command.by, state);
  requireActor(command.by, operatorsAndAutomation, 'verify identities');
  const identity = state.identities[command.identityId];
  if (!identity) throw new MemberDomainError('IDENTITY_NOT_FOUND', 'The member has no such identity', { identityId: command.identityId });
  if (identity.verification) return [];
  const { identityId, method, by } = command;
  const verifiedAt = toInstant(command.at);
  return [domainEvent(MemberIdentityVerifiedV1, { memberId: state.memberId, identityId, method, verifiedAt, verifiedBy: by })];
}
