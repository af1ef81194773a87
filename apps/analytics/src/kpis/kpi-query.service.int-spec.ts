import { randomUUID } from 'node:crypto';
import { RequestError } from '@groundswell/service-kit';
import { freshDatabase } from '@groundswell/test-kit';
import { createAnalyticsDatabase, ingestAll } from '../testing/analytics-database';
import { aMemberJoined, aTenantId } from '../testing/analytics-event.factories';
import { KpiQueryService } from './kpi-query.service';

describe(KpiQueryService.name, () => {
  const database = freshDatabase('test', () => createAnalyticsDatabase('kpi_query'));

  it('should answer with the definition version, asOf, computation time and projection lag', async () => {
    const tenantId = aTenantId();
    await ingestAll(database.pool, [aMemberJoined({ tenantId, communityId: randomUUID(), at: '2025-03-01T09:00:00Z' })]);
    const now = new Date('2025-03-01T10:00:00Z');
    const asOf = new Date('2025-03-01T09:30:00Z');

    const answer = await new KpiQueryService(database.pool).answer(
      { id: 'members.total', tenantId, from: '2025-03-01', to: '2025-03-02', granularity: 'DAY', asOf },
      now,
    );

    expect(answer).toEqual({
      kpiId: 'members.total',
      definitionVersion: 2,
      unit: 'members',
      granularity: 'DAY',
      asOf,
      computedAt: now,
      lagSeconds: 3_600,
      points: [
        { periodStart: '2025-03-01', periodEnd: '2025-03-01', value: 1 },
        { periodStart: '2025-03-02', periodEnd: '2025-03-02', value: 1 },
      ],
    });
  });

  it('should report no lag before any event of the tenant was ingested', async () => {
    const answer = await new KpiQueryService(database.pool).answer({ id: 'activity.dau', tenantId: aTenantId(), from: '2025-03-01', to: '2025-03-01', granularity: 'DAY' });
    expect(answer.lagSeconds).toBeNull();
    expect(answer.points[0]!.value).toBe(0);
  });

  it('should refuse an unknown KPI as bad user input', async () => {
    await expect(
      new KpiQueryService(database.pool).answer({ id: 'kpi.unknown', tenantId: aTenantId(), from: '2025-03-01', to: '2025-03-01', granularity: 'DAY' }),
    ).rejects.toMatchObject({ constructor: RequestError, category: 'BAD_USER_INPUT' });
  });
});
