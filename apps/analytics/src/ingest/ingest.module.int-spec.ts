import { randomUUID } from 'node:crypto';
import { deadLetterTopic } from '@groundswell/events';
import { createTopic, eventually, produceEvents, topicSize, uniqueName } from '@groundswell/test-kit';
import type { Pool } from 'pg';
import { ProjectionFactSource } from '../kpis/projection-fact-source';
import { aMemberActivity, aMemberJoined, aMemberLeft, aTenantId } from '../testing/analytics-event.factories';
import { kpiValues } from '../testing/evaluate-kpi';
import { ingestTestBed } from '../testing/ingest-test-bed';
import { IngestService } from './ingest.module';

/** The most tenants whose events one transaction logged. */
async function tenantsPerTransaction(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ tenants: number }>(
    'SELECT coalesce(max(tenants), 0)::int AS tenants FROM (SELECT count(DISTINCT tenant_id) AS tenants FROM analytics_events GROUP BY xmin::text) t',
  );
  return rows[0]!.tenants;
}

describe(IngestService.name, () => {
  const bed = ingestTestBed('ingest_consumer', 'analytics-ingest-test');

  it('should project member and activity topics from Kafka exactly once', async () => {
    const [memberTopic, activityTopic] = await bed.createTopics('analytics-member', 'analytics-activity');
    const tenantId = aTenantId();
    const communityId = randomUUID();
    const [stays, leaves] = [randomUUID(), randomUUID()];
    const memberEvents = [
      aMemberJoined({ tenantId, communityId, memberId: stays, at: '2025-03-01T08:00:00Z' }),
      aMemberJoined({ tenantId, communityId, memberId: leaves, at: '2025-03-01T09:00:00Z' }),
      aMemberLeft({ tenantId, communityId, memberId: leaves, at: '2025-03-02T09:00:00Z' }),
    ];
    const activity = [aMemberActivity({ tenantId, communityId, memberId: stays, at: '2025-03-02T10:00:00Z' })];
    await bed.startIngest([memberTopic, activityTopic]);

    await produceEvents(bed.kafka, memberTopic, [...memberEvents, memberEvents[0]!]);
    await produceEvents(bed.kafka, activityTopic, [...activity, ...activity]);

    const facts = new ProjectionFactSource(bed.pool);
    const ask = { tenantId, from: '2025-03-01', to: '2025-03-02' };
    await eventually(async () => {
      expect(await kpiValues('members.total', facts, ask)).toEqual([2, 1]);
      expect(await kpiValues('activity.dau', facts, ask)).toEqual([0, 1]);
    }, 60_000);
    const { rows } = await bed.pool.query('SELECT count(*)::int AS events FROM analytics_events');
    expect(rows[0].events).toBe(4);
  });

  it('should keep the KPIs of each tenant apart in a batch spanning tenants, and dead-letter the one event it cannot decode', async () => {
    const topic = uniqueName('analytics-tenants');
    await createTopic(bed.kafka, topic, 1);
    const [first, second] = [aTenantId(), aTenantId()];
    const communityOf = { [first]: randomUUID(), [second]: randomUUID() };
    const eventsOf = (tenantId: string, members: number) =>
      Array.from({ length: members }, () => randomUUID()).flatMap((memberId) => [
        aMemberJoined({ tenantId, communityId: communityOf[tenantId]!, memberId, at: '2025-03-01T08:00:00Z' }),
        aMemberActivity({ tenantId, communityId: communityOf[tenantId]!, memberId, at: '2025-03-02T10:00:00Z' }),
      ]);
    const [ofFirst, ofSecond] = [eventsOf(first, 30), eventsOf(second, 20)];
    const unknown = { ...aMemberJoined({ tenantId: first, communityId: communityOf[first]!, at: '2025-03-01T09:00:00Z' }), type: 'groundswell.members.MemberTeleported.v1' };
    const interleaved = ofFirst.flatMap((event, index) => [event, ...(ofSecond[index] ? [ofSecond[index]] : [])]);
    await produceEvents(bed.kafka, topic, [...interleaved.slice(0, 50), unknown, ...interleaved.slice(50), ofSecond[0]!]);
    const groupId = uniqueName('analytics-tenants');
    await bed.startIngest([topic], { groupId, backoff: { initialMs: 20, maxMs: 100 } });

    const facts = new ProjectionFactSource(bed.pool);
    const ask = (tenantId: string) => ({ tenantId, from: '2025-03-01', to: '2025-03-02' });
    await eventually(async () => {
      expect(await kpiValues('members.total', facts, ask(first))).toEqual([30, 30]);
      expect(await kpiValues('members.total', facts, ask(second))).toEqual([20, 20]);
      expect(await topicSize(bed.kafka, deadLetterTopic(groupId))).toBe(1);
    }, 60_000);
    expect(await kpiValues('activity.dau', facts, ask(first))).toEqual([0, 30]);
    expect(await kpiValues('activity.dau', facts, ask(second))).toEqual([0, 20]);
    const { rows } = await bed.pool.query('SELECT tenant_id, count(*)::int AS events FROM analytics_events GROUP BY tenant_id');
    expect(Object.fromEntries(rows.map((row) => [row.tenant_id, row.events]))).toEqual({ [first]: 60, [second]: 40 });
    const spanned = await tenantsPerTransaction(bed.pool);
    console.log(`delivered=102 logged=100 dead_lettered=1 duplicate=1 most_tenants_in_one_transaction=${spanned}`);
    expect(spanned).toBe(2);
  });
});
