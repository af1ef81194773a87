import type { Reward } from '@groundswell/events';
import type { RewardGrantRecord } from '../reward.queries';
import type { RewardGrant, RewardShape } from './reward.types';

/** The flat GraphQL shape as the reward union; missing fields are left for the deciders to refuse. */
export function rewardFromInput(input: RewardShape): Reward {
  switch (input.kind) {
    case 'points':
      return { kind: 'points', points: input.points ?? Number.NaN };
    case 'badge':
      return { kind: 'badge', badgeId: input.badgeId ?? '' };
    case 'coupon':
      return { kind: 'coupon', batchId: input.batchId ?? '' };
    default:
      return { kind: 'gift', item: input.item ?? '' };
  }
}

export function rewardToShape(reward: Reward): RewardShape {
  return { ...reward } as RewardShape;
}

export function toRewardGrant(record: RewardGrantRecord): RewardGrant {
  const { reward, reason, ...rest } = record;
  return {
    ...rest,
    reward: rewardToShape(reward),
    couponId: reward.kind === 'coupon' ? reward.couponId : null,
    reasonKind: reason.kind,
    invites: reason.kind === 'referral_threshold' ? reason.invites : null,
    note: reason.kind === 'operator' ? reason.note : null,
  } as RewardGrant;
}
