import { randomUUID } from 'node:crypto';
import { freshDatabase } from '@groundswell/test-kit';
import { createAnalyticsDatabase, ingestAll } from '../../testing/analytics-database';
import { aMemberActivity, aMemberJoined, aTenantId } from '../../testing/analytics-event.factories';
import { ScorecardService } from '../scorecards/scorecard.service';
import { CohortRetentionService } from './cohort-retention.service';

describe('cohort retention and scorecard services', () => {
  const database = freshDatabase('test', () => createAnalyticsDatabase('views'));

  it('should answer a cohort matrix as of an instant, with its definition version and the projection lag', async () => {
    const tenantId = aTenantId();
    const communityId = randomUUID();
    const [ann, bob] = [randomUUID(), randomUUID()];
    await ingestAll(database.pool, [
      aMemberJoined({ tenantId, communityId, memberId: ann, at: '2025-03-03T08:00:00Z' }),
      aMemberJoined({ tenantId, communityId, memberId: bob, at: '2025-03-03T09:00:00Z' }),
      aMemberActivity({ tenantId, communityId, memberId: ann, at: '2025-03-04T08:00:00Z' }),
      // Happened on the 4th, recorded only on the 6th.
      aMemberActivity({ tenantId, communityId, memberId: bob, at: '2025-03-04T10:00:00Z', recordedAt: '2025-03-06T00:00:00Z' }),
    ]);
    const service = new CohortRetentionService(database.pool);
    const now = new Date('2025-03-06T12:00:00Z');
    const ask = { tenantId, from: '2025-03-03', to: '2025-03-03', granularity: 'DAY' as const, offsets: 3 };

    const before = await service.answer({ ...ask, asOf: new Date('2025-03-05T00:00:00Z') }, now);
    const after = await service.answer(ask, now);

    expect(before.cohorts).toEqual([
      {
        cohortStart: '2025-03-03',
        cohortEnd: '2025-03-03',
        size: 2,
        cells: [
          { offset: 0, periodStart: '2025-03-03', periodEnd: '2025-03-03', retained: 0, rate: 0 },
          { offset: 1, periodStart: '2025-03-04', periodEnd: '2025-03-04', retained: 1, rate: 0.5 },
          { offset: 2, periodStart: '2025-03-05', periodEnd: '2025-03-05', retained: 0, rate: 0 },
        ],
      },
    ]);
    expect(after.cohorts[0]!.cells[1]).toMatchObject({ retained: 2, rate: 1 });
    // The newest event happened on 4 March at 10:00, 2 days and 2 hours before now.
    expect(after).toMatchObject({ granularity: 'DAY', definitionVersion: 1, asOf: now, computedAt: now, lagSeconds: 2 * 86_400 + 2 * 3_600 });
  });

  it('should answer a scorecard with each metric’s KPI id, version and value, and the pending metrics', async () => {
    const tenantId = aTenantId();
    const communityId = randomUUID();
    await ingestAll(database.pool, Array.from({ length: 5 }, () => aMemberJoined({ tenantId, communityId, at: '2025-03-10T08:00:00Z' })));

    const card = await new ScorecardService(database.pool).answer(
      { framework: 'THREE_OPERATING_DIMENSIONS', tenantId, from: '2025-03-01', to: '2025-03-31' },
      new Date('2025-04-01T00:00:00Z'),
    );

    expect(card.metrics.map(({ kpiId, value, definitionVersion }) => ({ kpiId, value, definitionVersion }))).toEqual([
      { kpiId: 'retention.d30', value: 0, definitionVersion: 1 }, // 5 joined, nobody active
      { kpiId: 'retention.churn_rate', value: null, definitionVersion: 1 }, // no members on 1 March
      { kpiId: 'activity.rate', value: 0, definitionVersion: 2 }, // version 2: merged members count once
      { kpiId: 'community.health', value: null, definitionVersion: 2 }, // version 2: conduct from moderation
      { kpiId: 'commerce.gmv', value: 0, definitionVersion: 1 }, // no conversions
      { kpiId: 'commerce.user_value_conversion', value: null, definitionVersion: 1 }, // nobody active to convert
    ]);
    expect(card.pending.map((metric) => metric.dimension)).toEqual(['Brand awareness']);
    expect(card.asOf).toEqual(new Date('2025-04-01T00:00:00Z'));
  });
});
