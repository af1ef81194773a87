import { ContentSubmittedV1, createEventRegistry, type EventEnvelope } from '@groundswell/events';
import type { PoolClient } from 'pg';
import type { OriginalityCheck } from '../use-cases/originality-check';

const registry = createEventRegistry();

/** CNT-27 on submission: each submitted item's title and text are checked in the consumer's transaction. */
export const checkSubmittedContent = (originality: OriginalityCheck) => async (client: PoolClient, envelope: EventEnvelope): Promise<void> => {
  if (envelope.type !== ContentSubmittedV1.type) return;
  const event = registry.decode(envelope);
  if (!ContentSubmittedV1.is(event)) return;
  const { contentItemId, title, text, submittedBy } = event.data;
  await originality.checkIn(client, event.tenantid, contentItemId, `${title}\n${text}`, submittedBy, { correlationId: envelope.correlationid, causationId: envelope.id });
};
