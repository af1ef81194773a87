import { v7 as uuidv7 } from 'uuid';
import { dataSchemaUri } from './data-schema-uri';
import { assertEnvelopeAttributes } from './envelope-attributes';
import { cloudEventsSpecVersion, eventDataContentType, type EventEnvelope } from './event-envelope';
import { eventSource, parseEventType } from './event-type';

/** What the producer of an event knows; the rest of the envelope follows from it. */
export interface EventMetadata {
  /** The stream (aggregate) id. */
  subject: string;
  tenantid: string;
  streamversion: number;
  /** When it happened. */
  time: string | Date;
  /** Defaults to a fresh UUIDv7. */
  id?: string;
  /** Defaults to now. */
  recordedtime?: string | Date;
  /** Defaults to the event's own id: the event starts a conversation. */
  correlationid?: string;
  /** Defaults to `correlationid`: the event was caused by whatever started the conversation. */
  causationid?: string;
  traceparent?: string;
}

export interface NewEventEnvelope<TType extends string, TData> extends EventMetadata {
  type: TType;
  data: TData;
}

/** Builds a complete envelope; `source` and `dataschema` follow from `type`. Throws MALFORMED_EVENT. */
export function createEnvelope<TType extends string, TData>(
  input: NewEventEnvelope<TType, TData>,
): EventEnvelope<TType, TData> {
  const parts = parseEventType(input.type);
  const id = input.id ?? uuidv7();
  const correlationid = input.correlationid ?? id;
  const envelope: EventEnvelope<TType, TData> = {
    specversion: cloudEventsSpecVersion,
    id,
    source: eventSource(parts.service),
    type: input.type,
    subject: input.subject,
    time: toTimestamp(input.time),
    datacontenttype: eventDataContentType,
    dataschema: dataSchemaUri(parts),
    tenantid: input.tenantid,
    streamversion: input.streamversion,
    recordedtime: toTimestamp(input.recordedtime ?? new Date()),
    correlationid,
    causationid: input.causationid ?? correlationid,
    ...(input.traceparent === undefined ? {} : { traceparent: input.traceparent }),
    data: input.data,
  };
  assertEnvelopeAttributes(envelope);
  return envelope;
}

function toTimestamp(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString();
}
