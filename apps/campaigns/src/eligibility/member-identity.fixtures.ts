import { randomUUID } from 'node:crypto';
import { MemberAbsorbedV1, MemberErasedV1, MemberMergedIntoV1, MemberMergeRevertedV1, MemberUnmergedV1, type MembershipSnapshot } from '@groundswell/events';

const operator = { kind: 'operator' as const, id: 'operator-li' };
const on = (tenantid: string, memberId: string, streamversion = 2) => ({ subject: `member-${memberId}`, tenantid, streamversion, time: new Date() });

/** A membership as the members service hands it over in a merge or an unmerge. */
export const aMembershipSnapshot = (communityId: string, status: MembershipSnapshot['status'] = 'active'): MembershipSnapshot => ({
  communityId,
  platform: 'wecom',
  status,
  acquisition: { channel: 'qr-code' },
  stage: 'active',
  mergedVia: [],
});

/** Both halves of a merge as the members service appends them, each on its own member's stream. */
export function aMerge(tenant: string, duplicateId: string, survivorId: string, movedCommunityIds: string[], mergeId: string = randomUUID()) {
  return {
    mergeId,
    mergedInto: MemberMergedIntoV1.create(
      { memberId: duplicateId, survivorMemberId: survivorId, mergeId, movedIdentityIds: [], movedCommunityIds, reason: '同一手机号', mergedBy: operator },
      on(tenant, duplicateId),
    ),
    absorbed: MemberAbsorbedV1.create(
      {
        memberId: survivorId,
        absorbedMemberId: duplicateId,
        absorbedKeyId: `key-${duplicateId}`,
        mergeId,
        identities: [],
        memberships: movedCommunityIds.map((communityId) => ({ ...aMembershipSnapshot(communityId), mergedVia: [mergeId] })),
        mergedBy: operator,
      },
      on(tenant, survivorId),
    ),
  };
}

/** Both halves of undoing that merge. */
export function anUnmerge(tenant: string, duplicateId: string, survivorId: string, mergeId: string, givenBack: MembershipSnapshot[]) {
  const reason = '不是同一人';
  return {
    unmerged: MemberUnmergedV1.create({ memberId: survivorId, absorbedMemberId: duplicateId, mergeId, identities: [], memberships: givenBack, reason, unmergedBy: operator }, on(tenant, survivorId, 3)),
    reverted: MemberMergeRevertedV1.create({ memberId: duplicateId, survivorMemberId: survivorId, mergeId, identities: [], memberships: givenBack, reason, unmergedBy: operator }, on(tenant, duplicateId, 3)),
  };
}

export const anErasure = (tenant: string, memberId: string) =>
  MemberErasedV1.create({ memberId, erasedKeyIds: [`key-${memberId}`], basis: 'member_request', requestedBy: operator }, on(tenant, memberId, 4));
