import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { referralProgrammeDecider } from '../referral-programme.decider';
import { ReferralError } from '../referral.error';
import { referralProgrammeStream, type ReferralProgrammeRules } from '../referral.events';
import { campaignStatus } from './campaign-status';

@Injectable()
export class ConfigureReferralProgrammeUseCase {
  constructor(private readonly store: EventStore) {}

  execute(identity: Identity, campaignId: string, rules: ReferralProgrammeRules, idempotencyKey?: string): Promise<void> {
    return this.store.transaction(async (client) => {
      const status = await campaignStatus(client, identity.tenant, campaignId);
      if (status === 'ended' || status === 'reviewed') throw new ReferralError('CAMPAIGN_NOT_RUNNING', 'The campaign is over', { status });
      await this.store.handleIn(client, {
        decider: referralProgrammeDecider,
        stream: { tenantId: identity.tenant, ...referralProgrammeStream(campaignId) },
        command: { type: 'ConfigureReferralProgramme', campaignId, rules, by: identity.sub },
        context: { idempotencyKey },
      });
    });
  }
}
