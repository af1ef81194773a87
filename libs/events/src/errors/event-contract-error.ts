/** Stable codes of {@link EventContractError}; consumers branch on these, never on messages. */
export const eventContractErrorCodes = [
  /** The envelope or Kafka message breaks the CloudEvents contract (missing header, value not JSON, bad attribute). */
  'MALFORMED_EVENT',
  /** The event's `data` does not match the schema of its type. */
  'INVALID_EVENT_DATA',
  /** No definition is registered for the event's `type`. */
  'UNKNOWN_EVENT_TYPE',
  /** A definition or registry is wrong: bad name, duplicate type, broken upcaster chain. A programming error. */
  'INVALID_EVENT_DEFINITION',
  /** A Kafka topic name breaks the naming rules. */
  'INVALID_TOPIC_NAME',
  /** PARTNER_RETENTION_DAYS is below what partners are promised, or not a number of days. */
  'INVALID_PARTNER_RETENTION',
] as const;

export type EventContractErrorCode = (typeof eventContractErrorCodes)[number];

export class EventContractError extends Error {
  readonly code: EventContractErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: EventContractErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    if (details) this.details = details;
  }
}
