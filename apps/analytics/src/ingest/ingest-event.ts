import { createEventRegistry, type EventEnvelope } from '@groundswell/events';
import type { PoolClient } from 'pg';
import { projectEvent } from '../projections/project-event';

export type IngestOutcome = 'ingested' | 'duplicate';

/**
 * Appends one event to the analytics log and projects it, in the caller's transaction. Idempotent
 * by event id on its own (besides the consumer's processed-messages record); late and out-of-order
 * events are simply added to the days they happened on. Unknown types or invalid data throw
 * EventContractError, which the consumer dead-letters.
 */
export function createEventIngester(registry = createEventRegistry()) {
  return async function ingestEvent(client: PoolClient, envelope: EventEnvelope): Promise<IngestOutcome> {
    const event = registry.decode(envelope);
    const inserted = await client.query(
      `INSERT INTO analytics_events (event_id, tenant_id, type, subject, stream_version, occurred_at, recorded_at, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (event_id) DO NOTHING`,
      [event.id, event.tenantid, event.type, event.subject, event.streamversion, event.time, event.recordedtime, JSON.stringify(event.data)],
    );
    if (inserted.rowCount === 0) return 'duplicate';
    await projectEvent(client, event as EventEnvelope);
    return 'ingested';
  };
}
