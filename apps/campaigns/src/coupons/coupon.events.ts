export const couponBenefitKinds = ['amount_off', 'percent_off', 'free_trial'] as const;
export type CouponBenefitKind = (typeof couponBenefitKinds)[number];

/** amount_off: minor units off; percent_off: 1–100; free_trial: days. */
export interface CouponBenefit {
  kind: CouponBenefitKind;
  value: number;
}

export interface CouponBatchTerms {
  campaignId: string;
  name: string;
  stock: number;
  perMemberLimit: number;
  validFrom: string;
  validUntil: string;
  benefit: CouponBenefit;
}

export const couponEventTypes = {
  batchCreated: 'groundswell.campaigns.CouponBatchCreated.v1',
  claimed: 'groundswell.campaigns.CouponClaimed.v1',
  redeemed: 'groundswell.campaigns.CouponRedeemed.v1',
} as const;

export type CouponBatchCreated = { type: typeof couponEventTypes.batchCreated; data: CouponBatchTerms & { batchId: string; createdBy: string } };
export type CouponBatchEvent = CouponBatchCreated;

export type CouponClaimed = {
  type: typeof couponEventTypes.claimed;
  data: { couponId: string; batchId: string; campaignId: string; memberId: string; code: string; validFrom: string; validUntil: string; claimedBy: string };
};
export type CouponRedeemed = { type: typeof couponEventTypes.redeemed; data: { couponId: string; batchId: string; memberId: string; orderReference: string; redeemedBy: string } };
export type CouponEvent = CouponClaimed | CouponRedeemed;

export const couponBatchStreamType = 'coupon-batch';
export const couponBatchStream = (batchId: string) => ({ streamId: `${couponBatchStreamType}-${batchId}`, streamType: couponBatchStreamType });
export const couponStreamType = 'coupon';
export const couponStream = (couponId: string) => ({ streamId: `${couponStreamType}-${couponId}`, streamType: couponStreamType });
