import type { Decider } from '@groundswell/event-store';
import { CouponError } from './coupon.error';
import { couponEventTypes, type CouponBatchTerms, type CouponEvent } from './coupon.events';

/** What the claim is decided on, read while the batch is locked so no other claim can interleave. */
export interface BatchFacts {
  batchId: string;
  terms: CouponBatchTerms;
  campaignStatus: string;
  claimed: number;
  claimedByMember: number;
}

export interface ClaimCoupon {
  type: 'ClaimCoupon';
  couponId: string;
  code: string;
  memberId: string;
  batch: BatchFacts;
  now: Date;
  by: string;
}

export interface RedeemCoupon {
  type: 'RedeemCoupon';
  couponId: string;
  orderReference: string;
  now: Date;
  by: string;
}

export type CouponCommand = ClaimCoupon | RedeemCoupon;

interface Claimed {
  batchId: string;
  memberId: string;
  validFrom: string;
  validUntil: string;
}
export type CouponState = { status: 'none' } | ({ status: 'claimed' } & Claimed) | ({ status: 'redeemed'; orderReference: string } & Claimed);

const MAX_ORDER_REFERENCE = 128;

function requireValidAt(window: { validFrom: string; validUntil: string }, now: Date): void {
  if (now < new Date(window.validFrom)) throw new CouponError('COUPON_NOT_YET_VALID', 'The coupon is not valid yet', { validFrom: window.validFrom });
  if (now >= new Date(window.validUntil)) throw new CouponError('COUPON_EXPIRED', 'The coupon has expired', { validUntil: window.validUntil });
}

function claim(command: ClaimCoupon, state: CouponState): CouponEvent[] {
  if (state.status !== 'none') throw new CouponError('COUPON_EXISTS', 'This coupon exists already', { couponId: command.couponId });
  const { batch } = command;
  if (batch.campaignStatus !== 'running') throw new CouponError('CAMPAIGN_NOT_RUNNING', 'Coupons are claimed while their campaign runs', { status: batch.campaignStatus });
  const memberId = command.memberId.trim();
  if (!memberId || memberId.length > 64) throw new CouponError('MEMBER_ID_INVALID', 'A member id is 1–64 characters');
  requireValidAt(batch.terms, command.now);
  if (batch.claimed >= batch.terms.stock) throw new CouponError('COUPONS_SOLD_OUT', 'Every coupon of this batch has been claimed', { stock: batch.terms.stock });
  if (batch.claimedByMember >= batch.terms.perMemberLimit) {
    throw new CouponError('MEMBER_LIMIT_REACHED', 'The member has claimed as many coupons of this batch as allowed', { perMemberLimit: batch.terms.perMemberLimit });
  }
  const { campaignId, validFrom, validUntil } = batch.terms;
  return [{ type: couponEventTypes.claimed, data: { couponId: command.couponId, batchId: batch.batchId, campaignId, memberId, code: command.code, validFrom, validUntil, claimedBy: command.by } }];
}

function redeem(command: RedeemCoupon, state: CouponState): CouponEvent[] {
  if (state.status === 'none') throw new CouponError('COUPON_NOT_FOUND', 'No such coupon', { couponId: command.couponId });
  const orderReference = command.orderReference.trim();
  if (!orderReference || orderReference.length > MAX_ORDER_REFERENCE) throw new CouponError('ORDER_REFERENCE_INVALID', `An order reference is 1–${MAX_ORDER_REFERENCE} characters`);
  if (state.status === 'redeemed') {
    // The shop retrying the same order: it was redeemed for that order already, nothing more to do.
    if (state.orderReference === orderReference) return [];
    throw new CouponError('COUPON_ALREADY_REDEEMED', 'The coupon was redeemed for another order');
  }
  requireValidAt(state, command.now);
  return [{ type: couponEventTypes.redeemed, data: { couponId: command.couponId, batchId: state.batchId, memberId: state.memberId, orderReference, redeemedBy: command.by } }];
}

export const couponDecider: Decider<CouponCommand, CouponEvent, CouponState> = {
  initialState: () => ({ status: 'none' }),
  decide: (command, state) => (command.type === 'ClaimCoupon' ? claim(command, state) : redeem(command, state)),
  evolve: (state, event) => {
    if (event.type === couponEventTypes.claimed) {
      const { batchId, memberId, validFrom, validUntil } = event.data;
      return { status: 'claimed', batchId, memberId, validFrom, validUntil };
    }
    return { ...(state as Extract<CouponState, { status: 'claimed' }>), status: 'redeemed', orderReference: event.data.orderReference };
  },
};
