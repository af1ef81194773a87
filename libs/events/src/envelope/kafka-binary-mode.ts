import { EventContractError } from '../errors/event-contract-error';
import { assertEnvelopeAttributes } from './envelope-attributes';
import { eventDataContentType, type EventEnvelope } from './event-envelope';
import { decodeUtf8, kafkaHeaderName, readHeader, type KafkaHeaders } from './kafka-headers';

/** A record to produce; structurally a KafkaJS `Message`. */
export interface KafkaBinaryMessage {
  key: string;
  value: Buffer;
  headers: Record<string, string>;
}

/** A consumed record; structurally a KafkaJS `KafkaMessage`. The key is not read: `ce_subject` is. */
export interface ReceivedKafkaMessage {
  key?: Buffer | string | null;
  value: Buffer | string | null;
  headers?: KafkaHeaders;
}

const requiredAttributes = [
  'specversion',
  'id',
  'source',
  'type',
  'subject',
  'time',
  'dataschema',
  'tenantid',
  'streamversion',
  'recordedtime',
  'correlationid',
  'causationid',
] as const;

const jsonMediaType = /^application\/json\s*(;.*)?$/i;
const structuredModeMediaType = /^application\/cloudevents/i;

export function toKafkaMessage(envelope: EventEnvelope): KafkaBinaryMessage {
  const headers: Record<string, string> = {};
  for (const attribute of requiredAttributes) headers[kafkaHeaderName(attribute)] = String(envelope[attribute]);
  if (envelope.traceparent !== undefined) {
    headers[kafkaHeaderName('traceparent')] = envelope.traceparent;
    // The same context as the hop's W3C header, which OpenTelemetry's propagators read and may replace.
    headers.traceparent = envelope.traceparent;
  }
  headers[kafkaHeaderName('datacontenttype')] = envelope.datacontenttype;

  const json = JSON.stringify(envelope.data);
  if (json === undefined) {
    throw new EventContractError('MALFORMED_EVENT', `Event ${envelope.id} has no JSON-serialisable data`);
  }
  return { key: envelope.subject, value: Buffer.from(json, 'utf8'), headers };
}

/** Reads a binary-mode record back into an envelope; `data` is unchecked until a registry decodes it. */
export function fromKafkaMessage(message: ReceivedKafkaMessage): EventEnvelope<string, unknown> {
  const headers = message.headers ?? {};
  const id = readHeader(headers, kafkaHeaderName('id'));
  const what = id ? `Kafka message for event ${id}` : 'Kafka message';
  const attributes: Record<string, unknown> = {};
  const missing: string[] = [];
  for (const attribute of [...requiredAttributes, 'datacontenttype']) {
    const value = readHeader(headers, kafkaHeaderName(attribute));
    if (value === undefined) missing.push(kafkaHeaderName(attribute));
    else attributes[attribute] = value;
  }
  if (missing.length > 0) {
    throw new EventContractError('MALFORMED_EVENT', `${what} is missing header(s) ${missing.join(', ')}`, { missing });
  }
  assertJsonContentType(attributes.datacontenttype as string, what);
  attributes.streamversion = toStreamVersion(attributes.streamversion as string);
  const traceparent = readHeader(headers, kafkaHeaderName('traceparent'));

  const envelope = {
    ...attributes,
    datacontenttype: eventDataContentType,
    ...(traceparent === undefined ? {} : { traceparent }),
    data: parseJsonValue(message.value, what),
  };
  assertEnvelopeAttributes(envelope, what, kafkaHeaderName);
  return envelope as unknown as EventEnvelope<string, unknown>;
}

function assertJsonContentType(contentType: string, what: string): void {
  if (structuredModeMediaType.test(contentType)) {
    throw new EventContractError(
      'MALFORMED_EVENT',
      `${what} uses the CloudEvents structured content mode (${contentType}); Groundswell reads binary mode only`,
    );
  }
  if (!jsonMediaType.test(contentType)) {
    throw new EventContractError(
      'MALFORMED_EVENT',
      `${what} has content-type ${contentType}; expected ${eventDataContentType}`,
    );
  }
}

/** Leaves anything but a plain decimal as text, so validation reports it against its header. */
function toStreamVersion(text: string): number | string {
  return /^(0|[1-9][0-9]*)$/.test(text) ? Number(text) : text;
}

function parseJsonValue(value: Buffer | string | null, what: string): unknown {
  if (value === null || value.length === 0) {
    throw new EventContractError('MALFORMED_EVENT', `${what} has no value; every Groundswell event carries JSON data`);
  }
  const text = decodeUtf8(value, `${what} value`);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new EventContractError('MALFORMED_EVENT', `${what} value is not JSON: ${(error as Error).message}`);
  }
}
