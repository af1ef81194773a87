import { EventContractError, tenantPartnerTopic, toKafkaMessage, type EventEnvelope } from '@groundswell/events';
import type { MessageContext } from '@groundswell/messaging';
import type { Message } from 'kafkajs';

export interface TenantTopicRouting {
  publish: (topic: string, message: Message) => Promise<void>;
  /** Makes the tenant's topic, with partner retention, the first time it is needed. */
  ensureTopic: (topic: string) => Promise<void>;
}

/**
 * Copies a partner record to its tenant's own partner topic, unchanged: same CloudEvents id, key and
 * headers, so a partner deduplicates across a redelivery exactly as on the shared topic.
 */
export function routeToTenantTopic(routing: TenantTopicRouting) {
  return async (_client: unknown, envelope: EventEnvelope, context: MessageContext): Promise<void> => {
    const topic = tenantTopicOf(envelope.tenantid, context.topic);
    if (!topic) return;
    await routing.ensureTopic(topic);
    await routing.publish(topic, toKafkaMessage(envelope));
  };
}

/** Undefined for a tenant whose id cannot name a topic: no partner credential can exist for it (ADR 0016). */
function tenantTopicOf(tenantId: string, partnerTopic: string): string | undefined {
  try {
    return tenantPartnerTopic(tenantId, partnerTopic);
  } catch (error) {
    if (error instanceof EventContractError && error.code === 'INVALID_TOPIC_NAME') return undefined;
    throw error;
  }
}
