import { randomUUID } from 'node:crypto';
import { createEnvelope, PartnerMemberJoinedV1, toKafkaMessage } from '@groundswell/events';
import { consumerMigrations, ensurePartnerTopic, ExactlyOnceConsumer, reliableProducerOptions } from '@groundswell/messaging';
import { createTestDatabase, eventually, freshDatabase, testKafka } from '@groundswell/test-kit';
import type { KafkaMessage } from 'kafkajs';
import { aTenantId } from '../testing/identities';
import { routeToTenantTopic } from './route-to-tenant-topic';

describe('partner topic router', () => {
  const kafka = testKafka();
  const database = freshDatabase('file', () => createTestDatabase('access_partner_topic_router', consumerMigrations));

  it('should copy each record of a shared partner topic, unchanged, to its own tenant\'s topic only', async () => {
    const contract = `it-${randomUUID().slice(0, 8)}.v1`;
    const sharedTopic = `gs.partner.${contract}`;
    const [tenantA, tenantB] = [aTenantId(), aTenantId()];
    const envelopeFor = (tenantid: string) => {
      const memberId = randomUUID();
      return createEnvelope({ type: PartnerMemberJoinedV1.type, subject: memberId, tenantid, streamversion: 1, time: new Date(), data: { memberId, communityId: randomUUID(), platform: 'wecom', channel: 'qr' } });
    };
    const [forA, forB, unroutable] = [envelopeFor(tenantA), envelopeFor(tenantB), envelopeFor('Not A Topic Tenant')];
    await ensurePartnerTopic(kafka, sharedTopic, { retentionDays: 30 });
    const producer = kafka.producer({ ...reliableProducerOptions });
    await producer.connect();
    await producer.send({ topic: sharedTopic, messages: [forA, unroutable, forB].map(toKafkaMessage) });

    const router = new ExactlyOnceConsumer({
      kafka,
      pool: database.pool,
      groupId: `router-${contract}`,
      topics: [sharedTopic],
      handle: routeToTenantTopic({
        publish: async (topic, message) => void (await producer.send({ topic, acks: -1, messages: [message] })),
        ensureTopic: (topic) => ensurePartnerTopic(kafka, topic, { retentionDays: 30 }),
      }),
    });
    await router.start();
    const received = new Map<string, KafkaMessage[]>();
    const reader = kafka.consumer({ groupId: `reader-${contract}` });
    try {
      await eventually(async () => {
        const processed = await database.pool.query('SELECT count(*)::int AS n FROM processed_messages');
        expect(processed.rows[0].n).toBe(3);
      });
      await reader.connect();
      await reader.subscribe({ topics: [`gs.partner.${tenantA}.${contract}`, `gs.partner.${tenantB}.${contract}`], fromBeginning: true });
      await reader.run({ eachMessage: async ({ topic, message }) => void received.set(topic, [...(received.get(topic) ?? []), message]) });
      await eventually(() => expect([...received.values()].flat()).toHaveLength(2));
    } finally {
      await Promise.all([router.stop(), reader.disconnect(), producer.disconnect()]);
    }
    const [copyA] = received.get(`gs.partner.${tenantA}.${contract}`)!;
    expect([copyA!.headers!.ce_id!.toString(), copyA!.key!.toString(), JSON.parse(copyA!.value!.toString())]).toEqual([forA.id, forA.subject, forA.data]);
    expect(received.get(`gs.partner.${tenantB}.${contract}`)!.map((message) => message.headers!.ce_id!.toString())).toEqual([forB.id]);
  });
});
