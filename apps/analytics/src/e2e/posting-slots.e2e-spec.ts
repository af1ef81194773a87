import { randomUUID } from 'node:crypto';
import { eventually, expectingSuccess, gatewayClient } from '@groundswell/test-kit';

const slotsQuery = `query($id: ID!, $until: DateTime!) {
  community(id: $id) { id name bestPostingSlots(days: 3, until: $until) { label interactions timeZone } } }`;

describe('Community.bestPostingSlots through the gateway', () => {
  it('should suggest the community’s busiest Beijing hours from analytics’ figures (S19)', async () => {
    const tenant = `e2e-slots-${randomUUID().slice(0, 8)}`;
    const owner = expectingSuccess(await gatewayClient(tenant, ['owner']));
    const communityId = (await owner(`mutation { createCommunity(input: { name: "发帖时段", platform: wechat }) { community { id } } }`)).createCommunity.community.id;
    const members: string[] = [];
    for (let index = 0; index < 4; index++) {
      const joined = await owner(`mutation($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id } } }`, {
        input: { communityId, channel: 'qr', identities: [{ kind: 'phone', value: `1380000${String(index).padStart(4, '0')}` }] },
      });
      members.push(joined.joinCommunity.member.id);
    }
    // Yesterday (UTC): 04:15Z, 12:15Z and 13:15Z are 12:15, 20:15 and 21:15 in Beijing; 01:15Z is 09:15.
    const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const at = (utcHour: string, count: number) =>
      members.slice(0, count).map((memberId, index) => ({ memberId, kind: 'reaction', clientEventId: `slots-${utcHour}-${index}`, occurredAt: `${day}T${utcHour}:15:00Z` }));
    const items = [...at('04', 4), ...at('12', 3), ...at('13', 3), ...at('01', 1)];
    await owner(`mutation($input: RecordActivityInput!) { recordMemberActivity(input: $input) { accepted } }`, { input: { communityId, items } });

    const until = new Date().toISOString();
    await eventually(async () => {
      const { community } = await owner(slotsQuery, { id: communityId, until });
      // Busy hours reach half the peak of 4: 12h (4), 20h (3) and 21h (3); 9h (1) does not.
      expect(community.bestPostingSlots).toEqual([
        { label: '20:00–22:00', interactions: 6, timeZone: 'Asia/Shanghai' },
        { label: '12:00–13:00', interactions: 4, timeZone: 'Asia/Shanghai' },
      ]);
    }, 90_000, 500);

    const manager = await gatewayClient(tenant, ['community_manager']);
    const read = await manager(slotsQuery, { id: communityId, until });
    expect(read.errors).toBeUndefined();
    expect(read.data.community.bestPostingSlots).toHaveLength(2);
  });
});
