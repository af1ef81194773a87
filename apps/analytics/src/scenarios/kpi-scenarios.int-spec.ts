import { randomUUID } from 'node:crypto';
import type { TestDatabase } from '@groundswell/test-kit';
import { ProjectionFactSource } from '../kpis/projection-fact-source';
import { createAnalyticsDatabase, ingestAll } from '../testing/analytics-database';
import { aMemberActivity, aMemberJoined, aTenantId } from '../testing/analytics-event.factories';
import { kpiValues } from '../testing/evaluate-kpi';

// The seeds inventory §8.2 scenarios: events in, exact KPI out. Those whose events or KPI do not exist yet are todos.
describe('seeds inventory scenarios (§8.2)', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createAnalyticsDatabase('scenarios');
  });

  afterEach(async () => {
    await database.drop();
  });

  const community = (size: number, joinedAt: string) => {
    const tenantId = aTenantId();
    const communityId = randomUUID();
    const memberIds = Array.from({ length: size }, () => randomUUID());
    const joins = memberIds.map((memberId) => aMemberJoined({ tenantId, communityId, memberId, at: joinedAt }));
    return { tenantId, communityId, memberIds, joins };
  };

  it('should rate S1 (200 members, 170 engaged in 30 days) at an activity rate of exactly 0.85', async () => {
    const { tenantId, communityId, memberIds, joins } = community(200, '2025-02-01T08:00:00Z');
    const engaged = memberIds.slice(0, 170).map((memberId, index) =>
      aMemberActivity({ tenantId, communityId, memberId, at: `2025-03-${String((index % 30) + 2).padStart(2, '0')}T12:00:00Z`, kind: 'comment' }),
    );
    await ingestAll(database.pool, [...joins, ...engaged]);

    const facts = new ProjectionFactSource(database.pool);
    const ask = { tenantId, communityId, from: '2025-03-31', to: '2025-03-31' };
    expect(await kpiValues('activity.mau', facts, ask)).toEqual([170]);
    expect(await kpiValues('members.total', facts, ask)).toEqual([200]);
    expect(await kpiValues('activity.rate', facts, ask)).toEqual([0.85]);
  });

  it('should read S5’s “+35%” as relative uplift: 40 → 54 members is growth 0.35, not 14 percentage points', async () => {
    const { tenantId, communityId, joins } = community(40, '2025-02-20T08:00:00Z');
    const later = Array.from({ length: 14 }, () => aMemberJoined({ tenantId, communityId, at: '2025-03-15T08:00:00Z' }));
    await ingestAll(database.pool, [...joins, ...later]);

    const facts = new ProjectionFactSource(database.pool);
    const growth = await kpiValues('members.growth_rate', facts, { tenantId, from: '2025-03-01', to: '2025-03-31', granularity: 'MONTH' });
    expect(growth[0]).toBeCloseTo(0.35, 12);
  });

  it.todo('S2 churn alert waits for the KPI-33 churn-rate definition (inactivity window) and a ChurnThresholdExceeded event');
  it.todo('S3 churn-risk share waits for the KPI-37 projection of MemberChurnRiskFlagged/Confirmed/Dismissed');
  it.todo('S4 cohort retention waits for the KPI-32 cohort matrices (deferred)');
  it.todo('S6 community-commerce conversion waits for campaign reach and ConversionRecorded events');
  it.todo('S7 AOV uplift waits for OrderPlaced (order value per cohort) and the KPI-43 definition');
  it.todo('S8 repurchase by customer-status tag waits for OrderPlaced and the KPI-42 definition');
  it.todo('S9 moderation rates wait for ContentPublished and ReviewDecided events');
  it.todo('S10 crisis SLA waits for AlertRaised and StatementPublished events');
  it.todo('S11 budget allocation waits for CampaignCreated budget events');
  it.todo('S12 staffing mix waits for operator role events');
  it.todo('S13 community survival waits for the KPI-35 dormancy definition over CommunityCreated and activity');
  it.todo('S14 UGC contribution waits for PostCreated (content authored by members)');
  it.todo('S15 satisfaction waits for survey response events');
  it.todo('S16 creator retention waits for content-authoring events');
  it.todo('S17 reporting cadences wait for scheduled report jobs');
  it.todo('S18 dwell time waits for session events with durations');
  it.todo('S19 posting-slot optimisation waits for the KPI-15 hour-of-day histogram');
});
