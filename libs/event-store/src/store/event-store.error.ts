import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const eventStoreErrorCodes = {
  STREAM_VERSION_CONFLICT: 'CONFLICT',
  IDEMPOTENCY_KEY_REUSED: 'CONFLICT',
  IDEMPOTENCY_KEY_INVALID: 'BAD_USER_INPUT',
  EMPTY_APPEND: 'INTERNAL',
} as const satisfies Record<string, PublicErrorCode>;

export type EventStoreErrorCode = keyof typeof eventStoreErrorCodes;

export class EventStoreError extends categorisedError(eventStoreErrorCodes) {}
