import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const couponErrorCodes = {
  COUPON_BATCH_EXISTS: 'CONFLICT',
  COUPON_BATCH_NOT_FOUND: 'NOT_FOUND',
  COUPON_BATCH_INVALID: 'BAD_USER_INPUT',
  CAMPAIGN_NOT_FOUND: 'NOT_FOUND',
  CAMPAIGN_NOT_RUNNING: 'CONFLICT',
  COUPON_EXISTS: 'CONFLICT',
  COUPON_NOT_FOUND: 'NOT_FOUND',
  COUPONS_SOLD_OUT: 'CONFLICT',
  MEMBER_LIMIT_REACHED: 'CONFLICT',
  COUPON_NOT_YET_VALID: 'CONFLICT',
  COUPON_EXPIRED: 'CONFLICT',
  COUPON_ALREADY_REDEEMED: 'CONFLICT',
  ORDER_REFERENCE_INVALID: 'BAD_USER_INPUT',
  MEMBER_ID_INVALID: 'BAD_USER_INPUT',
} as const satisfies Record<string, PublicErrorCode>;

export type CouponErrorCode = keyof typeof couponErrorCodes;

export class CouponError extends categorisedError(couponErrorCodes) {}
