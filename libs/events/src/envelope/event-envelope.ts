export const cloudEventsSpecVersion = '1.0';
export const eventDataContentType = 'application/json';

/**
 * One event as a CloudEvents 1.0 record. Extension attribute names are lower-case without
 * separators, as CloudEvents requires.
 */
export interface EventEnvelope<TType extends string = string, TData = unknown> {
  readonly specversion: typeof cloudEventsSpecVersion;
  /** UUIDv7; the idempotency key of every consumer. */
  readonly id: string;
  /** `/groundswell/<service>`. */
  readonly source: string;
  /** `groundswell.<service>.<EventName>.v<N>`. */
  readonly type: TType;
  /** The stream (aggregate) id; also the Kafka key, so one stream keeps its order. */
  readonly subject: string;
  /** RFC 3339: when it happened. */
  readonly time: string;
  readonly datacontenttype: typeof eventDataContentType;
  /** URI of the committed JSON Schema of `data`, see `dataSchemaUri`. */
  readonly dataschema: string;
  readonly tenantid: string;
  /** Position of the event in its stream. */
  readonly streamversion: number;
  /** RFC 3339: when Groundswell recorded it (≥ `time` for back-dated facts). */
  readonly recordedtime: string;
  /** Id of the first message of the conversation: a request, command or event. */
  readonly correlationid: string;
  /** Id of the message that directly caused this one. */
  readonly causationid: string;
  /** W3C trace context of the trace that produced the event (CloudEvents distributed tracing extension). */
  readonly traceparent?: string;
  readonly data: TData;
}
