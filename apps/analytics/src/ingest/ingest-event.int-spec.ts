import { randomUUID } from 'node:crypto';
import { withTransaction } from '@groundswell/event-store';
import { EventContractError, type EventEnvelope } from '@groundswell/events';
import type { ConsumedEvent } from '@groundswell/messaging';
import type { Pool } from 'pg';
import { freshDatabase } from '@groundswell/test-kit';
import { createAnalyticsDatabase, ingestAll } from '../testing/analytics-database';
import { aCommunityCreated, aMemberActivity, aMemberJoined, aMemberJoinedV1, aMemberLeft, aTenantId } from '../testing/analytics-event.factories';
import { kpiValues } from '../testing/evaluate-kpi';
import { ProjectionFactSource } from '../kpis/projection-fact-source';
import { createBatchIngester, createEventIngester } from './ingest-event';

describe(createEventIngester.name, () => {
  const database = freshDatabase('test', () => createAnalyticsDatabase('ingest'));

  it('should log and project an event once however often it is delivered', async () => {
    const tenantId = aTenantId();
    const joined = aMemberJoined({ tenantId, communityId: randomUUID(), at: '2025-03-01T09:00:00Z' });

    const outcomes = await ingestAll(database.pool, [joined, joined, joined]);

    expect(outcomes).toEqual(['ingested', 'duplicate', 'duplicate']);
    const { rows } = await database.pool.query('SELECT count(*)::int AS events FROM analytics_events');
    expect(rows[0].events).toBe(1);
    const facts = new ProjectionFactSource(database.pool);
    expect(await kpiValues('members.new', facts, { tenantId, from: '2025-03-01', to: '2025-03-01' })).toEqual([1]);
  });

  it('should store old event versions upcast to the newest', async () => {
    const joined = aMemberJoinedV1({ tenantId: aTenantId(), communityId: randomUUID(), at: '2025-03-01T09:00:00Z' });

    await ingestAll(database.pool, [joined]);

    const { rows } = await database.pool.query('SELECT type, data, occurred_at, recorded_at FROM analytics_events');
    expect(rows[0].type).toBe('groundswell.members.MemberJoined.v2');
    expect(rows[0].data.acquisition).toEqual({ channel: 'qr-code' });
    expect(rows[0].occurred_at).toEqual(new Date(joined.time));
    expect(rows[0].recorded_at).toEqual(new Date(joined.recordedtime));
  });

  it('should count a late event on the day it happened', async () => {
    const tenantId = aTenantId();
    const late = aMemberJoined({ tenantId, communityId: randomUUID(), at: '2025-03-01T09:00:00Z', recordedAt: '2025-03-09T09:00:00Z' });
    const onTime = aMemberJoined({ tenantId, communityId: randomUUID(), at: '2025-03-05T09:00:00Z' });

    await ingestAll(database.pool, [onTime, late]);

    const facts = new ProjectionFactSource(database.pool);
    expect(await kpiValues('members.new', facts, { tenantId, from: '2025-03-01', to: '2025-03-05', granularity: 'DAY' })).toEqual([1, 0, 0, 0, 1]);
  });

  it('should reject an event type it does not know as a contract error', async () => {
    const unknown = { ...aMemberJoined({ tenantId: aTenantId(), communityId: randomUUID(), at: '2025-03-01T09:00:00Z' }), type: 'groundswell.members.MemberTeleported.v1' };

    await expect(ingestAll(database.pool, [unknown])).rejects.toBeInstanceOf(EventContractError);
    const { rows } = await database.pool.query('SELECT count(*)::int AS events FROM analytics_events');
    expect(rows[0].events).toBe(0);
  });
});

describe(createBatchIngester.name, () => {
  const projected = ['daily_active_members', 'daily_visitors', 'interaction_hourly', 'membership_daily', 'member_membership_changes', 'analytics_communities'];
  const contentsOf = async (pool: Pool) =>
    Object.fromEntries(await Promise.all(projected.map(async (table) => [table, (await pool.query(`SELECT * FROM ${table} AS row ORDER BY row::text`)).rows] as const)));
  const asBatch = (events: readonly EventEnvelope[]) => events.map((envelope) => ({ envelope, context: { topic: 'gs.members.activity', partition: 0, offset: '0' } }) as ConsumedEvent);

  it('should project a batch, its runs of activity, joins and departures set-based, exactly as one event at a time does', async () => {
    const [oneByOne, batched] = await Promise.all([createAnalyticsDatabase('one_by_one'), createAnalyticsDatabase('batched')]);
    try {
      const tenantId = aTenantId();
      const [communityId, otherCommunityId] = [randomUUID(), randomUUID()];
      const [ada, bo] = [randomUUID(), randomUUID()];
      const events = [
        aCommunityCreated({ tenantId, communityId, at: '2025-03-01T00:30:00Z' }),
        aMemberJoined({ tenantId, communityId, memberId: ada, at: '2025-03-01T01:00:00Z' }),
        aMemberJoined({ tenantId, communityId, memberId: bo, at: '2025-03-01T01:00:00Z' }),
        // One member active twice a day (the earliest recording counts), once only visiting, once late.
        aMemberActivity({ tenantId, communityId, memberId: ada, at: '2025-03-01T09:10:00Z', recordedAt: '2025-03-01T09:10:00Z' }),
        aMemberActivity({ tenantId, communityId, memberId: ada, at: '2025-03-01T09:20:00Z', recordedAt: '2025-03-01T09:10:00Z', kind: 'reaction' }),
        aMemberActivity({ tenantId, communityId, memberId: ada, at: '2025-03-01T23:59:00Z', recordedAt: '2025-03-03T08:00:00Z' }),
        aMemberActivity({ tenantId, communityId, memberId: bo, at: '2025-03-01T09:30:00Z', kind: 'visit' }),
        aMemberActivity({ tenantId, communityId: otherCommunityId, memberId: bo, at: '2025-03-02T10:00:00Z' }),
        aMemberLeft({ tenantId, communityId, memberId: ada, at: '2025-03-02T12:00:00Z' }),
        aMemberActivity({ tenantId, communityId, memberId: ada, at: '2025-03-02T12:30:00Z', recordedAt: '2025-03-02T12:30:00Z' }),
        aMemberActivity({ tenantId, communityId, memberId: bo, at: '2025-03-02T12:40:00Z', recordedAt: '2025-03-02T12:30:00Z' }),
      ];

      await ingestAll(oneByOne.pool, events);
      // In two batches, the second repeating part of the first: a redelivered event counts once.
      const ingestBatch = createBatchIngester();
      await withTransaction(batched.pool, (client) => ingestBatch(client, asBatch(events.slice(0, 8))));
      await withTransaction(batched.pool, (client) => ingestBatch(client, asBatch(events.slice(5))));

      const expected = await contentsOf(oneByOne.pool);
      expect(expected.daily_active_members).toHaveLength(4);
      expect(expected.membership_daily.map((row: { joined: number; departed: number }) => [row.joined, row.departed]).sort()).toEqual([[0, 1], [2, 0]]);
      expect(expected.interaction_hourly.map((row: { interactions: number }) => row.interactions).sort()).toEqual([1, 1, 2, 2]);
      expect(await contentsOf(batched.pool)).toEqual(expected);
    } finally {
      await Promise.all([oneByOne.drop(), batched.drop()]);
    }
  });
});
