import { randomUUID } from 'node:crypto';
import { eventually, expectingSuccess, gatewayClient } from '@groundswell/test-kit';

const kpi = `query($id: ID!, $filter: KpiFilter, $range: KpiRange!) {
  kpi(id: $id, filter: $filter, range: $range, granularity: DAY) { definitionVersion asOf lagSeconds points { periodStart value } } }`;

describe('KPIs through the gateway', () => {
  it('should count members and daily active members from the event streams, for the caller\'s tenant only', async () => {
    const tenant = `e2e-kpi-${randomUUID().slice(0, 8)}`;
    const owner = expectingSuccess(await gatewayClient(tenant, ['owner']));
    const communityId = (await owner(`mutation { createCommunity(input: { name: "KPI", platform: wechat }) { community { id } } }`)).createCommunity.community.id;
    const members: string[] = [];
    for (let index = 0; index < 5; index++) {
      const joined = await owner(`mutation($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id } } }`, {
        input: { communityId, channel: 'qr', identities: [{ kind: 'phone', value: `1370000${String(index).padStart(4, '0')}` }] },
      });
      members.push(joined.joinCommunity.member.id);
    }
    const now = new Date(Date.now() - 60_000);
    const items = members.slice(0, 3).flatMap((memberId, index) => [
      { memberId, kind: 'message_posted', clientEventId: `kpi-${index}-a`, occurredAt: now.toISOString() },
      { memberId, kind: 'reaction', clientEventId: `kpi-${index}-b`, occurredAt: now.toISOString() },
    ]);
    await owner(`mutation($input: RecordActivityInput!) { recordMemberActivity(input: $input) { accepted } }`, { input: { communityId, items } });

    const today = now.toISOString().slice(0, 10);
    const range = { from: today, to: today };
    const analyst = await gatewayClient(tenant, ['analyst']);
    const valueOf = async (client: typeof analyst, id: string) => {
      const answer = await client(kpi, { id, filter: { communityId }, range });
      expect(answer.errors).toBeUndefined();
      return answer.data.kpi.points.at(-1)?.value;
    };
    await eventually(async () => {
      expect(await valueOf(analyst, 'members.new')).toBe(5);
      expect(await valueOf(analyst, 'activity.dau')).toBe(3);
    }, 90_000, 500);

    const stranger = await gatewayClient(`e2e-kpi-other-${randomUUID().slice(0, 8)}`, ['analyst']);
    expect(await valueOf(stranger, 'members.new')).toBe(0);
    const volunteer = await gatewayClient(tenant, ['volunteer']);
    expect((await volunteer(kpi, { id: 'members.new', range })).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
