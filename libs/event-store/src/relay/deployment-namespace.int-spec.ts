import { randomBytes, randomUUID } from 'node:crypto';
import { deadLetterTopic, domainTopics } from '@groundswell/events';
import { consumerMigrations, createKafkaClient, ExactlyOnceConsumer, type KafkaClient } from '@groundswell/messaging';
import type { Migration } from '@groundswell/service-kit';
import { createTestDatabase, eventually, testKafka, testKafkaBrokers, type TestDatabase } from '@groundswell/test-kit';
import { appendToStream } from '../store/event-store';
import { eventStoreMigrations } from '../store/event-store.migrations';
import { withTransaction } from '../store/transaction';
import { OutboxRelay } from './outbox-relay';

const topic = domainTopics.members.member;
const groupId = 'analytics-ingest';

const received: Migration = {
  name: 'test/0001-received',
  up: async (client) => void (await client.query('CREATE TABLE received (event_id uuid PRIMARY KEY, tenant_id text NOT NULL)')),
};

/** One deployment's event pipeline with production names: service database → relay → Kafka → consumer → sink. */
class Deployment {
  private constructor(
    readonly namespace: string,
    readonly kafka: KafkaClient,
    readonly source: TestDatabase,
    readonly sink: TestDatabase,
    readonly relay: OutboxRelay,
    readonly consumer: ExactlyOnceConsumer,
  ) {}

  static async start(namespace: string): Promise<Deployment> {
    const kafka = createKafkaClient({ clientId: `namespace-test-${namespace}`, brokers: testKafkaBrokers(), namespace, logLevel: 'error' });
    const source = await createTestDatabase(`ns_source`, eventStoreMigrations);
    const sink = await createTestDatabase(`ns_sink`, [...consumerMigrations, received]);
    const relay = new OutboxRelay({ name: 'members', pool: source.pool, databaseUrl: source.url, kafka, topicFor: () => topic, pollIntervalMs: 250 });
    const consumer = new ExactlyOnceConsumer({
      kafka,
      groupId,
      topics: [topic],
      pool: sink.pool,
      handle: async (client, envelope) => void (await client.query('INSERT INTO received VALUES ($1, $2)', [envelope.id, envelope.tenantid])),
    });
    return new Deployment(namespace, kafka, source, sink, relay, consumer);
  }

  /** The same tenant, stream and data in every deployment: only the namespace tells them apart. */
  async appendMembers(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let index = 1; index <= count; index += 1) {
      const stored = await withTransaction(this.source.pool, (client) =>
        appendToStream(client, { tenantId: 'acme', streamId: `member-${index}`, streamType: 'member' }, 0, [{ type: 'groundswell.members.MemberJoined.v1', data: { index } }], {
          correlationId: randomUUID(),
        }),
      );
      ids.push(...stored.map((event) => event.eventId));
    }
    return ids.sort();
  }

  async receivedIds(): Promise<string[]> {
    const { rows } = await this.sink.pool.query<{ event_id: string }>('SELECT event_id FROM received ORDER BY event_id');
    return rows.map((row) => row.event_id);
  }

  async stop(): Promise<void> {
    await Promise.allSettled([this.relay.stop(), this.consumer.stop()]);
    const admin = this.kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [topic, deadLetterTopic(groupId)] }).catch(() => undefined);
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
    await Promise.allSettled([this.source.drop(), this.sink.drop()]);
  }
}

describe('deployment namespace (GROUNDSWELL_ENV)', () => {
  const run = randomBytes(3).toString('hex');
  let deployments: Deployment[] = [];

  afterAll(async () => {
    await Promise.all(deployments.map((deployment) => deployment.stop()));
  });

  it('should keep two deployments with the same topics, consumer group and tenant data apart on one Kafka', async () => {
    deployments = await Promise.all([Deployment.start(`t${run}-blue`), Deployment.start(`t${run}-green`)]);
    for (const deployment of deployments) {
      await deployment.consumer.start();
      deployment.relay.start();
    }
    const appended = await Promise.all(deployments.map((deployment) => deployment.appendMembers(5)));

    for (const [index, deployment] of deployments.entries()) {
      await eventually(async () => expect(await deployment.receivedIds()).toEqual(expect.arrayContaining(appended[index])), 60_000);
    }
    // Same group id, same topic: without the namespace each consumer would have taken the other's partitions.
    expect(await deployments[0].receivedIds()).toEqual(appended[0]);
    expect(await deployments[1].receivedIds()).toEqual(appended[1]);

    const broker = testKafka('namespace-test-observer');
    const admin = broker.admin();
    await admin.connect();
    try {
      const physical = await admin.listTopics();
      for (const { namespace } of deployments) {
        expect(physical).toEqual(expect.arrayContaining([`${namespace}.${topic}`, `${namespace}.${groupId}.dlq`]));
        await eventually(async () => {
          const [offsets] = await admin.fetchOffsets({ groupId: `${namespace}.${groupId}`, topics: [`${namespace}.${topic}`] });
          expect(offsets.partitions.reduce((sum, partition) => sum + Math.max(Number(partition.offset), 0), 0)).toBe(5);
        }, 30_000);
      }
    } finally {
      await admin.disconnect();
    }
    const scoped = deployments[0].kafka.admin();
    await scoped.connect();
    try {
      const seen = await scoped.listTopics();
      expect(seen).toEqual(expect.arrayContaining([topic, deadLetterTopic(groupId)]));
      expect(seen.some((name) => name.includes(deployments[1].namespace))).toBe(false);
    } finally {
      await scoped.disconnect();
    }
  });
});
