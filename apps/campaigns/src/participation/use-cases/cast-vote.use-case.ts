import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { PoolClient } from 'pg';
import { CampaignEligibility } from '../../eligibility/campaign-eligibility';
import type { BallotOption } from '../participation.events';
import { decideParticipation } from './decide-participation';

async function ballotOf(client: PoolClient, tenantId: string, campaignId: string): Promise<BallotOption[] | null> {
  const { rows } = await client.query<BallotOption>('SELECT option_id AS "optionId", label FROM campaign_ballot_options WHERE tenant_id = $1 AND campaign_id = $2 ORDER BY position', [
    tenantId,
    campaignId,
  ]);
  return rows.length ? rows : null;
}

@Injectable()
export class CastVoteUseCase {
  constructor(
    private readonly store: EventStore,
    private readonly eligibility: CampaignEligibility,
  ) {}

  /** Records the member's one vote; the same vote again changes nothing. */
  async execute(identity: Identity, input: { campaignId: string; memberId: string; optionId: string }, idempotencyKey?: string): Promise<void> {
    await decideParticipation(
      this.store,
      this.eligibility,
      identity,
      input,
      async ({ client, campaign, eligibility }) => {
        const ballot = await ballotOf(client, identity.tenant, campaign.campaignId);
        return { type: 'CastVote', campaign, memberId: input.memberId, eligibility, optionId: input.optionId, ballot, now: new Date() };
      },
      idempotencyKey,
    );
  }
}
