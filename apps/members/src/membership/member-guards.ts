import type { Actor, MembershipSnapshot } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import type { MemberState } from './member.state';

/** A member that can still change: registered, not merged away, not erased. */
export function requireActiveMember(state: MemberState): void {
  if (state.status === 'unregistered') throw new MemberDomainError('MEMBER_NOT_FOUND', 'No such member');
  if (state.status === 'merged') {
    throw new MemberDomainError('MEMBER_MERGED', 'The member was merged into another', {
      memberId: state.memberId,
      survivorMemberId: state.mergedInto?.survivorMemberId,
    });
  }
  if (state.status === 'erased') throw new MemberDomainError('MEMBER_ERASED', 'The member was erased', { memberId: state.memberId });
}

export function requireActiveMembership(state: MemberState, communityId: string): MembershipSnapshot {
  requireActiveMember(state);
  const membership = state.memberships[communityId];
  if (membership?.status !== 'active') {
    throw new MemberDomainError('MEMBERSHIP_NOT_FOUND', 'The member is not in this community', { communityId });
  }
  return membership;
}

/** A member acting for themself may act on their own record only. */
export function requireSelfWhenMember(by: Actor, memberId: string): void {
  if (by.kind === 'member' && by.id !== memberId) {
    throw new MemberDomainError('ACTOR_NOT_ALLOWED', 'A member may act only on their own record', { memberId });
  }
}

export function requireOwnKey(keyId: string, values: readonly ({ keyId: string } | null | undefined)[], code: 'INVALID_IDENTITY' | 'INVALID_PROFILE') {
  // A value under another member's key would be unreadable with this member's, and survive their erasure.
  if (values.some((value) => value && value.keyId !== keyId)) {
    throw new MemberDomainError(code, 'Personal values must be encrypted with the member’s own key', { keyId });
  }
}
