import type { Decider } from '@groundswell/event-store';
import { CouponError } from './coupon.error';
import { couponBenefitKinds, couponEventTypes, type CouponBatchEvent, type CouponBatchTerms } from './coupon.events';

export interface CreateCouponBatch {
  type: 'CreateCouponBatch';
  batchId: string;
  terms: CouponBatchTerms;
  by: string;
}

export type CouponBatchState = { status: 'none' } | { status: 'created'; terms: CouponBatchTerms };

export const couponBatchLimits = { name: 100, stock: 10_000_000, perMemberLimit: 100, validDays: 3660 } as const;

function invalid(message: string): never {
  throw new CouponError('COUPON_BATCH_INVALID', message);
}

function validTerms(terms: CouponBatchTerms): CouponBatchTerms {
  const name = terms.name.trim();
  if (!name || name.length > couponBatchLimits.name) invalid(`The name must be 1–${couponBatchLimits.name} characters`);
  if (!Number.isInteger(terms.stock) || terms.stock < 1 || terms.stock > couponBatchLimits.stock) invalid(`Stock is 1–${couponBatchLimits.stock} coupons`);
  if (!Number.isInteger(terms.perMemberLimit) || terms.perMemberLimit < 1 || terms.perMemberLimit > couponBatchLimits.perMemberLimit) {
    invalid(`A member may claim 1–${couponBatchLimits.perMemberLimit} coupons of a batch`);
  }
  const [from, until] = [new Date(terms.validFrom), new Date(terms.validUntil)];
  if (Number.isNaN(from.getTime()) || Number.isNaN(until.getTime()) || until <= from || until.getTime() - from.getTime() > couponBatchLimits.validDays * 86_400_000) {
    invalid('A coupon is valid from one instant until a later one, at most ten years on');
  }
  const { kind, value } = terms.benefit;
  const ceiling = kind === 'percent_off' ? 100 : kind === 'free_trial' ? 366 : 2_147_483_647;
  if (!couponBenefitKinds.includes(kind) || !Number.isInteger(value) || value < 1 || value > ceiling) invalid(`A ${kind} benefit is a whole number of 1–${ceiling}`);
  return { ...terms, name, validFrom: from.toISOString(), validUntil: until.toISOString(), benefit: { kind, value } };
}

export const couponBatchDecider: Decider<CreateCouponBatch, CouponBatchEvent, CouponBatchState> = {
  initialState: () => ({ status: 'none' }),
  decide: (command, state) => {
    if (state.status !== 'none') throw new CouponError('COUPON_BATCH_EXISTS', 'This coupon batch exists already', { batchId: command.batchId });
    return [{ type: couponEventTypes.batchCreated, data: { batchId: command.batchId, ...validTerms(command.terms), createdBy: command.by } }];
  },
  evolve: (_state, event) => ({ status: 'created', terms: event.data }),
};
