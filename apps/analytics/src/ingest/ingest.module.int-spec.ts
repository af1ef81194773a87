import { randomUUID } from 'node:crypto';
import { toKafkaMessage, type EventEnvelope } from '@groundswell/events';
import { ExactlyOnceConsumer, reliableProducerOptions, type KafkaClient } from '@groundswell/messaging';
import { createTopic, eventually, testKafka, uniqueName, type TestDatabase } from '@groundswell/test-kit';
import { ProjectionFactSource } from '../kpis/projection-fact-source';
import { createAnalyticsDatabase } from '../testing/analytics-database';
import { aMemberActivity, aMemberJoined, aMemberLeft, aTenantId } from '../testing/analytics-event.factories';
import { kpiValues } from '../testing/evaluate-kpi';
import { ingestConsumerDefinition, IngestService } from './ingest.module';

async function produce(kafka: KafkaClient, topic: string, events: readonly EventEnvelope[]): Promise<void> {
  const producer = kafka.producer(reliableProducerOptions);
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages: events.map(toKafkaMessage) });
  } finally {
    await producer.disconnect();
  }
}

describe(IngestService.name, () => {
  const kafka = testKafka('analytics-ingest-test');
  let database: TestDatabase;
  let consumer: ExactlyOnceConsumer | undefined;

  beforeEach(async () => {
    database = await createAnalyticsDatabase('ingest_consumer');
  });

  afterEach(async () => {
    await consumer?.stop();
    consumer = undefined;
    await database.drop();
  });

  it('should project member and activity topics from Kafka exactly once', async () => {
    const [memberTopic, activityTopic] = [uniqueName('analytics-member'), uniqueName('analytics-activity')];
    await Promise.all([createTopic(kafka, memberTopic, 2), createTopic(kafka, activityTopic, 2)]);
    const tenantId = aTenantId();
    const communityId = randomUUID();
    const [stays, leaves] = [randomUUID(), randomUUID()];
    const memberEvents = [
      aMemberJoined({ tenantId, communityId, memberId: stays, at: '2025-03-01T08:00:00Z' }),
      aMemberJoined({ tenantId, communityId, memberId: leaves, at: '2025-03-01T09:00:00Z' }),
      aMemberLeft({ tenantId, communityId, memberId: leaves, at: '2025-03-02T09:00:00Z' }),
    ];
    const activity = [aMemberActivity({ tenantId, communityId, memberId: stays, at: '2025-03-02T10:00:00Z' })];
    const { handle } = ingestConsumerDefinition();
    consumer = new ExactlyOnceConsumer({ kafka, pool: database.pool, groupId: uniqueName('analytics-ingest'), topics: [memberTopic, activityTopic], handle });
    await consumer.start();

    await produce(kafka, memberTopic, [...memberEvents, memberEvents[0]!]);
    await produce(kafka, activityTopic, [...activity, ...activity]);

    const facts = new ProjectionFactSource(database.pool);
    const ask = { tenantId, from: '2025-03-01', to: '2025-03-02' };
    await eventually(async () => {
      expect(await kpiValues('members.total', facts, ask)).toEqual([2, 1]);
      expect(await kpiValues('activity.dau', facts, ask)).toEqual([0, 1]);
    }, 60_000);
    const { rows } = await database.pool.query('SELECT count(*)::int AS events FROM analytics_events');
    expect(rows[0].events).toBe(4);
  });
});
