import { createEventRegistry, MemberAbsorbedV1, MemberErasedV1, MemberMergedIntoV1, MemberMergeRevertedV1, MemberUnmergedV1, type EventEnvelope, type MembershipSnapshot } from '@groundswell/events';

const registry = createEventRegistry();

/** A membership as a merge or an unmerge hands it over: still in the community, or not. */
export interface HandedMembership {
  communityId: string;
  active: boolean;
}

interface MergeSides {
  tenantId: string;
  mergeId: string;
  duplicateId: string;
  survivorId: string;
}

/**
 * A change to whose facts are whose, read off the members service's merge and erasure events.
 * Each half of a merge (and of an unmerge) is on its own member's partition, so each is applied on
 * its own: `merged` moves the duplicate's rows, `absorbed` gives the survivor the memberships it took
 * over, `unmerged` takes them back from the survivor, `mergeReverted` gives them back to the duplicate.
 */
export type IdentityChange =
  | ({ kind: 'merged'; movedCommunityIds: string[] } & MergeSides)
  | ({ kind: 'absorbed'; memberships: HandedMembership[] } & MergeSides)
  | ({ kind: 'unmerged'; communityIds: string[] } & MergeSides)
  | ({ kind: 'mergeReverted'; memberships: HandedMembership[] } & MergeSides)
  | { kind: 'erased'; tenantId: string; memberId: string };

const handed = (memberships: MembershipSnapshot[]): HandedMembership[] =>
  memberships.map(({ communityId, status }) => ({ communityId, active: status === 'active' }));

/** What the event changes about whose facts are whose; undefined for every other event. */
export function identityChangeOf(envelope: EventEnvelope): IdentityChange | undefined {
  if (!registry.find(envelope.type)) return undefined;
  const event = registry.decode(envelope);
  const tenantId = event.tenantid;
  if (MemberMergedIntoV1.is(event)) {
    const { mergeId, memberId, survivorMemberId, movedCommunityIds } = event.data;
    return { kind: 'merged', tenantId, mergeId, duplicateId: memberId, survivorId: survivorMemberId, movedCommunityIds };
  }
  if (MemberAbsorbedV1.is(event)) {
    const { mergeId, memberId, absorbedMemberId, memberships } = event.data;
    return { kind: 'absorbed', tenantId, mergeId, duplicateId: absorbedMemberId, survivorId: memberId, memberships: handed(memberships) };
  }
  if (MemberUnmergedV1.is(event)) {
    const { mergeId, memberId, absorbedMemberId, memberships } = event.data;
    return { kind: 'unmerged', tenantId, mergeId, duplicateId: absorbedMemberId, survivorId: memberId, communityIds: memberships.map((membership) => membership.communityId) };
  }
  if (MemberMergeRevertedV1.is(event)) {
    const { mergeId, memberId, survivorMemberId, memberships } = event.data;
    return { kind: 'mergeReverted', tenantId, mergeId, duplicateId: memberId, survivorId: survivorMemberId, memberships: handed(memberships) };
  }
  if (MemberErasedV1.is(event)) return { kind: 'erased', tenantId, memberId: event.data.memberId };
  return undefined;
}
