import type { BatchFacts, ClaimCoupon, RedeemCoupon } from './coupon.decider';
import { couponEventTypes, type CouponBatchTerms, type CouponEvent } from './coupon.events';

export const validFrom = '2026-12-01T00:00:00.000Z';
export const validUntil = '2026-12-31T00:00:00.000Z';
export const inWindow = new Date('2026-12-15T00:00:00.000Z');

export const aBatchTerms = (overrides: Partial<CouponBatchTerms> = {}): CouponBatchTerms => ({
  campaignId: 'campaign-1',
  name: '满100减20',
  stock: 100,
  perMemberLimit: 2,
  validFrom,
  validUntil,
  benefit: { kind: 'amount_off', value: 2000 },
  ...overrides,
});

export const batchFacts = (overrides: Partial<BatchFacts> = {}): BatchFacts => ({
  batchId: 'batch-1',
  terms: aBatchTerms(),
  campaignStatus: 'running',
  claimed: 10,
  claimedByMember: 0,
  ...overrides,
});

export const claimCommand = (overrides: Partial<ClaimCoupon> = {}): ClaimCoupon => ({
  type: 'ClaimCoupon',
  couponId: 'coupon-1',
  code: 'AAAA-BBBB-CCCC-DDDD',
  memberId: 'member-1',
  batch: batchFacts(),
  now: inWindow,
  by: 'u-operator',
  ...overrides,
});

export const redeemCommand = (overrides: Partial<RedeemCoupon> = {}): RedeemCoupon => ({
  type: 'RedeemCoupon',
  couponId: 'coupon-1',
  orderReference: 'order-42',
  now: inWindow,
  by: 'partner-shop',
  ...overrides,
});

export const claimed = (): CouponEvent => ({
  type: couponEventTypes.claimed,
  data: { couponId: 'coupon-1', batchId: 'batch-1', campaignId: 'campaign-1', memberId: 'member-1', code: 'AAAA-BBBB-CCCC-DDDD', validFrom, validUntil, claimedBy: 'u-operator' },
});

export const redeemed = (orderReference = 'order-42'): CouponEvent => ({
  type: couponEventTypes.redeemed,
  data: { couponId: 'coupon-1', batchId: 'batch-1', memberId: 'member-1', orderReference, redeemedBy: 'partner-shop' },
});
