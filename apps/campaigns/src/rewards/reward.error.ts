import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const rewardErrorCodes = {
  CAMPAIGN_NOT_FOUND: 'NOT_FOUND',
  CAMPAIGN_NOT_RUNNING: 'CONFLICT',
  REWARD_INVALID: 'BAD_USER_INPUT',
  MEMBER_ID_INVALID: 'BAD_USER_INPUT',
  GRANT_NOT_FOUND: 'NOT_FOUND',
  GRANT_EXISTS: 'CONFLICT',
  NOT_A_GIFT: 'CONFLICT',
  GIFT_NOT_PENDING: 'CONFLICT',
  GIFT_NOT_SHIPPED: 'CONFLICT',
  GIFT_ALREADY_FINAL: 'CONFLICT',
  SHIPMENT_INVALID: 'BAD_USER_INPUT',
  REASON_INVALID: 'BAD_USER_INPUT',
  COUPON_BATCH_OF_OTHER_CAMPAIGN: 'BAD_USER_INPUT',
} as const satisfies Record<string, PublicErrorCode>;

export type RewardErrorCode = keyof typeof rewardErrorCodes;

export class RewardError extends categorisedError(rewardErrorCodes) {}
