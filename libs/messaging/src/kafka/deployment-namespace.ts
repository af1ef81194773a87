// Erasable TypeScript only: scripts run by Node directly (dlq-replay) load this through kafka-client.ts.
import type { Admin, Batch, Consumer, ConsumerRunConfig, ConsumerSubscribeTopics, Kafka, Producer, TopicPartitionOffsetAndMetadata } from 'kafkajs';
import { ConsumerError } from '../consumer/consumer-error';

/** No dots, so `<namespace>.` always splits off unambiguously; short, so topic names stay far below Kafka's 249. */
export const deploymentNamespacePattern = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * How one deployment's logical names (`gs.members.member`, group `analytics-ingest`) map to the
 * names on a Kafka cluster it shares with other deployments: `<namespace>.<name>`. Without a
 * namespace the names are used as they are, which is what partners see in production.
 */
export class KafkaNames {
  readonly namespace: string | undefined;
  private readonly prefix: string;

  constructor(namespace: string | undefined) {
    if (namespace !== undefined && !deploymentNamespacePattern.test(namespace)) {
      throw new ConsumerError('INVALID_OPTIONS', `GROUNDSWELL_ENV "${namespace}" must match ${deploymentNamespacePattern}`);
    }
    this.namespace = namespace;
    this.prefix = namespace ? `${namespace}.` : '';
  }

  /** A topic or consumer group as the broker knows it. */
  physical(name: string): string {
    return `${this.prefix}${name}`;
  }

  /** The logical name of a physical one, or undefined when it belongs to another deployment. */
  logical(name: string): string | undefined {
    if (!this.prefix) return name;
    return name.startsWith(this.prefix) ? name.slice(this.prefix.length) : undefined;
  }

  ownsName(name: string): boolean {
    return this.logical(name) !== undefined;
  }
}

/**
 * The Kafka client seen through a deployment namespace: every topic and consumer group that the
 * code names is prefixed on the way in, and stripped from what the broker reports on the way out,
 * so the rest of the code (topic catalogue, dead letters, replays) only ever sees logical names.
 */
export function withDeploymentNamespace(kafka: Kafka, namespace: string | undefined): Kafka {
  const names = new KafkaNames(namespace || undefined);
  if (!names.namespace) return kafka;
  const scoped = Object.create(kafka) as Kafka;
  scoped.producer = (config) => scopedProducer(kafka.producer(config), names);
  scoped.consumer = (config) => scopedConsumer(kafka.consumer({ ...config, groupId: names.physical(config.groupId) }), names);
  scoped.admin = (config) => scopedAdmin(kafka.admin(config), names);
  return scoped;
}

function unsupported(what: string): never {
  throw new ConsumerError('INVALID_OPTIONS', `${what} is not supported under a deployment namespace`);
}

function scopedProducer(producer: Producer, names: KafkaNames): Producer {
  const { send, sendBatch } = producer;
  return Object.assign(producer, {
    send: (record: Parameters<Producer['send']>[0]) => send({ ...record, topic: names.physical(record.topic) }),
    sendBatch: (batch: Parameters<Producer['sendBatch']>[0]) =>
      sendBatch({ ...batch, topicMessages: batch.topicMessages?.map((entry) => ({ ...entry, topic: names.physical(entry.topic) })) }),
    transaction: () => unsupported('A producer transaction'),
  });
}

function scopedConsumer(consumer: Consumer, names: KafkaNames): Consumer {
  const { subscribe, run, commitOffsets, seek, pause, resume } = consumer;
  const physicalTopics = <T extends { topic: string }>(entries: T[]) => entries.map((entry) => ({ ...entry, topic: names.physical(entry.topic) }));
  const logicalBatch = (batch: Batch): Batch => Object.assign(Object.create(batch) as Batch, { topic: names.logical(batch.topic)! });
  return Object.assign(consumer, {
    subscribe: (subscription: ConsumerSubscribeTopics) =>
      subscribe({
        ...subscription,
        topics: subscription.topics.map((topic) => (typeof topic === 'string' ? names.physical(topic) : unsupported('A topic pattern'))),
      }),
    run: (config: ConsumerRunConfig = {}) =>
      run({
        ...config,
        ...(config.eachBatch && { eachBatch: (payload) => config.eachBatch!({ ...payload, batch: logicalBatch(payload.batch) }) }),
        ...(config.eachMessage && { eachMessage: (payload) => config.eachMessage!({ ...payload, topic: names.logical(payload.topic)! }) }),
      }),
    commitOffsets: (offsets: TopicPartitionOffsetAndMetadata[]) => commitOffsets(physicalTopics(offsets)),
    seek: (target: Parameters<Consumer['seek']>[0]) => seek({ ...target, topic: names.physical(target.topic) }),
    pause: (topics: Parameters<Consumer['pause']>[0]) => pause(physicalTopics(topics)),
    resume: (topics: Parameters<Consumer['resume']>[0]) => resume(physicalTopics(topics)),
  });
}

function scopedAdmin(admin: Admin, names: KafkaNames): Admin {
  const { listTopics, createTopics, deleteTopics, fetchTopicOffsets, fetchOffsets, resetOffsets, setOffsets, fetchTopicMetadata, describeGroups, deleteGroups, listGroups } = admin;
  const own = (topics: string[]) => topics.filter((topic) => names.ownsName(topic)).map((topic) => names.logical(topic)!);
  return Object.assign(admin, {
    listTopics: async () => own(await listTopics()),
    createTopics: (options: Parameters<Admin['createTopics']>[0]) =>
      createTopics({ ...options, topics: options.topics.map((topic) => ({ ...topic, topic: names.physical(topic.topic) })) }),
    deleteTopics: (options: Parameters<Admin['deleteTopics']>[0]) => deleteTopics({ ...options, topics: options.topics.map((topic) => names.physical(topic)) }),
    fetchTopicOffsets: (topic: string) => fetchTopicOffsets(names.physical(topic)),
    fetchOffsets: async (options: { groupId: string; topics?: string[]; resolveOffsets?: boolean }) => {
      const result = await fetchOffsets({ ...options, groupId: names.physical(options.groupId), topics: options.topics?.map((topic) => names.physical(topic)) });
      return result.filter((entry) => names.ownsName(entry.topic)).map((entry) => ({ ...entry, topic: names.logical(entry.topic)! }));
    },
    resetOffsets: (options: Parameters<Admin['resetOffsets']>[0]) => resetOffsets({ ...options, groupId: names.physical(options.groupId), topic: names.physical(options.topic) }),
    setOffsets: (options: Parameters<Admin['setOffsets']>[0]) => setOffsets({ ...options, groupId: names.physical(options.groupId), topic: names.physical(options.topic) }),
    fetchTopicMetadata: async (options?: { topics: string[] }) => {
      const metadata = await fetchTopicMetadata(options && { topics: options.topics.map((topic) => names.physical(topic)) });
      return { topics: metadata.topics.filter((topic) => names.ownsName(topic.name)).map((topic) => ({ ...topic, name: names.logical(topic.name)! })) };
    },
    describeGroups: (groupIds: string[]) => describeGroups(groupIds.map((groupId) => names.physical(groupId))),
    deleteGroups: (groupIds: string[]) => deleteGroups(groupIds.map((groupId) => names.physical(groupId))),
    listGroups: async () => {
      const { groups } = await listGroups();
      return { groups: groups.filter((group) => names.ownsName(group.groupId)).map((group) => ({ ...group, groupId: names.logical(group.groupId)! })) };
    },
  });
}
