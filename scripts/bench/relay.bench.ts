import { randomUUID } from 'node:crypto';
import { appendToStream, eventStoreMigrations, OutboxRelay, withTransaction } from '@groundswell/event-store';
import { reliableProducerOptions } from '@groundswell/messaging';
import { createTestDatabase, createTopic, testKafka, uniqueName } from '@groundswell/test-kit';
import { shareOfBaseline, throughput, type BenchResult } from './measure';
import { profiled } from './profiling';

const eventsPerStream = 50;

/** Outbox relay throughput against a raw idempotent producer sending the same records, in one run. */
export async function benchRelay(total = 20_000): Promise<BenchResult> {
  const kafka = testKafka('groundswell-bench');
  const database = await createTestDatabase('bench_relay', eventStoreMigrations);
  const [relayTopic, rawTopic] = [uniqueName('bench-relay'), uniqueName('bench-raw')];
  await Promise.all([createTopic(kafka, relayTopic), createTopic(kafka, rawTopic)]);
  try {
    for (let stream = 0; stream < total / eventsPerStream; stream++) {
      const events = Array.from({ length: eventsPerStream }, (_, index) => ({ type: 'groundswell.bench.Measured.v1', data: { index } }));
      await withTransaction(database.pool, (client) =>
        appendToStream(client, { tenantId: 'bench', streamId: `s-${stream}`, streamType: 'bench' }, 0, events, { correlationId: randomUUID() }),
      );
    }
    const producer = kafka.producer({ ...reliableProducerOptions });
    await producer.connect();
    const rawStarted = process.hrtime.bigint();
    for (let batch = 0; batch < total; batch += 500) {
      const messages = Array.from({ length: 500 }, (_, index) => ({ key: `s-${Math.floor((batch + index) / eventsPerStream)}`, value: JSON.stringify({ index }) }));
      await producer.send({ topic: rawTopic, acks: -1, messages });
    }
    const rawSeconds = Number(process.hrtime.bigint() - rawStarted) / 1e9;
    await producer.disconnect();

    const relay = new OutboxRelay({ name: 'bench', pool: database.pool, databaseUrl: database.url, kafka, topicFor: () => relayTopic, pollIntervalMs: 50 });
    const relaySeconds = await profiled('relay', async () => {
      const relayStarted = process.hrtime.bigint();
      relay.start();
      for (;;) {
        const { rows } = await database.pool.query<{ published: string }>(
          `SELECT count(*) AS published FROM events e, outbox_checkpoints c WHERE (e.transaction_id, e.global_position) <= (c.transaction_id, c.global_position)`,
        );
        if (Number(rows[0]?.published ?? 0) >= total) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return Number(process.hrtime.bigint() - relayStarted) / 1e9;
    });
    await relay.stop();
    const raw = throughput('raw idempotent producer, batches of 500 (baseline)', total, rawSeconds);
    const relayed = throughput('outbox relay, commit order from PostgreSQL', total, relaySeconds);
    return { measurements: [raw, relayed], targets: [shareOfBaseline('relay', relayed, raw, 0.6)] };
  } finally {
    await database.drop();
  }
}
