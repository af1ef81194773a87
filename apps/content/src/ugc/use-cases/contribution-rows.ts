import type { PoolClient } from 'pg';
import type { ParentFacts } from '../contribution.commands';
import { ContributionError } from '../contribution.error';
import type { ContributionKind } from '../contribution.state';
import { defaultUgcSettings, type UgcSettings } from '../settings/ugc-settings.decider';

export interface ContributionRow extends ParentFacts {
  authorMemberId: string | null;
  parentId: string | null;
  acceptedAnswerId: string | null;
}

/** The contribution's row in the caller's tenant; `lock` holds it until the transaction ends, so decisions on it queue. */
export async function contributionRow(client: PoolClient, tenantId: string, contributionId: string, { lock = false, missing = 'CONTRIBUTION_NOT_FOUND' as 'CONTRIBUTION_NOT_FOUND' | 'PARENT_NOT_FOUND' } = {}): Promise<ContributionRow> {
  const { rows } = await client.query<ContributionRow & { kind: ContributionKind }>(
    `SELECT contribution_id AS "contributionId", kind, thread_id AS "threadId", community_id AS "communityId", visibility, author_member_id AS "authorMemberId",
            parent_id AS "parentId", accepted_answer_id AS "acceptedAnswerId"
     FROM contributions WHERE tenant_id = $1 AND contribution_id = $2 ${lock ? 'FOR UPDATE' : ''}`,
    [tenantId, contributionId],
  );
  if (!rows[0]) throw new ContributionError(missing, missing === 'PARENT_NOT_FOUND' ? 'No such contribution to go under' : 'No such contribution', { contributionId });
  return rows[0];
}

export async function ugcSettingsOf(client: PoolClient, tenantId: string, communityId: string): Promise<UgcSettings> {
  const { rows } = await client.query<UgcSettings>('SELECT moderation, reward_points AS "rewardPoints" FROM ugc_settings WHERE tenant_id = $1 AND community_id = $2', [tenantId, communityId]);
  return rows[0] ?? defaultUgcSettings;
}
