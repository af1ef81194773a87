import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const reviewQueueErrorCodes = {
  CASE_EXISTS: 'CONFLICT',
  CASE_NOT_FOUND: 'NOT_FOUND',
  CASE_CLOSED: 'CONFLICT',
  CASE_HELD: 'CONFLICT',
  CASE_NOT_HELD: 'CONFLICT',
  ALREADY_REPORTED: 'CONFLICT',
  REASON_REQUIRED: 'BAD_USER_INPUT',
  REASON_TOO_LONG: 'BAD_USER_INPUT',
  TOP_LEVEL_REACHED: 'CONFLICT',
} as const satisfies Record<string, PublicErrorCode>;

export type ReviewQueueErrorCode = keyof typeof reviewQueueErrorCodes;

export class ReviewQueueError extends categorisedError(reviewQueueErrorCodes) {}
