import type { PoolClient } from 'pg';
import { ReferralError } from '../referral.error';

/** The campaign's lifecycle status, read in the caller's transaction. */
export async function campaignStatus(client: PoolClient, tenantId: string, campaignId: string): Promise<string> {
  const { rows } = await client.query<{ status: string }>('SELECT status FROM campaigns WHERE tenant_id = $1 AND campaign_id = $2', [tenantId, campaignId]);
  if (!rows[0]) throw new ReferralError('CAMPAIGN_NOT_FOUND', 'No such campaign', { campaignId });
  return rows[0].status;
}
