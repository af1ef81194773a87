import { AppError, type PublicErrorCode } from '@groundswell/service-kit';

export const eventStoreErrorCodes = {
  STREAM_VERSION_CONFLICT: 'CONFLICT',
  IDEMPOTENCY_KEY_REUSED: 'CONFLICT',
  EMPTY_APPEND: 'INTERNAL',
} as const satisfies Record<string, PublicErrorCode>;

export type EventStoreErrorCode = keyof typeof eventStoreErrorCodes;

export class EventStoreError extends AppError {
  readonly category: PublicErrorCode;

  constructor(code: EventStoreErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
    this.category = eventStoreErrorCodes[code];
  }
}
