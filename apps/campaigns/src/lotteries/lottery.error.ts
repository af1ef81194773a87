import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const lotteryErrorCodes = {
  LOTTERY_EXISTS: 'CONFLICT',
  LOTTERY_NOT_FOUND: 'NOT_FOUND',
  LOTTERY_INVALID: 'BAD_USER_INPUT',
  CAMPAIGN_NOT_FOUND: 'NOT_FOUND',
  CAMPAIGN_NOT_RUNNING: 'CONFLICT',
  SEED_COMMITMENT_INVALID: 'BAD_USER_INPUT',
  /** The revealed seed does not hash to the commitment published before entries closed. */
  SEED_MISMATCH: 'BAD_USER_INPUT',
  SEED_INVALID: 'BAD_USER_INPUT',
  LOTTERY_ENTRIES_CLOSED: 'CONFLICT',
  LOTTERY_ENTRIES_OPEN: 'CONFLICT',
  LOTTERY_ALREADY_DRAWN: 'CONFLICT',
  MEMBER_ID_INVALID: 'BAD_USER_INPUT',
} as const satisfies Record<string, PublicErrorCode>;

export type LotteryErrorCode = keyof typeof lotteryErrorCodes;

export class LotteryError extends categorisedError(lotteryErrorCodes) {}
