import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@groundswell/events';
import { createTestDatabase } from '@groundswell/test-kit';
import { Registry } from 'prom-client';
import { createClient } from 'redis';
import { analyticsService } from '../../apps/analytics/src/analytics.service';
import { KpiAnswerCache } from '../../apps/analytics/src/cache/kpi-answer-cache';
import { createEventIngester } from '../../apps/analytics/src/ingest/ingest-event';
import { KpiQueryService } from '../../apps/analytics/src/kpis/kpi-query.service';
import type { KpiRequest } from '../../apps/analytics/src/kpis/kpi-request';
import { rebuildableProjections } from '../../apps/analytics/src/rebuild/rebuildable-projections';
import { rebuildProjection } from '../../apps/analytics/src/rebuild/rebuild-projection';
import { generateEventLog } from '../../apps/analytics/src/rebuild/testing/generate-event-log';
import { aMemberActivity, aMemberJoined } from '../../apps/analytics/src/testing/analytics-event.factories';
import { measure, type Measurement } from './measure';

const insertBatch = 500;

/**
 * Analytics, each against a baseline in the same run: ingest (log + projections, one transaction
 * per event as the consumer does) against batched raw INSERTs of the same rows; a rebuild of every
 * projection against copying the same log inside PostgreSQL; KPI answers with and without the cache
 * (fewer uncached: they take seconds each on a busy two-core machine).
 */
export async function benchAnalytics(ingestTotal = 10_000, replayTotal = 300_000, uncachedQueries = 200, cachedQueries = 1_000): Promise<Measurement[]> {
  const database = await createTestDatabase('bench_analytics', analyticsService.migrations);
  const redis = createClient({ url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });
  await redis.connect();
  try {
    const tenantId = `bench-${randomUUID().slice(0, 8)}`;
    const communities = Array.from({ length: 10 }, () => randomUUID());
    const members = Array.from({ length: 2_000 }, () => randomUUID());
    const events: EventEnvelope[] = Array.from({ length: ingestTotal }, (_, index) => {
      const facts = {
        tenantId,
        communityId: communities[index % communities.length]!,
        memberId: members[(index * 7) % members.length]!,
        at: new Date(Date.parse('2025-03-01T00:00:00Z') + index * 60_000).toISOString(),
      };
      return index % 10 === 0 ? aMemberJoined(facts) : aMemberActivity(facts);
    });

    await database.pool.query('CREATE TABLE bench_raw_events (LIKE analytics_events INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING INDEXES)');
    const rawStarted = process.hrtime.bigint();
    for (let from = 0; from < events.length; from += insertBatch) {
      const batch = events.slice(from, from + insertBatch);
      await database.pool.query(
        `INSERT INTO bench_raw_events (event_id, tenant_id, type, subject, stream_version, occurred_at, recorded_at, data)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[], $6::timestamptz[], $7::timestamptz[], $8::jsonb[])`,
        [
          batch.map((event) => event.id),
          batch.map((event) => event.tenantid),
          batch.map((event) => event.type),
          batch.map((event) => event.subject),
          batch.map((event) => event.streamversion),
          batch.map((event) => event.time),
          batch.map((event) => event.recordedtime),
          batch.map((event) => JSON.stringify(event.data)),
        ],
      );
    }
    const rawSeconds = Number(process.hrtime.bigint() - rawStarted) / 1e9;

    const ingest = createEventIngester();
    const ingested = await measure('analytics ingest, one tx per event', ingestTotal, 4, async (index) => {
      const client = await database.pool.connect();
      try {
        await client.query('BEGIN');
        await ingest(client, events[index]!);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    });

    await generateEventLog(database.pool, { events: replayTotal, membersPerCommunity: 500 });
    const { rows } = await database.pool.query<{ events: number }>('SELECT count(*)::int AS events FROM analytics_events');
    const logSize = rows[0]!.events;
    const copyStarted = process.hrtime.bigint();
    await database.pool.query('CREATE TABLE bench_log_copy AS SELECT * FROM analytics_events');
    const copySeconds = Number(process.hrtime.bigint() - copyStarted) / 1e9;
    const replayStarted = process.hrtime.bigint();
    for (const projection of rebuildableProjections) await rebuildProjection(database.pool, projection);
    const replaySeconds = Number(process.hrtime.bigint() - replayStarted) / 1e9;

    const request: KpiRequest = { id: 'activity.mau', tenantId, from: '2025-03-01', to: '2025-03-31', granularity: 'DAY' };
    const uncached = new KpiQueryService(database.pool);
    const cached = new KpiQueryService(database.pool, new KpiAnswerCache(redis, new Registry()));
    const throughput = (scenario: string, operations: number, seconds: number): Measurement => ({
      scenario,
      operations,
      seconds,
      perSecond: operations / seconds,
      p50Ms: 0,
      p99Ms: 0,
    });
    return [
      throughput(`raw INSERT, ${insertBatch} rows a batch (baseline)`, ingestTotal, rawSeconds),
      ingested,
      throughput('log copied in PostgreSQL (baseline)', logSize, copySeconds),
      throughput(`replay: rebuild ${rebuildableProjections.length} projections`, logSize, replaySeconds),
      await measure('KPI activity.mau 31 days, uncached', uncachedQueries, 4, async () => void (await uncached.answer(request))),
      await measure('KPI activity.mau 31 days, cached', cachedQueries, 4, async () => void (await cached.answer(request))),
    ];
  } finally {
    await redis.close();
    await database.drop();
  }
}
