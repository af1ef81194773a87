import { randomUUID } from 'node:crypto';
import { aMemberActivity, aMemberJoined, aTenantId } from '../../testing/analytics-event.factories';
import { kpiValues } from '../../testing/evaluate-kpi';
import { addDays } from '../calendar';
import { EventLogFactSource } from '../../testing/event-log-fact-source';
import { activityRate, dailyActiveMembers, monthlyActiveMembers, stickiness, weeklyActiveMembers } from './activity-kpis';

describe('activity KPIs', () => {
  it('should count each active member once per window however often they acted', async () => {
    const tenantId = aTenantId();
    const communityId = randomUUID();
    const memberId = randomUUID();
    const facts = new EventLogFactSource([
      aMemberActivity({ tenantId, communityId, memberId, at: '2025-03-01T09:00:00Z' }),
      aMemberActivity({ tenantId, communityId, memberId, at: '2025-03-01T10:00:00Z', kind: 'reaction' }),
      aMemberActivity({ tenantId, communityId, memberId, at: '2025-03-03T10:00:00Z' }),
      aMemberActivity({ tenantId, communityId, at: '2025-03-03T11:00:00Z' }),
    ]);
    const ask = { tenantId, from: '2025-03-01', to: '2025-03-03' };
    expect(await kpiValues(dailyActiveMembers.id, facts, ask)).toEqual([1, 0, 2]);
    expect(await kpiValues(weeklyActiveMembers.id, facts, ask)).toEqual([1, 1, 2]);
  });

  it('should count a member active in two communities once for the tenant', async () => {
    const tenantId = aTenantId();
    const memberId = randomUUID();
    const facts = new EventLogFactSource([
      aMemberActivity({ tenantId, communityId: randomUUID(), memberId, at: '2025-03-01T09:00:00Z' }),
      aMemberActivity({ tenantId, communityId: randomUUID(), memberId, at: '2025-03-01T09:00:00Z' }),
    ]);
    expect(await kpiValues(dailyActiveMembers.id, facts, { tenantId, from: '2025-03-01', to: '2025-03-01' })).toEqual([1]);
  });

  it('should ignore passive visits and content views', async () => {
    const tenantId = aTenantId();
    const communityId = randomUUID();
    const facts = new EventLogFactSource([
      aMemberActivity({ tenantId, communityId, at: '2025-03-01T09:00:00Z', kind: 'visit' }),
      aMemberActivity({ tenantId, communityId, at: '2025-03-01T09:00:00Z', kind: 'content_view' }),
    ]);
    expect(await kpiValues(monthlyActiveMembers.id, facts, { tenantId, from: '2025-03-01', to: '2025-03-01' })).toEqual([0]);
  });

  it('should compute stickiness as average DAU over MAU for the 30 days ending with the period', async () => {
    const tenantId = aTenantId();
    const communityId = randomUUID();
    const everyDay = randomUUID();
    const days = Array.from({ length: 30 }, (_, index) => addDays('2025-03-02', index));
    const facts = new EventLogFactSource([
      ...days.map((day) => aMemberActivity({ tenantId, communityId, memberId: everyDay, at: `${day}T08:00:00Z` })),
      aMemberActivity({ tenantId, communityId, at: '2025-03-15T08:00:00Z' }),
    ]);
    // (30 + 1) member-days ÷ 30 days = 31/30 average DAU; 2 distinct members.
    expect(await kpiValues(stickiness.id, facts, { tenantId, from: '2025-03-31', to: '2025-03-31' })).toEqual([31 / 30 / 2]);
  });

  it('should divide the last 30 days’ active members by the members at the end of the period', async () => {
    const tenantId = aTenantId();
    const communityId = randomUUID();
    const members = Array.from({ length: 4 }, () => randomUUID());
    const facts = new EventLogFactSource([
      ...members.map((memberId) => aMemberJoined({ tenantId, communityId, memberId, at: '2025-02-01T08:00:00Z' })),
      aMemberActivity({ tenantId, communityId, memberId: members[0], at: '2025-03-20T08:00:00Z' }),
      aMemberActivity({ tenantId, communityId, memberId: members[1], at: '2025-01-20T08:00:00Z' }),
    ]);
    expect(await kpiValues(activityRate.id, facts, { tenantId, from: '2025-03-31', to: '2025-03-31' })).toEqual([0.25]);
  });
});
