import type { PoolClient } from 'pg';
import type { CampaignKind } from '../campaigns/campaign.values';
import type { CampaignTargeting } from '../eligibility/eligibility.rules';
import { ParticipationError } from './participation.error';

/** What participation commands are decided on about their campaign, read from the campaigns read model. */
export interface CampaignFacts extends CampaignTargeting {
  campaignId: string;
  kind: CampaignKind;
  status: string;
  timeZone: string;
}

export async function loadCampaignFacts(client: Pick<PoolClient, 'query'>, tenantId: string, campaignId: string): Promise<CampaignFacts> {
  const { rows } = await client.query<CampaignFacts>(
    `SELECT campaign_id AS "campaignId", kind, status, community_ids AS "communityIds", plan->>'segmentId' AS "segmentId", plan->'schedule'->>'timeZone' AS "timeZone"
     FROM campaigns WHERE tenant_id = $1 AND campaign_id = $2`,
    [tenantId, campaignId],
  );
  if (!rows[0]) throw new ParticipationError('CAMPAIGN_NOT_FOUND', 'No such campaign', { campaignId });
  return rows[0];
}
