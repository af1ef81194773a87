import type { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { PoolClient } from 'pg';
import type { CampaignEligibility } from '../../eligibility/campaign-eligibility';
import type { EligibilityVerdict } from '../../eligibility/eligibility.rules';
import { loadCampaignFacts, type CampaignFacts } from '../campaign-facts';
import { participationDecider, type ParticipationCommand } from '../participation.decider';
import { participationStream } from '../participation.events';

export interface ParticipationFacts {
  client: PoolClient;
  campaign: CampaignFacts;
  eligibility: EligibilityVerdict;
}

/**
 * Loads the campaign and the member's eligibility for it, decides the command they make on the
 * member's participation stream and appends what it decides, in one transaction.
 */
export async function decideParticipation(
  store: EventStore,
  eligibility: CampaignEligibility,
  identity: Identity,
  target: { campaignId: string; memberId: string },
  commandOf: (facts: ParticipationFacts) => ParticipationCommand | Promise<ParticipationCommand>,
  idempotencyKey: string | undefined,
): Promise<void> {
  await store.transaction(
    async (client) => {
      const campaign = await loadCampaignFacts(client, identity.tenant, target.campaignId);
      const verdict = await eligibility.check(identity.tenant, target.memberId, campaign, client);
      const command = await commandOf({ client, campaign, eligibility: verdict });
      await store.handleIn(client, {
        decider: participationDecider,
        stream: { tenantId: identity.tenant, ...participationStream(campaign.campaignId, target.memberId) },
        command,
        context: { idempotencyKey },
      });
    },
    // A concurrent command of the same member conflicts on the stream; decided again, it sees the first one.
    { retryOnConflict: true },
  );
}
