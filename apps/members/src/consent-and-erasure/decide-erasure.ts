import { MemberErasedV1 } from '@groundswell/events';
import { domainEvent } from '../shared/domain-event';
import type { MemberCommandOf } from '../membership/member.commands';
import { requireActiveMember } from '../membership/member-guards';
import type { MemberEvent, MemberState } from '../membership/member.state';

/**
 * Erasure names every key that still encrypts this person's data: their own and those of the
 * duplicates merged into them, whose moved identities are still under the duplicates' keys. The
 * persistence layer destroys each key and appends MemberErased to each duplicate's stream too,
 * which is why a merged-away duplicate can be erased. Erasing twice changes nothing.
 */
export function decideErasure(command: MemberCommandOf<'EraseMember'>, state: MemberState): MemberEvent[] {
  if (state.status === 'erased') return [];
  if (state.status === 'unregistered') requireActiveMember(state);
  const absorbedKeys = Object.values(state.absorbed).map((absorbed) => absorbed.absorbedKeyId);
  const erasedKeyIds = [...new Set([state.keyId, ...absorbedKeys])];
  return [domainEvent(MemberErasedV1, { memberId: state.memberId, erasedKeyIds, basis: command.basis, requestedBy: command.by })];
}
