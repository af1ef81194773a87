import { ExactlyOnceConsumer, type ExactlyOnceConsumerOptions } from '@groundswell/messaging';
import type { Identity } from '@groundswell/service-kit';
import { createTopic, testKafka, uniqueName, type TestDatabase } from '@groundswell/test-kit';
import { anOperator, membersTestWorld, type MembersTestWorld } from './members-test-world';

/**
 * A fresh topic another service publishes on, the members consumer of it writing to `database`, and
 * a producer standing in for the publisher. `inInboundWorld` starts and stops it around a test.
 */
export async function anInboundTopic(database: TestDatabase, labels: { topic: string; group: string }, handler: Pick<ExactlyOnceConsumerOptions, 'handle' | 'handleBatch'>) {
  const kafka = testKafka();
  const topic = uniqueName(labels.topic);
  await createTopic(kafka, topic, 3);
  const groupId = uniqueName(labels.group);
  const consumer = new ExactlyOnceConsumer({ kafka, groupId, topics: [topic], pool: database.pool, ...handler, backoff: { initialMs: 50, maxMs: 500 } });
  const producer = kafka.producer();
  return {
    topic,
    groupId,
    producer,
    start: () => Promise.all([consumer.start(), producer.connect()]),
    stop: () => Promise.allSettled([consumer.stop(), producer.disconnect()]),
  };
}

export type InboundScene = Awaited<ReturnType<typeof anInboundTopic>> & { world: MembersTestWorld; operator: Identity; communityId: string; memberId: string };

/**
 * A members world whose consumer of a fresh inbound topic is running, and a member of a community in
 * it to address events to; consumer and database are gone afterwards, whatever the test did.
 */
export async function inInboundWorld(
  label: string,
  labels: { topic: string; group: string },
  handlerOf: (world: MembersTestWorld) => Pick<ExactlyOnceConsumerOptions, 'handle' | 'handleBatch'>,
  test: (scene: InboundScene) => Promise<void>,
): Promise<void> {
  const world = await membersTestWorld(label);
  const inbound = await anInboundTopic(world.database, labels, handlerOf(world));
  try {
    await inbound.start();
    const operator = anOperator();
    const communityId = await world.aCommunity(operator);
    const memberId = await world.aMember(operator, communityId);
    await test({ ...inbound, world, operator, communityId, memberId });
  } finally {
    await inbound.stop();
    await world.database.drop();
  }
}
