import { deciderSpec } from '@groundswell/event-store/testing';
import { couponBatchDecider } from './coupon-batch.decider';
import { couponDecider } from './coupon.decider';
import { CouponError } from './coupon.error';
import { couponEventTypes } from './coupon.events';
import { aBatchTerms, batchFacts, claimCommand, claimed, redeemCommand, redeemed, validUntil } from './coupon.fixtures';

describe('couponBatchDecider', () => {
  const spec = deciderSpec(couponBatchDecider);
  const create = (terms = aBatchTerms()) => ({ type: 'CreateCouponBatch' as const, batchId: 'batch-1', terms, by: 'u-manager' });
  const created = { type: couponEventTypes.batchCreated, data: { batchId: 'batch-1', ...aBatchTerms(), createdBy: 'u-manager' } };

  it('should create a batch with its name trimmed and its window normalised', () => {
    spec.given([]).when(create(aBatchTerms({ name: ' 满100减20 ', validFrom: '2026-12-01T08:00:00+08:00' }))).then([created]);
  });

  it('should refuse to create a batch twice', () => {
    spec.given([created]).when(create()).thenThrows(CouponError, 'COUPON_BATCH_EXISTS');
  });

  it.each([
    ['no stock', aBatchTerms({ stock: 0 })],
    ['a per-member limit of 0', aBatchTerms({ perMemberLimit: 0 })],
    ['a window that ends before it starts', aBatchTerms({ validUntil: '2026-11-01T00:00:00.000Z' })],
    ['an empty name', aBatchTerms({ name: ' ' })],
    ['a discount over 100 percent', aBatchTerms({ benefit: { kind: 'percent_off', value: 120 } })],
    ['a fractional amount off', aBatchTerms({ benefit: { kind: 'amount_off', value: 9.5 } })],
  ])('should refuse a batch with %s', (_case, terms) => {
    spec.given([]).when(create(terms)).thenThrows(CouponError, 'COUPON_BATCH_INVALID');
  });
});

describe('couponDecider', () => {
  const spec = deciderSpec(couponDecider);

  describe('ClaimCoupon', () => {
    it('should issue a coupon with the batch\'s validity window', () => {
      spec.given([]).when(claimCommand()).then([claimed()]);
    });

    it('should issue the last coupon of the stock and refuse the one after', () => {
      spec.given([]).when(claimCommand({ batch: batchFacts({ claimed: 99 }) })).then([claimed()]);
      spec.given([]).when(claimCommand({ batch: batchFacts({ claimed: 100 }) })).thenThrows(CouponError, 'COUPONS_SOLD_OUT');
    });

    it('should refuse a member who reached the per-member limit', () => {
      spec.given([]).when(claimCommand({ batch: batchFacts({ claimedByMember: 2 }) })).thenThrows(CouponError, 'MEMBER_LIMIT_REACHED');
    });

    it('should refuse a claim before the window opens or after it closes', () => {
      spec.given([]).when(claimCommand({ now: new Date('2026-11-30T00:00:00Z') })).thenThrows(CouponError, 'COUPON_NOT_YET_VALID');
      spec.given([]).when(claimCommand({ now: new Date(validUntil) })).thenThrows(CouponError, 'COUPON_EXPIRED');
    });

    it('should refuse a claim while the campaign is not running', () => {
      spec.given([]).when(claimCommand({ batch: batchFacts({ campaignStatus: 'paused' }) })).thenThrows(CouponError, 'CAMPAIGN_NOT_RUNNING');
    });

    it('should refuse an empty member id, and a coupon id used twice', () => {
      spec.given([]).when(claimCommand({ memberId: ' ' })).thenThrows(CouponError, 'MEMBER_ID_INVALID');
      spec.given([claimed()]).when(claimCommand()).thenThrows(CouponError, 'COUPON_EXISTS');
    });
  });

  describe('RedeemCoupon', () => {
    it('should redeem a claimed coupon for an order', () => {
      spec.given([claimed()]).when(redeemCommand({ orderReference: ' order-42 ' })).then([redeemed()]);
    });

    it('should change nothing when the same order redeems it again', () => {
      spec.given([claimed(), redeemed()]).when(redeemCommand()).then([]);
    });

    it('should refuse to redeem it for another order', () => {
      spec.given([claimed(), redeemed()]).when(redeemCommand({ orderReference: 'order-43' })).thenThrows(CouponError, 'COUPON_ALREADY_REDEEMED');
    });

    it('should refuse an expired coupon, and one not valid yet', () => {
      spec.given([claimed()]).when(redeemCommand({ now: new Date('2027-01-01T00:00:00Z') })).thenThrows(CouponError, 'COUPON_EXPIRED');
      spec.given([claimed()]).when(redeemCommand({ now: new Date('2026-11-01T00:00:00Z') })).thenThrows(CouponError, 'COUPON_NOT_YET_VALID');
    });

    it('should refuse an empty order reference and an unknown coupon', () => {
      spec.given([claimed()]).when(redeemCommand({ orderReference: '' })).thenThrows(CouponError, 'ORDER_REFERENCE_INVALID');
      spec.given([]).when(redeemCommand()).thenThrows(CouponError, 'COUPON_NOT_FOUND');
    });
  });
});
