import { randomUUID } from 'node:crypto';
import { eventually, expectingSuccess, gatewayClient } from '@groundswell/test-kit';

const kpi = `query($id: ID!, $filter: KpiFilter, $range: KpiRange!) {
  kpi(id: $id, filter: $filter, range: $range, granularity: DAY) { definitionVersion points { periodStart value } } }`;

describe('content KPIs through the gateway', () => {
  it('should answer an item’s reads and share rate from engagement recorded through the content service', async () => {
    const tenant = `e2e-content-kpi-${randomUUID().slice(0, 8)}`;
    const owner = expectingSuccess(await gatewayClient(tenant, ['owner']));
    const communityId = (await owner(`mutation { createCommunity(input: { name: "内容", platform: wechat }) { community { id } } }`)).createCommunity.community.id;
    const [itemId, otherItemId] = [randomUUID(), randomUUID()];
    const occurredAt = new Date(Date.now() - 60_000).toISOString();
    const signal = (item: string, kind: string, index: number) => ({ itemId: item, kind, platform: 'wechat', clientEventId: `${item}-${kind}-${index}`, occurredAt });
    // The item: 8 views and 2 shares; another item: 3 views. A repeated client event id is one signal.
    const signals = [
      ...Array.from({ length: 8 }, (_, index) => signal(itemId, 'view', index)),
      ...Array.from({ length: 2 }, (_, index) => signal(itemId, 'share', index)),
      ...Array.from({ length: 3 }, (_, index) => signal(otherItemId, 'view', index)),
      signal(itemId, 'view', 0),
    ];
    const editor = expectingSuccess(await gatewayClient(tenant, ['content_editor']));
    await eventually(async () => {
      const recorded = await editor(`mutation($input: RecordEngagementInput!) { recordEngagement(input: $input) { accepted duplicates } }`, { input: { communityId, signals } });
      expect(recorded.recordEngagement.accepted + recorded.recordEngagement.duplicates).toBe(signals.length);
    }, 60_000, 500);

    const today = occurredAt.slice(0, 10);
    const analyst = await gatewayClient(tenant, ['analyst']);
    const valueOf = async (id: string, filter: Record<string, string>) => {
      const answer = await analyst(kpi, { id, filter, range: { from: today, to: today } });
      expect(answer.errors).toBeUndefined();
      return answer.data.kpi.points.at(-1)?.value;
    };
    await eventually(async () => {
      expect(await valueOf('content.reads', { itemId })).toBe(8);
      expect(await valueOf('content.reads', { communityId })).toBe(11);
      expect(await valueOf('content.share_rate', { itemId })).toBe(2 / 8);
    }, 90_000, 500);
    const answer = await analyst(kpi, { id: 'content.creator_retention', filter: { itemId }, range: { from: today, to: today } });
    expect(answer.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
