import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const screeningErrorCodes = {
  TEXT_EMPTY: 'BAD_USER_INPUT',
  TEXT_TOO_LONG: 'BAD_USER_INPUT',
  MESSAGE_COUNT_INVALID: 'BAD_USER_INPUT',
  SCREENING_ID_REUSED: 'CONFLICT',
} as const satisfies Record<string, PublicErrorCode>;

export class ScreeningError extends categorisedError(screeningErrorCodes) {}
