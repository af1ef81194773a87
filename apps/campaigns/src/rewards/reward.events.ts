import type { GrantedReward, GrantReason } from '@groundswell/events';

export const rewardEventTypes = {
  granted: 'groundswell.campaigns.RewardGranted.v1',
  giftShipped: 'groundswell.campaigns.GiftShipped.v1',
  giftDelivered: 'groundswell.campaigns.GiftDelivered.v1',
  giftCancelled: 'groundswell.campaigns.GiftCancelled.v1',
} as const;

type Grant = { grantId: string; campaignId: string; memberId: string };
export type RewardGranted = { type: typeof rewardEventTypes.granted; data: Grant & { reward: GrantedReward; reason: GrantReason; grantedBy: string; grantedAt: string } };
export type GiftShipped = { type: typeof rewardEventTypes.giftShipped; data: Grant & { carrier: string; trackingNumber: string; shippedBy: string; shippedAt: string } };
export type GiftDelivered = { type: typeof rewardEventTypes.giftDelivered; data: Grant & { deliveredBy: string; deliveredAt: string } };
export type GiftCancelled = { type: typeof rewardEventTypes.giftCancelled; data: Grant & { reason: string; cancelledBy: string; cancelledAt: string } };
export type RewardGrantEvent = RewardGranted | GiftShipped | GiftDelivered | GiftCancelled;

export type GiftFulfilment = 'pending' | 'shipped' | 'delivered' | 'cancelled';

export const rewardGrantStreamType = 'reward-grant';
export const rewardGrantStream = (grantId: string) => ({ streamId: `${rewardGrantStreamType}-${grantId}`, streamType: rewardGrantStreamType });
