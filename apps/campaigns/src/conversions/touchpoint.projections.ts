import { defineProjection } from '@groundswell/event-store';
import { couponEventTypes, type CouponEvent } from '../coupons/coupon.events';
import { participationEventTypes, type ParticipationEvent } from '../participation/participation.events';
import { referralEventTypes, type ReferrerEvent } from '../referrals/referral.events';
import { recordTouchpoint } from './touchpoints';

// Each is registered with its source's stream type, so a touchpoint is stored in the same
// transaction as the event it comes from. Content clicks arrive by Kafka instead (content-clicks/).

/** A claim on a coupon is a touchpoint of its campaign for the member. */
export const couponTouchpointsProjection = defineProjection<CouponEvent>('attribution_touchpoints', {
  [couponEventTypes.claimed]: (client, { tenantId, occurredAt, data }) =>
    recordTouchpoint(client, tenantId, { kind: 'coupon_claim', id: data.couponId, memberId: data.memberId, campaignId: data.campaignId, occurredAt: occurredAt.toISOString() }),
});

/** Joining a campaign is its touchpoint, in the community and through the promotion channel of the join. */
export const participationTouchpointsProjection = defineProjection<ParticipationEvent>('attribution_touchpoints', {
  [participationEventTypes.joined]: (client, { tenantId, eventId, data }) =>
    recordTouchpoint(client, tenantId, {
      kind: 'participation',
      id: eventId,
      memberId: data.memberId,
      campaignId: data.campaignId,
      occurredAt: data.joinedAt,
      communityId: data.communityId,
      ...(data.channel && { channel: data.channel }),
    }),
});

/**
 * An accepted referral is a touchpoint of the referral campaign for the invitee, naming the referrer.
 * Disqualified for rewards is not disqualified for attribution (a known invitee was still brought
 * back by the invitation), except a referrer confirmed as a fraud, whose invitations earn nothing.
 */
export const referralTouchpointsProjection = defineProjection<ReferrerEvent>('attribution_touchpoints', {
  [referralEventTypes.accepted]: async (client, { tenantId, eventId, data }) => {
    if (data.disqualification === 'referrer_confirmed_fraud') return;
    await recordTouchpoint(client, tenantId, { kind: 'referral', id: eventId, memberId: data.inviteeId, campaignId: data.campaignId, occurredAt: data.acceptedAt, referrerId: data.referrerId });
  },
});
