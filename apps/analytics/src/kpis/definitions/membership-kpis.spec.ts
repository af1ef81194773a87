import { randomUUID } from 'node:crypto';
import { aMemberJoined, aMemberJoinedV1, aMemberLeft, aTenantId } from '../../testing/analytics-event.factories';
import { kpiValues } from '../../testing/evaluate-kpi';
import { EventLogFactSource } from '../../testing/event-log-fact-source';
import { memberGrowthRate, netMembers, newMembers, totalMembers } from './membership-kpis';

const joins = (count: number, facts: { tenantId: string; communityId: string; at: string }) =>
  Array.from({ length: count }, () => aMemberJoined(facts));

describe('membership KPIs', () => {
  it('should count joins, departures and the running total per day', async () => {
    const tenantId = aTenantId();
    const communityId = randomUUID();
    const facts = new EventLogFactSource([
      ...joins(3, { tenantId, communityId, at: '2025-03-01T09:00:00Z' }),
      aMemberJoinedV1({ tenantId, communityId, at: '2025-03-02T09:00:00Z' }),
      aMemberLeft({ tenantId, communityId, at: '2025-03-02T10:00:00Z' }),
    ]);
    const ask = { tenantId, from: '2025-03-01', to: '2025-03-03' };
    expect(await kpiValues(newMembers.id, facts, ask)).toEqual([3, 1, 0]);
    expect(await kpiValues(netMembers.id, facts, ask)).toEqual([3, 0, 0]);
    expect(await kpiValues(totalMembers.id, facts, ask)).toEqual([3, 3, 3]);
  });

  it('should carry members who joined before the range into the total', async () => {
    const tenantId = aTenantId();
    const communityId = randomUUID();
    const facts = new EventLogFactSource(joins(4, { tenantId, communityId, at: '2024-12-31T23:59:00Z' }));
    expect(await kpiValues(totalMembers.id, facts, { tenantId, from: '2025-01-01', to: '2025-01-01' })).toEqual([4]);
  });

  it('should report growth as a relative change, not percentage points', async () => {
    const tenantId = aTenantId();
    const communityId = randomUUID();
    const facts = new EventLogFactSource([
      ...joins(40, { tenantId, communityId, at: '2025-02-15T09:00:00Z' }),
      ...joins(20, { tenantId, communityId, at: '2025-03-10T09:00:00Z' }),
    ]);
    const growth = await kpiValues(memberGrowthRate.id, facts, { tenantId, from: '2025-03-01', to: '2025-03-31', granularity: 'MONTH' });
    expect(growth).toEqual([0.5]);
  });

  it('should leave growth undefined when the period started with no members', async () => {
    const tenantId = aTenantId();
    const facts = new EventLogFactSource(joins(5, { tenantId, communityId: randomUUID(), at: '2025-03-10T09:00:00Z' }));
    expect(await kpiValues(memberGrowthRate.id, facts, { tenantId, from: '2025-03-01', to: '2025-03-31', granularity: 'MONTH' })).toEqual([null]);
  });

  it('should narrow to one community or one platform', async () => {
    const tenantId = aTenantId();
    const [wecom, douyin] = [randomUUID(), randomUUID()];
    const facts = new EventLogFactSource([
      ...joins(2, { tenantId, communityId: wecom, at: '2025-03-01T09:00:00Z' }),
      aMemberJoined({ tenantId, communityId: douyin, platform: 'douyin', at: '2025-03-01T09:00:00Z' }),
    ]);
    const ask = { tenantId, from: '2025-03-01', to: '2025-03-01' };
    expect(await kpiValues(newMembers.id, facts, ask)).toEqual([3]);
    expect(await kpiValues(newMembers.id, facts, { ...ask, communityId: wecom })).toEqual([2]);
    expect(await kpiValues(newMembers.id, facts, { ...ask, platform: 'douyin' })).toEqual([1]);
  });
});
