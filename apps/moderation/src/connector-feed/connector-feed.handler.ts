import { deriveEnvelope, toKafkaMessage, type EventEnvelope } from '@groundswell/events';
import type { Message } from 'kafkajs';
import { toConnectorEvent } from './connector-event.mapping';

// Names the connector feed's derived ids: a redelivery republishes the same id, and a connector
// carries each action out once by deduplicating on the CloudEvents id.
const CONNECTOR_ID_NAMESPACE = '3b9e61d4-8c2f-4f0a-a7d5-1e6c9b2f4a70';

export type PublishToConnectors = (message: Message) => Promise<void>;

/** Publishes what a platform connector must carry out for a moderation event; ignores the rest. */
export const connectorFeedHandler = (publish: PublishToConnectors) => async (_client: unknown, event: EventEnvelope): Promise<void> => {
  const connector = toConnectorEvent(event);
  if (!connector) return;
  await publish(toKafkaMessage(deriveEnvelope(event, { idNamespace: CONNECTOR_ID_NAMESPACE, type: connector.type, subject: connector.key, data: connector.data })));
};
