import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';

// The campaigns service's reward grants on gs.campaigns.reward-grant, one stream per grant. The members
// service earns points and awards badges from RewardGranted, with the grant id as the source reference.
const id = z.string().min(1).max(100);
const subject = z.string().min(1).max(200).describe('Subject of who acted (an operator, or system:referral-rewards)');
const instant = z.iso.datetime({ offset: true }).describe('ISO 8601 instant');
const text = (max: number) => z.string().min(1).max(max);

/** A reward as a campaign promises it (thresholds, operator grants). */
export const rewardSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('points'), points: z.number().int().min(1).max(1_000_000) }),
    z.object({ kind: z.literal('badge'), badgeId: id.describe('A badge the tenant defined in the members service') }),
    z.object({ kind: z.literal('coupon'), batchId: id.describe('The campaign coupon batch the coupon is issued from') }),
    z.object({ kind: z.literal('gift'), item: text(100).describe('The physical gift, as the warehouse names it') }),
  ])
  .describe('points: earned in the members service; badge: awarded there; coupon: issued from a batch; gift: shipped');

/** A reward as granted: a coupon grant names the coupon it issued. */
const grantedRewardSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('points'), points: z.number().int().min(1).max(1_000_000) }),
  z.object({ kind: z.literal('badge'), badgeId: id }),
  z.object({ kind: z.literal('coupon'), batchId: id, couponId: id.describe('The coupon issued to the member') }),
  z.object({ kind: z.literal('gift'), item: text(100) }),
]);

const grantReasonSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('referral_threshold'), invites: z.number().int().positive().describe('The qualified invites the threshold asked for') }),
    z.object({ kind: z.literal('operator'), note: text(500) }),
  ])
  .describe('Why the member got the reward');

const grant = { grantId: z.uuid().describe('The grant; the members service pays it once'), campaignId: id, memberId: id };

export const RewardGrantedV1 = defineEvent({
  service: 'campaigns',
  name: 'RewardGranted',
  version: 1,
  description: 'A campaign granted a member a reward (once per grant id).',
  schema: z.object({ ...grant, reward: grantedRewardSchema, reason: grantReasonSchema, grantedBy: subject, grantedAt: instant }),
});

export const GiftShippedV1 = defineEvent({
  service: 'campaigns',
  name: 'GiftShipped',
  version: 1,
  description: 'A granted physical gift left the warehouse.',
  schema: z.object({ ...grant, carrier: text(60), trackingNumber: text(100), shippedBy: subject, shippedAt: instant }),
});

export const GiftDeliveredV1 = defineEvent({
  service: 'campaigns',
  name: 'GiftDelivered',
  version: 1,
  description: 'A shipped gift reached the member.',
  schema: z.object({ ...grant, deliveredBy: subject, deliveredAt: instant }),
});

export const GiftCancelledV1 = defineEvent({
  service: 'campaigns',
  name: 'GiftCancelled',
  version: 1,
  description: 'A gift not yet delivered will not be sent (or was lost).',
  schema: z.object({ ...grant, reason: text(500), cancelledBy: subject, cancelledAt: instant }),
});

/** Every reward event the campaigns service publishes. */
export const rewardEvents = [RewardGrantedV1, GiftShippedV1, GiftDeliveredV1, GiftCancelledV1] as const;

export type Reward = z.infer<typeof rewardSchema>;
export type GrantedReward = z.infer<typeof grantedRewardSchema>;
export type GrantReason = z.infer<typeof grantReasonSchema>;
