import { randomUUID } from 'node:crypto';
import { eventually, expectingSuccess, gatewayClient } from '@groundswell/test-kit';
import { fiveMembersJoinAndThreeAreActive } from '../testing/members-activity-journey';

const kpi = `query($id: ID!, $filter: KpiFilter, $range: KpiRange!) {
  kpi(id: $id, filter: $filter, range: $range, granularity: DAY) { definitionVersion asOf lagSeconds points { periodStart value } } }`;

describe('KPIs through the gateway', () => {
  it('should count members and daily active members from the event streams, for the caller\'s tenant only', async () => {
    const tenant = `e2e-kpi-${randomUUID().slice(0, 8)}`;
    const owner = expectingSuccess(await gatewayClient(tenant, ['owner']));
    const { communityId, today } = await fiveMembersJoinAndThreeAreActive(owner);
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
