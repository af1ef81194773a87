import type { EventStore } from '@groundswell/event-store';
import { createEventRegistry, TextScreenedV1, type EventEnvelope } from '@groundswell/events';
import type { PoolClient } from 'pg';
import { SCREENING_REQUESTER } from '../content-item.events';
import { runContentItemCommandIn } from '../use-cases/run-content-item-command';

const registry = createEventRegistry();

/**
 * Records moderation's verdict on a content variant in the consumer's transaction. Verdicts for
 * other askers, or for screenings that are not a content item's (UGC asks too), pass by.
 */
export const recordTextScreened = (store: EventStore) => async (client: PoolClient, envelope: EventEnvelope): Promise<void> => {
  if (envelope.type !== TextScreenedV1.type) return;
  const event = registry.decode(envelope);
  if (!TextScreenedV1.is(event) || event.data.requestedBy !== SCREENING_REQUESTER || event.data.target.kind !== 'content') return;
  const { screeningId, verdict, caseId } = event.data;
  const { rows } = await client.query<{ id: string }>('SELECT content_item_id AS id FROM content_item_screenings WHERE tenant_id = $1 AND screening_id = $2', [event.tenantid, screeningId]);
  const contentItemId = rows[0]?.id;
  if (!contentItemId) return;
  await runContentItemCommandIn(store, client, event.tenantid, { type: 'RecordContentScreening', contentItemId, screeningId, verdict, caseId, by: 'system:moderation' }, {
    correlationId: envelope.correlationid,
    causationId: envelope.id,
  });
};
