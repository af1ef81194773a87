import type { Actor } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import type { MergePlan } from '../membership/member.commands';
import { memberDecider } from '../membership/member.decider';
import type { MemberEvent, MemberState } from '../membership/member.state';

/**
 * A merge moves every identity of the duplicate, and each membership of a community the survivor
 * has never been in. The survivor's own facts win; the duplicate keeps what did not move (its
 * profile, its consent records, memberships the survivor also has), frozen until an unmerge.
 * Consent is never moved: a merge must not widen what the person agreed to.
 */
export function planMerge(duplicate: MemberState, survivor: MemberState): MergePlan {
  return {
    identityIds: Object.keys(duplicate.identities).filter((id) => !survivor.identities[id]),
    communityIds: Object.keys(duplicate.memberships).filter((id) => !survivor.memberships[id]),
  };
}

export interface TwoStreamDecision {
  duplicateEvents: MemberEvent[];
  survivorEvents: MemberEvent[];
}

/**
 * Both halves of a merge. The persistence layer must append both lists in ONE transaction, each
 * at the version its state was folded from; if either decider rejects, nothing is appended.
 */
export function decideMergeOfMembers(
  duplicate: MemberState,
  survivor: MemberState,
  input: { mergeId: string; reason: string; by: Actor },
): TwoStreamDecision {
  const plan = planMerge(duplicate, survivor);
  const duplicateEvents = memberDecider.decide(
    { type: 'MergeInto', survivorMemberId: survivor.memberId, mergeId: input.mergeId, plan, reason: input.reason, by: input.by },
    duplicate,
  );
  const survivorEvents = memberDecider.decide(
    {
      type: 'AbsorbMember',
      absorbedMemberId: duplicate.memberId,
      absorbedKeyId: duplicate.keyId,
      mergeId: input.mergeId,
      identities: plan.identityIds.map((id) => duplicate.identities[id]!),
      memberships: plan.communityIds.map((id) => duplicate.memberships[id]!),
      by: input.by,
    },
    survivor,
  );
  return { duplicateEvents, survivorEvents };
}

/** Both halves of an unmerge, a compensating pair: same transaction rule as the merge. */
export function decideUnmergeOfMembers(
  survivor: MemberState,
  duplicate: MemberState,
  input: { mergeId: string; reason: string; by: Actor },
): TwoStreamDecision {
  const survivorEvents = memberDecider.decide({ type: 'Unmerge', ...input }, survivor);
  const unmerged = survivorEvents[0];
  if (unmerged?.type !== 'groundswell.members.MemberUnmerged.v1' || unmerged.data.absorbedMemberId !== duplicate.memberId) {
    throw new MemberDomainError('MERGE_NOT_FOUND', 'That merge did not absorb this member', { mergeId: input.mergeId });
  }
  const { identities, memberships } = unmerged.data;
  const duplicateEvents = memberDecider.decide(
    { type: 'RevertMerge', survivorMemberId: survivor.memberId, identities, memberships, ...input },
    duplicate,
  );
  return { duplicateEvents, survivorEvents };
}
