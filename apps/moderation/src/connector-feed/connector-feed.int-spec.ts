import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { createEnvelope, SanctionAppliedV1, SanctionLiftedV1, toKafkaMessage } from '@groundswell/events';
import { consumerMigrations, ExactlyOnceConsumer, reliableProducerOptions } from '@groundswell/messaging';
import { createTestDatabase, createTopic, eventually, freshDatabase, testKafka, uniqueName } from '@groundswell/test-kit';
import type { KafkaMessage } from 'kafkajs';
import { connectorFeedHandler } from './connector-feed.handler';

describe('moderation connector feed', () => {
  const kafka = testKafka();
  const database = freshDatabase('file', () => createTestDatabase('moderation_connector_feed', consumerMigrations));

  it('should publish each sanction to carry out once, with a stable id, matching the committed schemas', async () => {
    const [sourceTopic, connectorTopic] = [uniqueName('sanctions'), uniqueName('connector')];
    await Promise.all([createTopic(kafka, sourceTopic, 1), createTopic(kafka, connectorTopic, 1)]);
    const [memberId, communityId, sanctionId] = [randomUUID(), randomUUID(), randomUUID()];
    const moderator = { kind: 'operator', id: 'u-moderator' };
    const applied = createEnvelope({
      type: SanctionAppliedV1.type,
      subject: memberId,
      tenantid: 'tenant-acme',
      streamversion: 1,
      time: new Date(),
      data: { sanctionId, memberId, kind: 'remove', communityId, ruleId: 'rule-1', reason: '引流', notice: '你因站外引流被移出本群，如有异议可申诉。', appliedBy: moderator, appliedAt: new Date().toISOString() },
    });
    const lifted = createEnvelope({
      type: SanctionLiftedV1.type,
      subject: memberId,
      tenantid: 'tenant-acme',
      streamversion: 2,
      time: new Date(),
      data: { sanctionId, memberId, kind: 'remove', communityId, reason: '申诉成立', liftedBy: moderator },
    });
    const producer = kafka.producer({ ...reliableProducerOptions });
    await producer.connect();
    // The sanction arrives twice, as after a relay restart.
    await producer.send({ topic: sourceTopic, messages: [applied, applied, lifted].map(toKafkaMessage) });

    const feed = new ExactlyOnceConsumer({
      kafka,
      pool: database.pool,
      groupId: uniqueName('connector-feed'),
      topics: [sourceTopic],
      handle: connectorFeedHandler(async (message) => void (await producer.send({ topic: connectorTopic, acks: -1, messages: [message] }))),
    });
    const received: KafkaMessage[] = [];
    const connector = kafka.consumer({ groupId: uniqueName('platform-connector') });
    await feed.start();
    try {
      await connector.connect();
      await connector.subscribe({ topic: connectorTopic, fromBeginning: true });
      await connector.run({ eachMessage: async ({ message }) => void received.push(message) });
      await eventually(() => expect(received).toHaveLength(2));
    } finally {
      await Promise.all([feed.stop(), connector.disconnect(), producer.disconnect()]);
    }

    const header = (message: KafkaMessage, name: string) => message.headers![name]!.toString();
    expect(received.map((message) => [header(message, 'ce_type'), message.key!.toString()])).toEqual([
      ['groundswell.connector.SanctionToEnforce.v1', memberId],
      ['groundswell.connector.SanctionToLift.v1', memberId],
    ]);
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    for (const message of received) {
      const schemaPath = header(message, 'ce_dataschema').replace('https://schemas.groundswell.dev/events/', 'libs/events/schemas/');
      const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
      expect(validate(JSON.parse(message.value!.toString()))).toBe(true);
    }
  });
});
