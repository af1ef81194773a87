import { randomUUID } from 'node:crypto';
import { MemberJoinedV2, MemberLeftV1 } from '@groundswell/events';
import { batchSteps } from './batch-steps';
import { identityChangeOf } from './member-identity-changes';
import { aMembershipSnapshot, aMerge, anErasure, anUnmerge } from './member-identity.fixtures';

const tenant = 'tenant-1';
const [duplicateId, survivorId, communityId, otherCommunityId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const at = (memberId: string) => ({ subject: `member-${memberId}`, tenantid: tenant, streamversion: 1, time: '2026-12-01T09:00:00Z' });
const joined = (memberId: string, community = communityId) => MemberJoinedV2.create({ memberId, communityId: community, platform: 'wecom', acquisition: { channel: 'qr-code' } }, at(memberId));
const left = (memberId: string, community = communityId) => MemberLeftV1.create({ memberId, communityId: community, platform: 'wecom', reason: 'left' }, at(memberId));

describe(identityChangeOf.name, () => {
  const merge = aMerge(tenant, duplicateId, survivorId, [communityId]);

  it('should read the duplicate\'s half of a merge as the communities it moved to the survivor', () => {
    expect(identityChangeOf(merge.mergedInto)).toEqual({ kind: 'merged', tenantId: tenant, mergeId: merge.mergeId, duplicateId, survivorId, movedCommunityIds: [communityId] });
  });

  it('should read the survivor\'s half as the memberships it took over, active or not', () => {
    expect(identityChangeOf(merge.absorbed)).toEqual({ kind: 'absorbed', tenantId: tenant, mergeId: merge.mergeId, duplicateId, survivorId, memberships: [{ communityId, active: true }] });
  });

  it('should read both halves of an unmerge, a membership given back as left staying left', () => {
    const { unmerged, reverted } = anUnmerge(tenant, duplicateId, survivorId, merge.mergeId, [aMembershipSnapshot(communityId, 'left')]);
    expect(identityChangeOf(unmerged)).toEqual({ kind: 'unmerged', tenantId: tenant, mergeId: merge.mergeId, duplicateId, survivorId, communityIds: [communityId] });
    expect(identityChangeOf(reverted)).toMatchObject({ kind: 'mergeReverted', duplicateId, survivorId, memberships: [{ communityId, active: false }] });
  });

  it('should read an erasure', () => {
    expect(identityChangeOf(anErasure(tenant, duplicateId))).toEqual({ kind: 'erased', tenantId: tenant, memberId: duplicateId });
  });

  it('should ignore fact events and events it does not know', () => {
    expect(identityChangeOf(joined(duplicateId))).toBeUndefined();
    expect(identityChangeOf({ ...anErasure(tenant, duplicateId), type: 'groundswell.members.MemberTeleported.v1' })).toBeUndefined();
  });
});

describe(batchSteps.name, () => {
  it('should apply the facts before a merge first, so the merge moves what they wrote', () => {
    const merge = aMerge(tenant, duplicateId, survivorId, [communityId]);
    const steps = batchSteps([joined(duplicateId), left(survivorId, otherCommunityId), merge.mergedInto, left(survivorId, communityId)]);
    expect(steps.map((step) => (step.kind === 'facts' ? step.changes.map((change) => change.memberId) : step.change.kind))).toEqual([[duplicateId, survivorId], 'merged', [survivorId]]);
  });

  it('should still reduce the facts between two merges or erasures to the last change per fact', () => {
    const steps = batchSteps([anErasure(tenant, randomUUID()), joined(duplicateId), left(duplicateId)]);
    expect(steps).toEqual([{ kind: 'identity', change: expect.objectContaining({ kind: 'erased' }) }, { kind: 'facts', changes: [expect.objectContaining({ kind: 'membership', active: false })] }]);
  });

  it('should keep merges and erasures in batch order, and yield nothing for a batch of other events', () => {
    const merge = aMerge(tenant, duplicateId, survivorId, []);
    expect(batchSteps([merge.absorbed, anErasure(tenant, survivorId), merge.mergedInto]).map((step) => step.kind === 'identity' && step.change.kind)).toEqual(['absorbed', 'erased', 'merged']);
    expect(batchSteps([{ ...joined(duplicateId), type: 'groundswell.members.MemberTeleported.v1' }])).toEqual([]);
  });
});
