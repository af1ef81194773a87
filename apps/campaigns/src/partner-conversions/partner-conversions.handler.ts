import { deriveEnvelope, toKafkaMessage, type EventEnvelope } from '@groundswell/events';
import type { Message } from 'kafkajs';
import { toPartnerConversion } from './partner-conversion.mapping';

// Names this feed's derived ids: a redelivered conversion event republishes the same id, and partners deduplicate by it.
const PARTNER_CONVERSION_ID_NAMESPACE = '5d2a7c90-1e4b-4f6a-b8c3-9e0f1a2b3c4d';

export type PublishToPartners = (message: Message) => Promise<void>;

/** Publishes the partner view of each conversion event (recorded, attributed, reversed); ignores the rest. */
export const partnerConversionsHandler = (publish: PublishToPartners) => async (_client: unknown, event: EventEnvelope): Promise<void> => {
  const partner = toPartnerConversion(event);
  if (!partner) return;
  await publish(toKafkaMessage(deriveEnvelope(event, { idNamespace: PARTNER_CONVERSION_ID_NAMESPACE, type: partner.type, subject: partner.conversionId, data: partner.data })));
};
