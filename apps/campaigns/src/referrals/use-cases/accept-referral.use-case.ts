import { Injectable } from '@nestjs/common';
import { EventStore, type CommandContext } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { PoolClient } from 'pg';
import { GrantRewardUseCase } from '../../rewards/use-cases/grant-reward.use-case';
import { normaliseReferralCode } from '../referral-code';
import { ReferralError } from '../referral.error';
import { referralEventTypes, referrerStream, type ReferralThresholdReached } from '../referral.events';
import { referrerDecider } from '../referrer.decider';
import { inviteeFacts } from './invitee-facts';

export interface AcceptedReferral {
  campaignId: string;
  referrerId: string;
  inviteeId: string;
}

type ReachedThreshold = ReferralThresholdReached & { eventId: string; correlationId: string };

@Injectable()
export class AcceptReferralUseCase {
  constructor(
    private readonly store: EventStore,
    private readonly grants: GrantRewardUseCase,
  ) {}

  /**
   * Records that `inviteeId` joined through `code`. Thresholds it reaches are granted in the same
   * transaction, except coupons, which the coupons feature issues in its own right after it.
   */
  async execute(identity: Identity, input: { code: string; inviteeId: string }, idempotencyKey?: string): Promise<AcceptedReferral> {
    const { accepted, couponThresholds } = await this.store.transaction((client) => this.acceptIn(client, identity.tenant, identity.sub, input, { idempotencyKey }), { retryOnConflict: true });
    await this.grantCoupons(identity, couponThresholds);
    return accepted;
  }

  /** Decides and appends the acceptance in the caller's transaction; returns the coupon thresholds still to grant. */
  async acceptIn(client: PoolClient, tenantId: string, by: string, input: { code: string; inviteeId: string; campaignId?: string }, context: CommandContext): Promise<{ accepted: AcceptedReferral; couponThresholds: ReachedThreshold[] }> {
    const inviteeId = input.inviteeId.trim();
    const { rows } = await client.query<{ campaignId: string; referrerId: string }>(
      'SELECT campaign_id AS "campaignId", referrer_id AS "referrerId" FROM referral_codes WHERE tenant_id = $1 AND code = $2',
      [tenantId, normaliseReferralCode(input.code)],
    );
    // A code brought to another campaign's join invites to nothing there.
    if (!rows[0] || (input.campaignId !== undefined && rows[0].campaignId !== input.campaignId)) throw new ReferralError('REFERRAL_CODE_NOT_FOUND', 'No referral code like this');
    const { campaignId, referrerId } = rows[0];
    const outcome = await this.store.handleIn(client, {
      decider: referrerDecider,
      stream: { tenantId, ...referrerStream(campaignId, referrerId) },
      command: { type: 'AcceptReferral', inviteeId, invitee: await inviteeFacts(client, tenantId, campaignId, referrerId, inviteeId), now: new Date(), by },
      context,
    });
    const thresholds = outcome.events.filter((event): event is typeof event & ReachedThreshold => event.type === referralEventTypes.thresholdReached);
    for (const threshold of thresholds) {
      const { grantId, reward, invites } = threshold.data;
      if (reward.kind === 'coupon') continue;
      const reason = { kind: 'referral_threshold' as const, invites };
      await this.grants.grantIn(client, tenantId, { grantId, campaignId, memberId: referrerId, reward, reason }, 'system:referral-rewards', { correlationId: threshold.correlationId, causationId: threshold.eventId });
    }
    return { accepted: { campaignId, referrerId, inviteeId }, couponThresholds: thresholds.filter((threshold) => threshold.data.reward.kind === 'coupon') };
  }

  /** Coupon rewards of reached thresholds; a grant id pays once, so granting again after a failure is safe. */
  async grantCoupons(identity: Identity, thresholds: ReachedThreshold[]): Promise<void> {
    for (const { data, correlationId, eventId } of thresholds) {
      const reason = { kind: 'referral_threshold' as const, invites: data.invites };
      await this.grants.grant(identity, { grantId: data.grantId, campaignId: data.campaignId, memberId: data.referrerId, reward: data.reward, reason }, { correlationId, causationId: eventId });
    }
  }
}
