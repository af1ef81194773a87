import type { Decider } from '@groundswell/event-store';
import type { GrantedReward, GrantReason } from '@groundswell/events';
import { RewardError } from './reward.error';
import { validReward } from './reward-rules';
import { rewardEventTypes, type GiftFulfilment, type RewardGrantEvent } from './reward.events';

export interface GrantReward {
  type: 'GrantReward';
  grantId: string;
  campaignId: string;
  memberId: string;
  reward: GrantedReward;
  reason: GrantReason;
  now: Date;
  by: string;
}

export interface ShipGift {
  type: 'ShipGift';
  carrier: string;
  trackingNumber: string;
  now: Date;
  by: string;
}

export interface DeliverGift {
  type: 'DeliverGift';
  now: Date;
  by: string;
}

export interface CancelGift {
  type: 'CancelGift';
  reason: string;
  now: Date;
  by: string;
}

export type RewardGrantCommand = GrantReward | ShipGift | DeliverGift | CancelGift;

export type RewardGrantState =
  | { status: 'none' }
  | { status: 'granted'; grantId: string; campaignId: string; memberId: string; reward: GrantedReward; fulfilment: GiftFulfilment | null };

type Granted = Extract<RewardGrantState, { status: 'granted' }>;

const text = (value: string, max: number, code: 'SHIPMENT_INVALID' | 'REASON_INVALID', message: string) => {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > max) throw new RewardError(code, message);
  return trimmed;
};

function grant(command: GrantReward, state: RewardGrantState): RewardGrantEvent[] {
  if (state.status === 'granted') return []; // a grant id pays once: the same grant again changes nothing
  const memberId = command.memberId.trim();
  if (!memberId || memberId.length > 64) throw new RewardError('MEMBER_ID_INVALID', 'A member id is 1–64 characters');
  const checked = validReward(command.reward, (message) => {
    throw new RewardError('REWARD_INVALID', message);
  });
  const reward: GrantedReward = command.reward.kind === 'coupon' ? { ...command.reward, batchId: (checked as { batchId: string }).batchId } : (checked as GrantedReward);
  if (command.reason.kind === 'operator') text(command.reason.note, 500, 'REASON_INVALID', 'A grant note is 1–500 characters');
  const { grantId, campaignId, reason, by, now } = command;
  return [{ type: rewardEventTypes.granted, data: { grantId, campaignId, memberId, reward, reason, grantedBy: by, grantedAt: now.toISOString() } }];
}

function gift(state: RewardGrantState): Granted {
  if (state.status === 'none') throw new RewardError('GRANT_NOT_FOUND', 'No such reward grant');
  if (state.reward.kind !== 'gift') throw new RewardError('NOT_A_GIFT', 'Only a gift is shipped, delivered or cancelled', { kind: state.reward.kind });
  return state;
}

function fulfil(command: ShipGift | DeliverGift | CancelGift, state: RewardGrantState): RewardGrantEvent[] {
  const { grantId, campaignId, memberId, fulfilment } = gift(state);
  const grantOf = { grantId, campaignId, memberId };
  const at = command.now.toISOString();
  switch (command.type) {
    case 'ShipGift':
      if (fulfilment !== 'pending') throw new RewardError('GIFT_NOT_PENDING', 'Only a pending gift is shipped', { fulfilment });
      return [{ type: rewardEventTypes.giftShipped, data: { ...grantOf, carrier: text(command.carrier, 60, 'SHIPMENT_INVALID', 'A carrier is 1–60 characters'), trackingNumber: text(command.trackingNumber, 100, 'SHIPMENT_INVALID', 'A tracking number is 1–100 characters'), shippedBy: command.by, shippedAt: at } }];
    case 'DeliverGift':
      if (fulfilment === 'delivered') return []; // the carrier's confirmation, reported again
      if (fulfilment !== 'shipped') throw new RewardError('GIFT_NOT_SHIPPED', 'Only a shipped gift is delivered', { fulfilment });
      return [{ type: rewardEventTypes.giftDelivered, data: { ...grantOf, deliveredBy: command.by, deliveredAt: at } }];
    default:
      if (fulfilment === 'delivered' || fulfilment === 'cancelled') throw new RewardError('GIFT_ALREADY_FINAL', 'A delivered or cancelled gift cannot be cancelled', { fulfilment });
      return [{ type: rewardEventTypes.giftCancelled, data: { ...grantOf, reason: text(command.reason, 500, 'REASON_INVALID', 'A reason is 1–500 characters'), cancelledBy: command.by, cancelledAt: at } }];
  }
}

const fulfilmentAfter: Record<Exclude<RewardGrantEvent['type'], typeof rewardEventTypes.granted>, GiftFulfilment> = {
  [rewardEventTypes.giftShipped]: 'shipped',
  [rewardEventTypes.giftDelivered]: 'delivered',
  [rewardEventTypes.giftCancelled]: 'cancelled',
};

/** One reward granted to a member; a gift's fulfilment runs pending → shipped → delivered, or cancelled before delivery. */
export const rewardGrantDecider: Decider<RewardGrantCommand, RewardGrantEvent, RewardGrantState> = {
  initialState: () => ({ status: 'none' }),
  decide: (command, state) => (command.type === 'GrantReward' ? grant(command, state) : fulfil(command, state)),
  evolve: (state, event) => {
    if (event.type === rewardEventTypes.granted) {
      const { grantId, campaignId, memberId, reward } = event.data;
      return { status: 'granted', grantId, campaignId, memberId, reward, fulfilment: reward.kind === 'gift' ? 'pending' : null };
    }
    return { ...(state as Granted), fulfilment: fulfilmentAfter[event.type] };
  },
};
