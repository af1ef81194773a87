import { randomUUID } from 'node:crypto';
import { freshDatabase } from '@groundswell/test-kit';
import { createAnalyticsDatabase, ingestAll } from '../testing/analytics-database';
import { aMemberActivity, aMemberJoined, aTenantId } from '../testing/analytics-event.factories';
import { kpiValues } from '../testing/evaluate-kpi';
import { ProjectionFactSource } from './projection-fact-source';

describe('time travel (asOf)', () => {
  const database = freshDatabase('test', () => createAnalyticsDatabase('time_travel'));

  it('should leave out a late join about an earlier day until it was recorded', async () => {
    const tenantId = aTenantId();
    const communityId = randomUUID();
    await ingestAll(database.pool, [
      aMemberJoined({ tenantId, communityId, at: '2025-03-01T09:00:00Z', recordedAt: '2025-03-01T09:00:01Z' }),
      aMemberJoined({ tenantId, communityId, at: '2025-03-01T10:00:00Z', recordedAt: '2025-03-08T12:00:00Z' }),
    ]);
    const facts = new ProjectionFactSource(database.pool);
    const ask = { tenantId, from: '2025-03-01', to: '2025-03-01' };

    expect(await kpiValues('members.total', facts, { ...ask, asOf: new Date('2025-03-08T11:59:59.999Z') })).toEqual([1]);
    expect(await kpiValues('members.total', facts, { ...ask, asOf: new Date('2025-03-08T12:00:00Z') })).toEqual([2]);
    expect(await kpiValues('members.total', facts, { ...ask, asOf: new Date('2025-03-01T09:00:00Z') })).toEqual([0]);
  });

  it('should count an active member from the first recorded activity of the day', async () => {
    const tenantId = aTenantId();
    const communityId = randomUUID();
    const memberId = randomUUID();
    await ingestAll(database.pool, [
      aMemberActivity({ tenantId, communityId, memberId, at: '2025-03-01T20:00:00Z', recordedAt: '2025-03-03T00:00:00Z' }),
      aMemberActivity({ tenantId, communityId, memberId, at: '2025-03-01T08:00:00Z', recordedAt: '2025-03-02T00:00:00Z' }),
    ]);
    const facts = new ProjectionFactSource(database.pool);
    const dau = (asOf: string) => kpiValues('activity.dau', facts, { tenantId, from: '2025-03-01', to: '2025-03-01', asOf: new Date(asOf) });

    expect(await dau('2025-03-01T23:59:59Z')).toEqual([0]);
    expect(await dau('2025-03-02T00:00:00Z')).toEqual([1]);
    expect(await dau('2025-03-04T00:00:00Z')).toEqual([1]);
  });
});
