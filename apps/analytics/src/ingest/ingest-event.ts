import { createEventRegistry, type EventEnvelope } from '@groundswell/events';
import type { BatchEventHandler } from '@groundswell/messaging';
import type { PoolClient } from 'pg';
import { projectEvents } from '../projections/project-event';

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
    await projectEvents(client, [event as EventEnvelope]);
    return 'ingested';
  };
}

/**
 * The same for a consumer's batch: one multi-row INSERT appends every event to the log, then the
 * new ones are projected in delivery order. An event that fails to decode fails the batch, which
 * the consumer then splits until it holds that event alone.
 */
export function createBatchIngester(registry = createEventRegistry()): BatchEventHandler {
  return async (client, consumed) => {
    const events = consumed.map(({ envelope }) => registry.decode(envelope) as EventEnvelope);
    const { rows } = await client.query<{ event_id: string }>(
      `INSERT INTO analytics_events (event_id, tenant_id, type, subject, stream_version, occurred_at, recorded_at, data)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[], $6::timestamptz[], $7::timestamptz[], $8::jsonb[])
       ON CONFLICT (event_id) DO NOTHING
       RETURNING event_id`,
      [
        events.map((event) => event.id),
        events.map((event) => event.tenantid),
        events.map((event) => event.type),
        events.map((event) => event.subject),
        events.map((event) => event.streamversion),
        events.map((event) => event.time),
        events.map((event) => event.recordedtime),
        events.map((event) => JSON.stringify(event.data)),
      ],
    );
    const logged = new Set(rows.map((row) => row.event_id));
    await projectEvents(client, events.filter((event) => logged.delete(event.id.toLowerCase())));
  };
}
