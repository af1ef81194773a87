import { randomUUID } from 'node:crypto';
import { gatewayClient } from '@groundswell/test-kit';

const join = `mutation($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id memberships { joinedAt } } } }`;
const updateProfile = `mutation($memberId: ID!, $input: UpdateMemberProfileInput!, $key: String) {
  updateMemberProfile(memberId: $memberId, input: $input, idempotencyKey: $key) { member { id profile { ageBand region interests activeHours } } }
}`;
const segmentQuery = `query($id: ID!) { segment(id: $id) { name memberCount filter { profile { regions interests } } } }`;

describe('member profiles and segment lifecycle through the gateway', () => {
  it('should import a backdated join, update a profile, and narrow a segment to a profile filter and delete it', async () => {
    const graphql = await gatewayClient(`e2e-profile-${randomUUID().slice(0, 8)}`);
    const communityId = (await graphql(`mutation { createCommunity(input: { name: "Runners", platform: wechat }) { community { id } } }`)).data.createCommunity.community.id;
    const joinedAt = new Date(Date.now() - 10 * 86_400_000).toISOString();
    const joined = await graphql(join, { input: { communityId, channel: 'import', joinedAt, identities: [{ kind: 'phone', value: '13500009999' }] } });
    expect(joined.errors).toBeUndefined();
    const memberId = joined.data.joinCommunity.member.id;
    expect(joined.data.joinCommunity.member.memberships).toEqual([{ joinedAt }]);
    const future = await graphql(join, { input: { communityId, channel: 'import', joinedAt: new Date(Date.now() + 86_400_000).toISOString(), identities: [{ kind: 'phone', value: '13500008888' }] } });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TIMESTAMP' });

    const updated = await graphql(updateProfile, { memberId, input: { ageBand: '25_34', region: '杭州', interests: ['跑步'], activeHours: [21, 7] }, key: `profile-${memberId}` });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateMemberProfile.member.profile).toEqual({ ageBand: '25_34', region: '杭州', interests: ['跑步'], activeHours: [7, 21] });
    const invalid = await graphql(updateProfile, { memberId, input: { gender: 'f' } });
    expect(invalid.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_PROFILE' });

    // Segment changes are reconciled in the request (the profile facets themselves follow through Kafka, tested in integration).
    const created = await graphql(`mutation($input: CreateSegmentInput!) { createSegment(input: $input) { id } }`, {
      input: { name: 'Everyone', filter: { communityId } },
    });
    const segmentId = created.data.createSegment.id;
    expect((await graphql(segmentQuery, { id: segmentId })).data.segment).toEqual({ name: 'Everyone', memberCount: 1, filter: { profile: null } });

    const narrowed = await graphql(`mutation($id: ID!, $input: UpdateSegmentInput!) { updateSegment(id: $id, input: $input, idempotencyKey: "narrow-1") { name } }`, {
      id: segmentId,
      input: { name: 'Shanghai runners', filter: { communityId, profile: { regions: ['上海'], interests: ['跑步'] } } },
    });
    expect(narrowed.errors).toBeUndefined();
    expect((await graphql(segmentQuery, { id: segmentId })).data.segment).toEqual({
      name: 'Shanghai runners',
      memberCount: 0,
      filter: { profile: { regions: ['上海'], interests: ['跑步'] } },
    });
    const badFilter = await graphql(`mutation($id: ID!, $input: UpdateSegmentInput!) { updateSegment(id: $id, input: $input) { name } }`, {
      id: segmentId,
      input: { filter: { communityId, profile: { ageBands: ['thirty'] } } },
    });
    expect(badFilter.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');

    const deleted = await graphql(`mutation($id: ID!) { deleteSegment(id: $id) { segmentId left } }`, { id: segmentId });
    expect(deleted.data.deleteSegment).toEqual({ segmentId, left: 0 });
    expect((await graphql(segmentQuery, { id: segmentId })).data.segment).toBeNull();
    const again = await graphql(`mutation($id: ID!) { deleteSegment(id: $id) { segmentId } }`, { id: segmentId });
    expect(again.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
