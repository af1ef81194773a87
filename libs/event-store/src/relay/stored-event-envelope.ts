import { dataSchemaUri, eventSource, parseEventType, type EventEnvelope } from '@groundswell/events';
import type { StoredEvent } from '../store/stored-event';

/** The CloudEvents record of a stored event, as the relay publishes it. */
export function toEnvelope(event: StoredEvent): EventEnvelope {
  const parts = parseEventType(event.type);
  return {
    specversion: '1.0',
    id: event.eventId,
    source: eventSource(parts.service),
    type: event.type,
    subject: event.streamId,
    time: event.occurredAt.toISOString(),
    datacontenttype: 'application/json',
    dataschema: dataSchemaUri(parts),
    tenantid: event.tenantId,
    streamversion: event.streamVersion,
    recordedtime: event.recordedAt.toISOString(),
    correlationid: event.correlationId,
    causationid: event.causationId,
    ...(event.traceparent ? { traceparent: event.traceparent } : {}),
    data: event.data,
  };
}
