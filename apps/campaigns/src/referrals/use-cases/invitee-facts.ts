import type { PoolClient } from 'pg';
import { ReferralError } from '../referral.error';
import type { ReferralProgrammeRules } from '../referral.events';
import type { InviteeFacts } from '../referrer.decider';
import { campaignStatus } from './campaign-status';

// Bounds the walk up the invite tree; a deeper chain than this is itself worth a look, never a loop.
const MAX_TREE_DEPTH = 1_000;

/** When Groundswell first knew the member, any member merged into them, or any identity they hold now. */
export async function firstKnownAt(client: PoolClient, tenantId: string, memberId: string): Promise<string | null> {
  const { rows } = await client.query<{ at: Date | null }>(
    `SELECT least(
       (SELECT min(first_known_at) FROM referral_known_members WHERE tenant_id = $1 AND (member_id = $2 OR merged_into = $2)),
       (SELECT min(linked_at) FROM referral_known_identities WHERE tenant_id = $1 AND member_id = $2)) AS at`,
    [tenantId, memberId],
  );
  return rows[0]?.at ? rows[0].at.toISOString() : null;
}

/** What deciding an invite needs: the campaign, its rules, the invitee's place in the tree and in the identity graph. */
export async function inviteeFacts(client: PoolClient, tenantId: string, campaignId: string, referrerId: string, inviteeId: string): Promise<InviteeFacts> {
  const status = await campaignStatus(client, tenantId, campaignId);
  const programme = await client.query<{ rules: ReferralProgrammeRules }>('SELECT rules FROM referral_programmes WHERE tenant_id = $1 AND campaign_id = $2', [tenantId, campaignId]);
  if (!programme.rows[0]) throw new ReferralError('REFERRAL_PROGRAMME_NOT_FOUND', 'The campaign has no referral programme', { campaignId });
  const referred = await client.query<{ referrerId: string }>('SELECT referrer_id AS "referrerId" FROM referrals WHERE tenant_id = $1 AND campaign_id = $2 AND invitee_id = $3', [
    tenantId,
    campaignId,
    inviteeId,
  ]);
  const ancestors = await client.query<{ memberId: string }>(
    `WITH RECURSIVE up(member_id, depth) AS (
       SELECT referrer_id, 1 FROM referrals WHERE tenant_id = $1 AND campaign_id = $2 AND invitee_id = $3
       UNION ALL
       SELECT r.referrer_id, up.depth + 1 FROM referrals r JOIN up ON r.tenant_id = $1 AND r.campaign_id = $2 AND r.invitee_id = up.member_id WHERE up.depth < $4)
     SELECT member_id AS "memberId" FROM up`,
    [tenantId, campaignId, referrerId, MAX_TREE_DEPTH],
  );
  return {
    campaignStatus: status,
    rules: programme.rows[0].rules,
    referredBy: referred.rows[0]?.referrerId ?? null,
    referrerAncestors: ancestors.rows.map((row) => row.memberId),
    inviteeFirstKnownAt: await firstKnownAt(client, tenantId, inviteeId),
  };
}
