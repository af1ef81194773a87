import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { newReferralCode } from '../referral-code';
import { ReferralError } from '../referral.error';
import { referrerStream } from '../referral.events';
import { referrerDecider } from '../referrer.decider';
import { campaignStatus } from './campaign-status';

@Injectable()
export class IssueReferralCodeUseCase {
  constructor(private readonly store: EventStore) {}

  /** The member's code for the campaign: issued on first ask, the same one ever after. */
  execute(identity: Identity, input: { campaignId: string; memberId: string }, idempotencyKey?: string): Promise<string> {
    const { campaignId } = input;
    const referrerId = input.memberId.trim();
    return this.store.transaction(async (client) => {
      const status = await campaignStatus(client, identity.tenant, campaignId);
      const programme = await client.query('SELECT 1 FROM referral_programmes WHERE tenant_id = $1 AND campaign_id = $2', [identity.tenant, campaignId]);
      if (!programme.rowCount) throw new ReferralError('REFERRAL_PROGRAMME_NOT_FOUND', 'The campaign has no referral programme', { campaignId });
      await this.store.handleIn(client, {
        decider: referrerDecider,
        stream: { tenantId: identity.tenant, ...referrerStream(campaignId, referrerId) },
        command: { type: 'IssueReferralCode', campaignId, referrerId, code: newReferralCode(), campaignStatus: status, now: new Date(), by: identity.sub },
        context: { idempotencyKey },
      });
      const { rows } = await client.query<{ code: string }>('SELECT code FROM referral_codes WHERE tenant_id = $1 AND campaign_id = $2 AND referrer_id = $3', [identity.tenant, campaignId, referrerId]);
      return rows[0]!.code;
    }, { retryOnConflict: true });
  }
}
