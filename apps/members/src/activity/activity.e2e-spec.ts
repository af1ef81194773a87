import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { gatewayClient } from '@groundswell/test-kit';

async function tenantClient() {
  const tenant = `e2e-activity-${randomUUID().slice(0, 8)}`;
  return { tenant, graphql: await gatewayClient(tenant) };
}

const record = `mutation($input: RecordActivityInput!) { recordMemberActivity(input: $input) { accepted duplicates } }`;

describe('member activity', () => {
  it('should record 10,000 items in one request, skip repeated client ids, and refuse a bad batch whole', async () => {
    const { tenant, graphql } = await tenantClient();
    const communityId = (await graphql(`mutation { createCommunity(input: { name: "Check-in", platform: wechat }) { community { id } } }`, {})).data.createCommunity.community.id;
    const members: string[] = [];
    for (let index = 0; index < 20; index++) {
      const joined = await graphql(`mutation($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id } } }`, {
        input: { communityId, channel: 'qr', identities: [{ kind: 'phone', value: `1350000${String(index).padStart(4, '0')}` }] },
      });
      members.push(joined.data.joinCommunity.member.id);
    }
    const day = (offset: number) => new Date(Date.UTC(2026, 10, 1 + (offset % 3), 8, offset % 60)).toISOString();
    const items = Array.from({ length: 10_000 }, (_, index) => ({
      memberId: members[index % members.length],
      kind: index % 2 ? 'message_posted' : 'check_in',
      clientEventId: `evt-${index}`,
      occurredAt: day(index),
    }));
    const first = await graphql(record, { input: { communityId, items } });
    expect(first.errors).toBeUndefined();
    expect(first.data.recordMemberActivity).toEqual({ accepted: 10_000, duplicates: 0 });

    const repeat = await graphql(record, { input: { communityId, items: [...items.slice(0, 100), { ...items[0], clientEventId: 'evt-new' }] } });
    expect(repeat.data.recordMemberActivity).toEqual({ accepted: 1, duplicates: 100 });

    const bad = await graphql(record, { input: { communityId, items: [{ ...items[0], clientEventId: 'evt-ok' }, { ...items[1], memberId: randomUUID(), clientEventId: 'evt-stranger' }] } });
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');

    const database = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/groundswell_e2e_members' });
    await database.connect();
    try {
      const { rows } = await database.query(
        `SELECT stream_id, count(*)::int AS events, min(stream_version)::int AS first, max(stream_version)::int AS last
         FROM events WHERE tenant_id = $1 AND stream_type = 'activity' GROUP BY stream_id ORDER BY stream_id`,
        [tenant],
      );
      expect(rows.map((row) => row.stream_id)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03'].map((date) => `activity-${communityId}-${date}`));
      expect(rows.reduce((sum, row) => sum + row.events, 0)).toBe(10_001);
      for (const row of rows) expect([row.first, row.last]).toEqual([1, row.events]);
    } finally {
      await database.end();
    }
  });
});
