import { partnerTopicConfig } from '@groundswell/events';
import { ConfigResourceTypes } from 'kafkajs';
import { KafkaNames } from './deployment-namespace';
import type { KafkaClient } from './kafka-client';

/**
 * Creates a partner topic with its retention, or brings an existing one's up to it (say, one a
 * broker auto-created with its 7-day default). `namespace` is the deployment namespace the client
 * was made for: configuration requests name topics as the broker knows them.
 */
export async function ensurePartnerTopic(kafka: KafkaClient, topic: string, options: { namespace?: string; retentionDays: number }): Promise<void> {
  const configEntries = partnerTopicConfig(options.retentionDays);
  const admin = kafka.admin();
  await admin.connect();
  try {
    const created = await admin.createTopics({ topics: [{ topic, configEntries }], waitForLeaders: true });
    if (created) return;
    const name = new KafkaNames(options.namespace).physical(topic);
    await admin.alterConfigs({ validateOnly: false, resources: [{ type: ConfigResourceTypes.TOPIC, name, configEntries }] });
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
