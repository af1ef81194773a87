import type { Reward } from '@groundswell/events';

const MAX_POINTS = 1_000_000;

/** The reward trimmed and checked; `invalid` throws the caller's own error. */
export function validReward(reward: Reward, invalid: (message: string) => never): Reward {
  switch (reward.kind) {
    case 'points':
      if (!Number.isInteger(reward.points) || reward.points < 1 || reward.points > MAX_POINTS) invalid(`A points reward is 1–${MAX_POINTS} points`);
      return { kind: 'points', points: reward.points };
    case 'badge':
      return { kind: 'badge', badgeId: required(reward.badgeId, 100, 'A badge reward names a badge', invalid) };
    case 'coupon':
      return { kind: 'coupon', batchId: required(reward.batchId, 100, 'A coupon reward names a coupon batch', invalid) };
    case 'gift':
      return { kind: 'gift', item: required(reward.item, 100, 'A gift reward names the gift in 1–100 characters', invalid) };
    default:
      return invalid('A reward is points, a badge, a coupon or a gift');
  }
}

function required(value: string | undefined, max: number, message: string, invalid: (message: string) => never): string {
  const trimmed = (value ?? '').trim();
  return trimmed && trimmed.length <= max ? trimmed : invalid(message);
}
