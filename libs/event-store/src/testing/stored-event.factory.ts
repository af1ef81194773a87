import type { StoredEvent } from '../store/stored-event';

/** The first event of a `<streamType>-1` stream, as the store hands it to an outbox's routing. */
export function aStoredEvent(type: string, streamType: string): StoredEvent {
  const at = new Date('2026-03-01T08:30:00.000Z');
  return {
    globalPosition: 1n,
    transactionId: 1n,
    eventId: '01956b2a-7c00-7000-8000-000000000001',
    tenantId: 'tenant-acme',
    streamId: `${streamType}-1`,
    streamType,
    streamVersion: 1,
    type,
    data: {},
    occurredAt: at,
    recordedAt: at,
    correlationId: '01956b2a-7c00-7000-8000-0000000000aa',
    causationId: '01956b2a-7c00-7000-8000-0000000000bb',
    traceparent: null,
  };
}
