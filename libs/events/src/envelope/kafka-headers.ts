import { EventContractError } from '../errors/event-contract-error';

/** A header value as KafkaJS hands it over: repeated headers arrive as arrays. */
export type KafkaHeaderValue = Buffer | string | ReadonlyArray<Buffer | string> | undefined;
export type KafkaHeaders = Readonly<Record<string, KafkaHeaderValue>>;

/** CloudEvents Kafka binding, binary mode: every attribute is a `ce_` header, except `datacontenttype`. */
export function kafkaHeaderName(attribute: string): string {
  return attribute === 'datacontenttype' ? 'content-type' : `ce_${attribute}`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Buffer | string, what: string): string {
  if (typeof bytes === 'string') return bytes;
  try {
    return utf8.decode(bytes);
  } catch {
    throw new EventContractError('MALFORMED_EVENT', `${what} is not valid UTF-8`);
  }
}

/** The header's text, or undefined when absent; a header repeated with different values is ambiguous. */
export function readHeader(headers: KafkaHeaders, name: string): string | undefined {
  const raw = headers[name];
  if (raw === undefined) return undefined;
  if (typeof raw === 'string' || Buffer.isBuffer(raw)) return decodeUtf8(raw, `Header ${name}`);
  const values = [...new Set(raw.map((value) => decodeUtf8(value, `Header ${name}`)))];
  if (values.length > 1) {
    throw new EventContractError('MALFORMED_EVENT', `Header ${name} appears with ${values.length} different values`);
  }
  return values[0];
}
