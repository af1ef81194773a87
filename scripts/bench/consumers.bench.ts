import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@groundswell/events';
import { createTopic, testKafka, uniqueName } from '@groundswell/test-kit';
import type { Pool } from 'pg';
import { analyticsService } from '../../apps/analytics/src/analytics.service';
import { createEventIngester } from '../../apps/analytics/src/ingest/ingest-event';
import { ingestConsumerDefinition } from '../../apps/analytics/src/ingest/ingest.module';
import { aMemberActivity, aMemberJoined } from '../../apps/analytics/src/testing/analytics-event.factories';
import { recordKnownParties, recordKnownParty } from '../../apps/moderation/src/known-parties/record-known-party';
import { moderationService } from '../../apps/moderation/src/moderation.service';
import { consumeAll, produce, readOnly, withDatabase, type Handler } from './bench-topics';
import { shareOfBaseline, throughput, type BenchResult, type Measurement } from './measure';
import { profiled } from './profiling';

const insertBatch = 500;

/**
 * Exactly-once consumers on bench topics (docs/adr/0012), each beside a baseline in the same run:
 * analytics ingest against 500-row INSERT batches of the same rows, and a consumer of member events
 * (moderation's known parties; per-event and multi-row handlers) against KafkaJS reading the same
 * topic with no database at all.
 * "One message per transaction" is the consumer before batching (maxBatchSize 1), for comparison.
 */
export async function benchConsumers(total = 20_000): Promise<BenchResult> {
  const kafka = testKafka('groundswell-bench-consumers');
  const [analyticsTopic, memberTopic] = [uniqueName('bench-analytics'), uniqueName('bench-members')];
  await Promise.all([createTopic(kafka, analyticsTopic, 3), createTopic(kafka, memberTopic, 3)]);
  const tenantId = `bench-${randomUUID().slice(0, 8)}`;
  const communities = Array.from({ length: 10 }, () => randomUUID());
  const members = Array.from({ length: 2_000 }, () => randomUUID());
  const at = (index: number) => new Date(Date.parse('2025-03-01T00:00:00Z') + index * 60_000).toISOString();
  const facts = (index: number) => ({ tenantId, communityId: communities[index % communities.length]!, memberId: members[(index * 7) % members.length]!, at: at(index) });
  const analyticsEvents = Array.from({ length: total }, (_, index) => (index % 10 === 0 ? aMemberJoined(facts(index)) : aMemberActivity(facts(index))));
  const memberEvents = Array.from({ length: total }, (_, index) => aMemberJoined({ ...facts(index), memberId: randomUUID() }));
  await produce(kafka, analyticsTopic, analyticsEvents);
  await produce(kafka, memberTopic, memberEvents);

  const rows: Measurement[] = [];
  const inserted = await withDatabase('bench_ingest_raw', analyticsService.migrations, (pool) => rawInserts(pool, analyticsEvents));
  const rawInsert = throughput(`analytics: raw INSERT, ${insertBatch} rows a batch (baseline)`, total, inserted);
  rows.push(rawInsert);
  const ingest = createEventIngester();
  const perMessage: Handler = { handle: async (client, envelope) => void (await ingest(client, envelope)), maxBatchSize: 1 };
  for (const [scenario, handler] of [
    ['analytics ingest exactly-once, one message per tx', perMessage],
    ['analytics ingest exactly-once, batched', { handleBatch: ingestConsumerDefinition().handleBatch }],
  ] as const) {
    const consume = (pool: Pool) => consumeAll(kafka, pool, analyticsTopic, total, handler);
    const seconds = await withDatabase('bench_ingest', analyticsService.migrations, (pool) => (handler === perMessage ? consume(pool) : profiled('analytics ingest, batched', () => consume(pool))));
    rows.push(throughput(scenario, total, seconds));
  }

  rows.push(throughput('member events: KafkaJS read, no database (baseline)', total, await readOnly(kafka, memberTopic, total)));
  for (const [scenario, handler] of [
    ['known parties exactly-once, one message per tx', { handle: recordKnownParty, maxBatchSize: 1 }],
    ['known parties exactly-once, batched, handler per event', { handle: recordKnownParty }],
    ['known parties exactly-once, batched, multi-row', { handleBatch: recordKnownParties }],
  ] as const) {
    const seconds = await withDatabase('bench_known_parties', moderationService.migrations, (pool) => consumeAll(kafka, pool, memberTopic, total, handler));
    rows.push(throughput(scenario, total, seconds));
  }
  const batchedIngest = rows.find((row) => row.scenario === 'analytics ingest exactly-once, batched')!;
  return { measurements: rows, targets: [shareOfBaseline('analytics ingest, exactly-once', batchedIngest, rawInsert, 0.4)] };
}

/** Seconds to write the analytics log rows of `events` in multi-row INSERTs, as fast as PostgreSQL takes them. */
async function rawInserts(pool: Pool, events: readonly EventEnvelope[]): Promise<number> {
  const started = process.hrtime.bigint();
  for (let from = 0; from < events.length; from += insertBatch) {
    const batch = events.slice(from, from + insertBatch);
    await pool.query(
      `INSERT INTO analytics_events (event_id, tenant_id, type, subject, stream_version, occurred_at, recorded_at, data)
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
  return Number(process.hrtime.bigint() - started) / 1e9;
}
