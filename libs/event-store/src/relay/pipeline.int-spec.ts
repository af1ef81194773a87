import { ExactlyOnceConsumer, consumerMigrations } from '@groundswell/messaging';
import { createTestDatabase, createTopic, eventually, testKafka, uniqueName, type TestDatabase } from '@groundswell/test-kit';
import type { Migration } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { startKafka, stopKafka } from '../../../../deploy/local/infra-lib.ts';
import { ledgerDecider, ledgerStream, type LedgerCommand } from '../__fixtures__/ledger.fixture';
import { EventStore } from '../event-store';
import { eventStoreMigrations } from '../store/event-store.migrations';
import type { InlineProjection } from '../projection/define-projection';
import { OutboxRelay, type OutboxRelayOptions } from './outbox-relay';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const sinkTables: Migration = {
  name: 'test/0001-sink',
  up: async (client) => {
    await client.query(`CREATE TABLE applied_events (event_id uuid PRIMARY KEY, stream_id text NOT NULL, stream_version int NOT NULL, amount int NOT NULL)`);
    await client.query(`CREATE TABLE stream_progress (stream_id text PRIMARY KEY, last_version int NOT NULL, out_of_order int NOT NULL)`);
  },
};

/** Holds its command's transaction open after the append, so later transactions commit before it. */
const holdOpen = (ms: number): InlineProjection => ({
  name: 'hold-open',
  apply: async () => void (await sleep(ms)),
});

/** Service database → outbox relay → Kafka → exactly-once consumer → sink database, all real. */
class Pipeline {
  readonly kafka = testKafka();
  readonly topic = uniqueName('ledger');
  relay!: OutboxRelay;
  consumer!: ExactlyOnceConsumer;
  private constructor(
    readonly source: TestDatabase,
    readonly sink: TestDatabase,
  ) {}

  static async start(label: string, relayOptions: Partial<OutboxRelayOptions> = {}): Promise<Pipeline> {
    const source = await createTestDatabase(`${label}_source`, eventStoreMigrations);
    const sink = await createTestDatabase(`${label}_sink`, [...consumerMigrations, sinkTables]);
    const pipeline = new Pipeline(source, sink);
    await createTopic(pipeline.kafka, pipeline.topic, 3);
    pipeline.relay = new OutboxRelay({
      name: label,
      pool: source.pool,
      databaseUrl: source.url,
      kafka: pipeline.kafka,
      topicFor: () => pipeline.topic,
      pollIntervalMs: 250,
      ...relayOptions,
    });
    pipeline.consumer = new ExactlyOnceConsumer({
      kafka: pipeline.kafka,
      groupId: uniqueName(`${label}-group`),
      topics: [pipeline.topic],
      pool: sink.pool,
      handle: async (client, envelope) => {
        const { amount } = envelope.data as { amount: number };
        await client.query('INSERT INTO applied_events VALUES ($1, $2, $3, $4)', [envelope.id, envelope.subject, envelope.streamversion, amount]);
        await client.query(
          `INSERT INTO stream_progress VALUES ($1, $2, CASE WHEN $2 = 1 THEN 0 ELSE 1 END)
           ON CONFLICT (stream_id) DO UPDATE SET
             out_of_order = stream_progress.out_of_order + CASE WHEN EXCLUDED.last_version = stream_progress.last_version + 1 THEN 0 ELSE 1 END,
             last_version = EXCLUDED.last_version`,
          [envelope.subject, envelope.streamversion],
        );
      },
    });
    pipeline.relay.start();
    await pipeline.consumer.start();
    return pipeline;
  }

  post(streamId: string, amount: number, projections: InlineProjection[] = []) {
    const command: LedgerCommand = { type: 'Post', amount, reference: `${streamId}-${amount}` };
    const store = new EventStore(this.source.pool, { ledger: projections });
    return store.handle({ decider: ledgerDecider, stream: ledgerStream(streamId), command, commandName: 'Post', retryOnConflict: true });
  }

  async delivered(): Promise<number> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(this.topic);
      return offsets.reduce((sum, partition) => sum + Number(partition.high), 0);
    } finally {
      await admin.disconnect();
    }
  }

  /** Waits until the sink has every appended event, then reports the counts. */
  async converge(timeoutMs = 120_000) {
    const appended = await count(this.source.pool, 'SELECT count(*) FROM events');
    const expectedSum = await count(this.source.pool, "SELECT coalesce(sum((data->>'amount')::int), 0) FROM events");
    await eventually(async () => expect(await count(this.sink.pool, 'SELECT count(*) FROM applied_events')).toBe(appended), timeoutMs, 500).catch(async (error: unknown) => {
      // Which side fell behind: the relay (delivered short of appended) or the consumer (applied short of delivered).
      console.log(`not converged: appended=${appended} delivered=${await this.delivered()} applied=${await count(this.sink.pool, 'SELECT count(*) FROM applied_events')}`);
      throw error;
    });
    const report = {
      appended,
      delivered: await this.delivered(),
      applied: await count(this.sink.pool, 'SELECT count(*) FROM applied_events'),
      lost: await count(this.source.pool, 'SELECT count(*) FROM events') - (await count(this.sink.pool, 'SELECT count(DISTINCT event_id) FROM applied_events')),
      duplicated: (await count(this.sink.pool, 'SELECT count(*) FROM processed_messages')) - (await count(this.sink.pool, 'SELECT count(*) FROM applied_events')),
      outOfOrder: await count(this.sink.pool, 'SELECT coalesce(sum(out_of_order), 0) FROM stream_progress'),
      sumMatches: (await count(this.sink.pool, 'SELECT coalesce(sum(amount), 0) FROM applied_events')) === expectedSum,
    };
    console.log(Object.entries(report).map(([key, value]) => `${key}=${value}`).join(' '));
    return report;
  }

  async stop() {
    await Promise.allSettled([this.relay.stop(), this.consumer.stop()]);
    await Promise.allSettled([this.source.drop(), this.sink.drop()]);
  }
}

const count = async (pool: Pool, sql: string) => Number(Object.values((await pool.query(sql)).rows[0])[0]);

async function writeConcurrently(pipeline: Pipeline, writers: number, perWriter: number, streams: number, paceMs = 0) {
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let index = 0; index < perWriter; index++) {
        // A writer whose connection was killed retries, as a client would; the event log is the truth we count.
        for (let attempt = 1; ; attempt++) {
          try {
            await pipeline.post(`s-${(writer * perWriter + index) % streams}`, (index % 9) + 1);
            break;
          } catch (error) {
            if (attempt >= 20) throw error;
            await sleep(100);
          }
        }
        if (paceMs) await sleep(paceMs);
      }
    }),
  );
}

describe('event pipeline (store → relay → Kafka → consumer)', () => {
  let pipeline: Pipeline | undefined;
  afterEach(async () => {
    await pipeline?.stop();
    pipeline = undefined;
  });

  it('should apply 10,000 events from 20 concurrent writers exactly once, in stream order, despite transactions held open', async () => {
    pipeline = await Pipeline.start('concurrent');
    const held = Promise.all([0, 1, 2, 3, 4].map((index) => pipeline!.post(`held-${index}`, 5, [holdOpen(2_000 + index * 700)])));
    await writeConcurrently(pipeline, 20, 500, 100);
    await held;
    // On a loaded 2-core machine the consumer (a transaction per event) can trail the writers by minutes.
    const report = await pipeline.converge(240_000);
    const misordered = await pipeline.source.pool.query(
      `SELECT stream_id, array_agg(stream_version ORDER BY transaction_id, global_position) AS versions FROM events GROUP BY stream_id
       HAVING array_agg(stream_version ORDER BY transaction_id, global_position) <> array_agg(stream_version ORDER BY stream_version)`,
    );
    console.log('streams whose commit order differs from version order:', JSON.stringify(misordered.rows.slice(0, 3)));
    expect(report).toMatchObject({ appended: 10_005, applied: 10_005, lost: 0, duplicated: 0, outOfOrder: 0, sumMatches: true });
  }, 360_000);

  it('should count each event once when the relay dies between publishing and storing its checkpoint', async () => {
    let crashes = 0;
    pipeline = await Pipeline.start('relay_crash', {
      batchSize: 100,
      afterPublish: async () => {
        if (crashes++ < 3) throw new Error('relay crashed after the broker acknowledged the batch');
      },
    });
    await writeConcurrently(pipeline, 5, 100, 10);
    const report = await pipeline.converge();
    expect(report).toMatchObject({ appended: 500, applied: 500, lost: 0, outOfOrder: 0, sumMatches: true });
    expect(report.delivered).toBeGreaterThan(report.appended);
  });

  it('should lose nothing when Kafka stops for 10 seconds mid-stream', async () => {
    pipeline = await Pipeline.start('kafka_outage');
    // Enough traffic that sends are in flight when the broker goes: that is when an idempotent producer can wedge.
    const writing = writeConcurrently(pipeline, 20, 300, 100, 2);
    await eventually(async () => expect(await count(pipeline!.sink.pool, 'SELECT count(*) FROM applied_events')).toBeGreaterThan(50), 60_000);
    await stopKafka();
    await sleep(10_000);
    await startKafka();
    await writing;
    const report = await pipeline.converge(180_000);
    expect(report).toMatchObject({ appended: 6_000, applied: 6_000, lost: 0, outOfOrder: 0, sumMatches: true });
    // Room for every wait above: the first deliveries, the outage, the broker's restart and the 180 s convergence.
  }, 420_000);

  it('should recover when PostgreSQL connections are killed mid-stream', async () => {
    pipeline = await Pipeline.start('pg_kill');
    const writing = writeConcurrently(pipeline, 4, 300, 20, 5);
    const admin = pipeline.source.pool;
    for (let round = 0; round < 3; round++) {
      await sleep(1_500);
      for (const database of [pipeline.source.url, pipeline.sink.url].map((url) => new URL(url).pathname.slice(1))) {
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
      }
    }
    await writing;
    const report = await pipeline.converge();
    expect(report).toMatchObject({ lost: 0, duplicated: 0, outOfOrder: 0, sumMatches: true });
    expect(report.applied).toBe(report.appended);
    expect(report.appended).toBeGreaterThan(1_000);
  });
});
