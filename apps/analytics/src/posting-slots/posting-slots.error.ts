import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const postingSlotsErrorCodes = {
  TIME_ZONE_INVALID: 'BAD_USER_INPUT',
  LOOKBACK_INVALID: 'BAD_USER_INPUT',
  SLOT_LIMIT_INVALID: 'BAD_USER_INPUT',
} as const satisfies Record<string, PublicErrorCode>;

export class PostingSlotsError extends categorisedError(postingSlotsErrorCodes) {}
