import { randomUUID } from 'node:crypto';
import { EventContractError } from '@groundswell/events';
import type { TestDatabase } from '@groundswell/test-kit';
import { createAnalyticsDatabase, ingestAll } from '../testing/analytics-database';
import { aMemberJoined, aMemberJoinedV1, aTenantId } from '../testing/analytics-event.factories';
import { kpiValues } from '../testing/evaluate-kpi';
import { ProjectionFactSource } from '../kpis/projection-fact-source';
import { createEventIngester } from './ingest-event';

describe(createEventIngester.name, () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createAnalyticsDatabase('ingest');
  });

  afterEach(async () => {
    await database.drop();
  });

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
