import { MemberAbsorbedV1, MemberMergedIntoV1, MemberMergeRevertedV1, MemberUnmergedV1, type IdentitySnapshot, type MembershipSnapshot } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { operatorsAndAutomation, operatorsOnly, requireActor } from '../shared/actor-policy';
import { domainEvent } from '../shared/domain-event';
import { requireText } from '../shared/text';
import type { MemberCommandOf } from '../membership/member.commands';
import { requireActiveMember } from '../membership/member-guards';
import type { MemberEvent, MemberState } from '../membership/member.state';

type MergeCommand = MemberCommandOf<'MergeInto' | 'AbsorbMember' | 'Unmerge' | 'RevertMerge'>;

const stale = (message: string) => new MemberDomainError('MERGE_PLAN_STALE', message);

/**
 * Each side of a merge and of an unmerge; `merge-members.ts` pairs them. Every moved fact keeps
 * the merges it went through (`mergedVia`), so an unmerge gives back exactly what a merge moved,
 * as it is now, and both members fold to what they were.
 */
export function decideMerge(command: MergeCommand, state: MemberState): MemberEvent[] {
  switch (command.type) {
    case 'MergeInto':
      return mergeInto(command, state);
    case 'AbsorbMember':
      return absorb(command, state);
    case 'Unmerge':
      return unmerge(command, state);
    case 'RevertMerge':
      return revert(command, state);
  }
}

function mergeInto(command: MemberCommandOf<'MergeInto'>, state: MemberState): MemberEvent[] {
  requireActor(command.by, operatorsAndAutomation, 'merge members');
  requireActiveMember(state);
  if (command.survivorMemberId === state.memberId) {
    throw new MemberDomainError('CANNOT_MERGE_WITH_SELF', 'A member cannot merge into itself');
  }
  const { identityIds, communityIds } = command.plan;
  if (identityIds.some((id) => !state.identities[id]) || communityIds.some((id) => !state.memberships[id])) {
    throw stale('The merge plan names facts the member no longer has');
  }
  const reason = requireText(command.reason, 500, 'REASON_REQUIRED', 'reason');
  const { survivorMemberId, mergeId, by } = command;
  return [
    domainEvent(MemberMergedIntoV1, {
      memberId: state.memberId,
      survivorMemberId,
      mergeId,
      movedIdentityIds: identityIds,
      movedCommunityIds: communityIds,
      reason,
      mergedBy: by,
    }),
  ];
}

function absorb(command: MemberCommandOf<'AbsorbMember'>, state: MemberState): MemberEvent[] {
  requireActor(command.by, operatorsAndAutomation, 'merge members');
  requireActiveMember(state);
  if (command.absorbedMemberId === state.memberId) {
    throw new MemberDomainError('CANNOT_MERGE_WITH_SELF', 'A member cannot absorb itself');
  }
  if (state.absorbed[command.mergeId]) throw stale('This merge was applied already');
  if (command.identities.some(({ identityId }) => state.identities[identityId])) {
    throw stale('The survivor has one of the identities already');
  }
  if (command.memberships.some(({ communityId }) => state.memberships[communityId])) {
    throw stale('The survivor has one of the memberships already');
  }
  const { absorbedMemberId, absorbedKeyId, mergeId, identities, memberships, by } = command;
  const data = { memberId: state.memberId, absorbedMemberId, absorbedKeyId, mergeId, identities, memberships, mergedBy: by };
  return [domainEvent(MemberAbsorbedV1, data)];
}

function unmerge(command: MemberCommandOf<'Unmerge'>, state: MemberState): MemberEvent[] {
  requireActor(command.by, operatorsOnly, 'undo merges');
  requireActiveMember(state);
  const absorbed = state.absorbed[command.mergeId];
  if (!absorbed) {
    throw new MemberDomainError('MERGE_NOT_FOUND', 'The member absorbed nothing in that merge', { mergeId: command.mergeId });
  }
  const reason = requireText(command.reason, 500, 'REASON_REQUIRED', 'reason');
  const { mergeId, by } = command;
  return [
    domainEvent(MemberUnmergedV1, {
      memberId: state.memberId,
      absorbedMemberId: absorbed.absorbedMemberId,
      mergeId,
      identities: givenBack(Object.values(state.identities), mergeId),
      memberships: givenBack(Object.values(state.memberships), mergeId),
      reason,
      unmergedBy: by,
    }),
  ];
}

function revert(command: MemberCommandOf<'RevertMerge'>, state: MemberState): MemberEvent[] {
  requireActor(command.by, operatorsOnly, 'undo merges');
  if (state.status !== 'merged') requireActiveMember(state);
  if (state.mergedInto?.mergeId !== command.mergeId) {
    throw new MemberDomainError('MERGE_NOT_FOUND', 'The member was not merged away in that merge', { mergeId: command.mergeId });
  }
  const reason = requireText(command.reason, 500, 'REASON_REQUIRED', 'reason');
  const { survivorMemberId, mergeId, identities, memberships, by } = command;
  const data = { memberId: state.memberId, survivorMemberId, mergeId, identities, memberships, reason, unmergedBy: by };
  return [domainEvent(MemberMergeRevertedV1, data)];
}

/** The facts that arrived with this merge, as their original holder will keep them again. */
function givenBack<T extends IdentitySnapshot | MembershipSnapshot>(facts: T[], mergeId: string): T[] {
  return facts
    .filter((fact) => fact.mergedVia.at(-1) === mergeId)
    .map((fact) => ({ ...fact, mergedVia: fact.mergedVia.slice(0, -1) }));
}
