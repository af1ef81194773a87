import { CampaignJoinedV1, type EventEnvelope } from '@groundswell/events';
import type { EventHandler } from '@groundswell/messaging';
import { ReferralError } from '../referral.error';
import type { AcceptReferralUseCase } from '../use-cases/accept-referral.use-case';

export const joinReferralsActor = 'system:referrals';

/**
 * A member who joined a campaign with a referral code is that referrer's invitee. A refused referral
 * (self-referral, cycle, someone else's invitee, a code of another campaign) leaves the join as it is
 * and records nothing: the savepoint undoes only the referral's writes.
 */
export const acceptJoinReferrals =
  (accept: AcceptReferralUseCase): EventHandler =>
  async (client, envelope: EventEnvelope) => {
    if (envelope.type !== CampaignJoinedV1.type) return;
    const { campaignId, memberId, referralCode } = CampaignJoinedV1.parse(envelope.data);
    if (!referralCode) return;
    await client.query('SAVEPOINT join_referral');
    try {
      const { couponThresholds } = await accept.acceptIn(client, envelope.tenantid, joinReferralsActor, { code: referralCode, inviteeId: memberId, campaignId }, { correlationId: envelope.correlationid, causationId: envelope.id });
      await client.query('RELEASE SAVEPOINT join_referral');
      await accept.grantCoupons({ sub: joinReferralsActor, tenant: envelope.tenantid, roles: [] }, couponThresholds);
    } catch (error) {
      if (!(error instanceof ReferralError)) throw error;
      await client.query('ROLLBACK TO SAVEPOINT join_referral');
    }
  };
