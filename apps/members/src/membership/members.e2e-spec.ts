import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { gatewayClient } from '@groundswell/test-kit';

const createCommunity = `mutation($input: CreateCommunityInput!, $key: String) {
  createCommunity(input: $input, idempotencyKey: $key) { community { id name platform memberCount status stage } } }`;
const join = `mutation($input: JoinCommunityInput!) { joinCommunity(input: $input) { newMember member { id status } } }`;
const membersPage = `query($filter: MembersFilter!, $first: Int, $after: String) {
  members(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;

const phoneOf = (index: number) => `138${String(10_000_000 + index).padStart(8, '0')}`;

describe('members through the gateway', () => {
  it('should create a community, join 1,000 members and page through a filtered list exactly', async () => {
    const tenant = `e2e-members-${randomUUID().slice(0, 8)}`;
    const graphql = await gatewayClient(tenant, ['owner']);
    const created = await graphql(createCommunity, { input: { name: '健身打卡群', platform: 'wechat' } });
    expect(created.errors).toBeUndefined();
    const communityId = created.data.createCommunity.community.id;
    expect(created.data.createCommunity.community).toMatchObject({ name: '健身打卡群', platform: 'wechat', memberCount: 0, status: 'active', stage: 'build_up' });

    const joinedIds: string[] = [];
    for (let batch = 0; batch < 1_000; batch += 50) {
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, offset) =>
          graphql(join, { input: { communityId, channel: offset % 2 ? 'qr-code' : 'referral', identities: [{ kind: 'phone', value: phoneOf(batch + offset) }] } }),
        ),
      );
      for (const result of results) {
        expect(result.errors).toBeUndefined();
        joinedIds.push(result.data.joinCommunity.member.id);
      }
    }
    expect(new Set(joinedIds).size).toBe(1_000);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: any = await graphql(membersPage, { filter: { communityId }, first: 100, after });
      expect(page.errors).toBeUndefined();
      expect(page.data.members.totalCount).toBe(1_000);
      seen.push(...page.data.members.edges.map((edge: { node: { id: string } }) => edge.node.id));
      after = page.data.members.pageInfo.hasNextPage ? page.data.members.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(10);
    expect(seen).toHaveLength(1_000);
    expect(new Set(seen)).toEqual(new Set(joinedIds));

    const community = await graphql(`query($id: ID!) { community(id: $id) { memberCount } }`, { id: communityId });
    expect(community.data.community.memberCount).toBe(1_000);
    const nobody = await graphql(membersPage, { filter: { communityId, status: 'left' }, first: 10 });
    expect(nobody.data.members.totalCount).toBe(0);
  });

  it('should attach a join with a known identity, written differently, to the same member', async () => {
    const tenant = `e2e-identity-${randomUUID().slice(0, 8)}`;
    const graphql = await gatewayClient(tenant, ['owner']);
    const fitness = (await graphql(createCommunity, { input: { name: 'Fitness', platform: 'wechat' } })).data.createCommunity.community.id;
    const food = (await graphql(createCommunity, { input: { name: 'Food', platform: 'douyin' } })).data.createCommunity.community.id;
    const first = await graphql(join, { input: { communityId: fitness, channel: 'qr-code', identities: [{ kind: 'phone', value: '13800138000' }] } });
    const second = await graphql(join, { input: { communityId: food, channel: 'live', identities: [{ kind: 'phone', value: '+86 138-0013-8000' }] } });
    expect(second.data.joinCommunity).toEqual({ newMember: false, member: first.data.joinCommunity.member });
    const again = await graphql(join, { input: { communityId: food, channel: 'live', identities: [{ kind: 'phone', value: '13800138000' }] } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_MEMBER' });
  });

  it('should make an erased member\'s name and phone unreadable everywhere while the community count stays', async () => {
    const tenant = `e2e-erasure-${randomUUID().slice(0, 8)}`;
    const graphql = await gatewayClient(tenant, ['owner']);
    const communityId = (await graphql(createCommunity, { input: { name: 'Tech', platform: 'discord' } })).data.createCommunity.community.id;
    const joined = await graphql(join, {
      input: { communityId, channel: 'invite', displayName: '李小龙', identities: [{ kind: 'phone', value: '13912345678' }, { kind: 'email', value: 'Bruce@Example.com' }] },
    });
    const memberId = joined.data.joinCommunity.member.id;
    const read = `query($id: ID!) { member(id: $id) { status displayName identities { kind value } memberships { status community { memberCount } } } }`;
    const before = await graphql(read, { id: memberId });
    expect(before.data.member.displayName).toBe('李小龙');
    expect(before.data.member.identities.map((each: { value: string }) => each.value).sort()).toEqual(['+8613912345678', 'bruce@example.com']);

    const erased = await graphql(`mutation($id: ID!) { eraseMember(memberId: $id, basis: member_request) { member { status } } }`, { id: memberId });
    expect(erased.errors).toBeUndefined();
    const after = await graphql(read, { id: memberId });
    expect(after.data.member).toMatchObject({ status: 'erased', displayName: null, identities: [], memberships: [{ status: 'active', community: { memberCount: 1 } }] });

    const database = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/groundswell_e2e_members' });
    await database.connect();
    try {
      const { rows } = await database.query(`SELECT data::text AS data FROM events WHERE tenant_id = $1 AND stream_id = $2`, [tenant, `member-${memberId}`]);
      expect(rows.length).toBeGreaterThan(3);
      for (const row of rows) expect(row.data).not.toMatch(/李小龙|13912345678|bruce@example\.com/i);
      const keys = await database.query('SELECT count(*)::int AS count FROM member_data_keys WHERE tenant_id = $1 AND member_id = $2', [tenant, memberId]);
      expect(keys.rows[0].count).toBe(0);
    } finally {
      await database.end();
    }
  });

  it('should keep tenants apart and personal data from roles without the permission', async () => {
    const tenantA = `e2e-a-${randomUUID().slice(0, 8)}`;
    const owner = await gatewayClient(tenantA, ['owner']);
    const communityId = (await owner(createCommunity, { input: { name: 'A', platform: 'qq' } })).data.createCommunity.community.id;
    const memberId = (await owner(join, { input: { communityId, channel: 'x', displayName: '王芳', identities: [{ kind: 'phone', value: '13700001111' }] } })).data
      .joinCommunity.member.id;

    const stranger = await gatewayClient(`e2e-b-${randomUUID().slice(0, 8)}`, ['owner']);
    expect((await stranger(`query($id: ID!) { member(id: $id) { id } }`, { id: memberId })).data.member).toBeNull();
    expect((await stranger(`query($id: ID!) { community(id: $id) { id } }`, { id: communityId })).data.community).toBeNull();

    const moderator = await gatewayClient(tenantA, ['moderator']);
    const denied = await moderator(`query($id: ID!) { member(id: $id) { id displayName } }`, { id: memberId });
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const analyst = await gatewayClient(tenantA, ['analyst']);
    expect((await analyst(`query($id: ID!) { member(id: $id) { id } }`, { id: memberId })).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('should refuse bad input with BAD_USER_INPUT and write nothing', async () => {
    const graphql = await gatewayClient(`e2e-bad-${randomUUID().slice(0, 8)}`, ['owner']);
    const communityId = (await graphql(createCommunity, { input: { name: 'Bad', platform: 'app' } })).data.createCommunity.community.id;
    const bad = await graphql(join, { input: { communityId, channel: 'x', identities: [{ kind: 'phone', value: 'not-a-phone' }] } });
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const page = await graphql(membersPage, { filter: { communityId } });
    expect(page.data.members.totalCount).toBe(0);
    const unknownCommunity = await graphql(join, { input: { communityId: randomUUID(), channel: 'x', identities: [{ kind: 'phone', value: '13800000000' }] } });
    expect(unknownCommunity.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
