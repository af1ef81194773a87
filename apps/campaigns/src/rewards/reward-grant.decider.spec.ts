import { deciderSpec } from '@groundswell/event-store/testing';
import type { GrantedReward } from '@groundswell/events';
import { rewardGrantDecider, type GrantReward } from './reward-grant.decider';
import { RewardError } from './reward.error';
import { rewardEventTypes, type RewardGrantEvent } from './reward.events';

const now = new Date('2026-12-10T08:00:00.000Z');
const grant = (reward: GrantedReward, overrides: Partial<GrantReward> = {}): GrantReward => ({
  type: 'GrantReward',
  grantId: 'grant-1',
  campaignId: 'campaign-1',
  memberId: 'member-a',
  reward,
  reason: { kind: 'referral_threshold', invites: 3 },
  now,
  by: 'system:referral-rewards',
  ...overrides,
});
const grantOf = { grantId: 'grant-1', campaignId: 'campaign-1', memberId: 'member-a' };
const granted = (reward: GrantedReward): RewardGrantEvent => ({
  type: rewardEventTypes.granted,
  data: { ...grantOf, reward, reason: { kind: 'referral_threshold', invites: 3 }, grantedBy: 'system:referral-rewards', grantedAt: now.toISOString() },
});
const gift: GrantedReward = { kind: 'gift', item: '定制保温杯' };
const shipped: RewardGrantEvent = { type: rewardEventTypes.giftShipped, data: { ...grantOf, carrier: '顺丰', trackingNumber: 'SF1234567890', shippedBy: 'u-ops', shippedAt: now.toISOString() } };
const delivered: RewardGrantEvent = { type: rewardEventTypes.giftDelivered, data: { ...grantOf, deliveredBy: 'u-ops', deliveredAt: now.toISOString() } };
const cancelled: RewardGrantEvent = { type: rewardEventTypes.giftCancelled, data: { ...grantOf, reason: '库存不足', cancelledBy: 'u-ops', cancelledAt: now.toISOString() } };
const ship = { type: 'ShipGift' as const, carrier: '顺丰', trackingNumber: 'SF1234567890', now, by: 'u-ops' };
const deliver = { type: 'DeliverGift' as const, now, by: 'u-ops' };
const cancel = { type: 'CancelGift' as const, reason: '库存不足', now, by: 'u-ops' };

describe('rewardGrantDecider', () => {
  const spec = deciderSpec(rewardGrantDecider);

  describe('GrantReward', () => {
    it.each<[string, GrantedReward]>([
      ['points', { kind: 'points', points: 300 }],
      ['a badge', { kind: 'badge', badgeId: 'super-inviter' }],
      ['a coupon', { kind: 'coupon', batchId: 'batch-1', couponId: 'coupon-9' }],
      ['a gift', gift],
    ])('should grant %s', (_kind, reward) => {
      spec.given([]).when(grant(reward)).then([granted(reward)]);
    });

    it('should pay a grant once when it is granted again', () => {
      spec.given([granted(gift)]).when(grant(gift)).then([]);
    });

    it('should refuse a points reward out of range', () => {
      spec.given([]).when(grant({ kind: 'points', points: 0 })).thenThrows(RewardError, 'REWARD_INVALID');
    });

    it('should refuse an empty member id', () => {
      spec.given([]).when(grant(gift, { memberId: '' })).thenThrows(RewardError, 'MEMBER_ID_INVALID');
    });

    it('should refuse an operator grant without a note', () => {
      spec.given([]).when(grant(gift, { reason: { kind: 'operator', note: ' ' } })).thenThrows(RewardError, 'REASON_INVALID');
    });
  });

  describe('gift fulfilment', () => {
    it('should ship a pending gift', () => {
      spec.given([granted(gift)]).when(ship).then([shipped]);
    });

    it('should deliver a shipped gift', () => {
      spec.given([granted(gift), shipped]).when(deliver).then([delivered]);
    });

    it('should change nothing when a delivery is confirmed again', () => {
      spec.given([granted(gift), shipped, delivered]).when(deliver).then([]);
    });

    it.each([
      ['pending', [granted(gift)]],
      ['shipped', [granted(gift), shipped]],
    ])('should cancel a %s gift', (_state, history) => {
      spec.given(history).when(cancel).then([cancelled]);
    });

    it('should refuse to ship a gift twice', () => {
      spec.given([granted(gift), shipped]).when(ship).thenThrows(RewardError, 'GIFT_NOT_PENDING');
    });

    it('should refuse to deliver a gift not shipped', () => {
      spec.given([granted(gift)]).when(deliver).thenThrows(RewardError, 'GIFT_NOT_SHIPPED');
    });

    it.each([
      ['delivered', [granted(gift), shipped, delivered]],
      ['cancelled', [granted(gift), cancelled]],
    ])('should refuse to cancel a %s gift', (_state, history) => {
      spec.given(history).when(cancel).thenThrows(RewardError, 'GIFT_ALREADY_FINAL');
    });

    it('should refuse a shipment without a tracking number', () => {
      spec.given([granted(gift)]).when({ ...ship, trackingNumber: ' ' }).thenThrows(RewardError, 'SHIPMENT_INVALID');
    });

    it('should refuse a cancellation without a reason', () => {
      spec.given([granted(gift)]).when({ ...cancel, reason: '' }).thenThrows(RewardError, 'REASON_INVALID');
    });

    it('should refuse to ship points', () => {
      spec.given([granted({ kind: 'points', points: 5 })]).when(ship).thenThrows(RewardError, 'NOT_A_GIFT');
    });

    it('should refuse to fulfil a grant that does not exist', () => {
      spec.given([]).when(ship).thenThrows(RewardError, 'GRANT_NOT_FOUND');
    });
  });
});
