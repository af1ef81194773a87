import type { StoredEvent } from './stored-event';

export const eventColumns = `global_position, transaction_id::text AS transaction_id, event_id, tenant_id, stream_id,
  stream_type, stream_version, event_type, data, occurred_at, recorded_at, correlation_id, causation_id, traceparent`;

export interface EventRow {
  global_position: string;
  transaction_id: string;
  event_id: string;
  tenant_id: string;
  stream_id: string;
  stream_type: string;
  stream_version: string;
  event_type: string;
  data: unknown;
  occurred_at: Date;
  recorded_at: Date;
  correlation_id: string;
  causation_id: string;
  traceparent: string | null;
}

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    globalPosition: BigInt(row.global_position),
    transactionId: BigInt(row.transaction_id),
    eventId: row.event_id,
    tenantId: row.tenant_id,
    streamId: row.stream_id,
    streamType: row.stream_type,
    streamVersion: Number(row.stream_version),
    type: row.event_type,
    data: row.data,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    traceparent: row.traceparent,
  };
}
