import { Inject, Injectable } from '@nestjs/common';
import { PG_POOL } from '@groundswell/service-kit';
import type { Pool, PoolClient } from 'pg';
import { decideEligibility, type CampaignTargeting, type EligibilityVerdict, type MemberFacts } from './eligibility.rules';

type Queryable = Pick<Pool | PoolClient, 'query'>;

// A member answers for the sanctions of every duplicate merged into them (and into those); a
// merged-away duplicate has no facts of its own left: its memberships went to the survivor.
const factsSql = `
  WITH RECURSIVE person(member_id) AS (
    SELECT $2::text UNION SELECT m.duplicate_member_id FROM eligibility_merges m JOIN person p ON m.survivor_member_id = p.member_id WHERE m.tenant_id = $1 AND NOT m.undone
  )
  SELECT
    EXISTS (SELECT 1 FROM eligibility_merges WHERE tenant_id = $1 AND duplicate_member_id = $2 AND NOT undone) AS "mergedAway",
    ARRAY(SELECT community_id FROM eligibility_memberships WHERE tenant_id = $1 AND member_id = $2 AND active) AS "activeCommunityIds",
    ARRAY(SELECT segment_id FROM eligibility_segment_members WHERE tenant_id = $1 AND member_id = $2) AS "segmentIds",
    COALESCE((SELECT granted FROM eligibility_marketing_consents WHERE tenant_id = $1 AND member_id = $2), false) AS "marketingConsent",
    COALESCE((SELECT json_agg(json_build_object('kind', kind, 'communityId', community_id)) FROM eligibility_sanctions
              WHERE tenant_id = $1 AND member_id IN (SELECT member_id FROM person) AND in_force), '[]'::json) AS sanctions`;

const mergedAwayFacts: MemberFacts = { activeCommunityIds: [], segmentIds: [], marketingConsent: false, sanctions: [] };

/**
 * May this member take part in a campaign? Answered from the replica campaigns keeps of the members
 * and moderation services' events, never by asking them: other features call this before they write.
 */
@Injectable()
export class CampaignEligibility {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** Pass the use case's transaction client to judge on the facts as that transaction sees them. */
  async check(tenantId: string, memberId: string, targeting: CampaignTargeting, db: Queryable = this.pool): Promise<EligibilityVerdict> {
    return decideEligibility(targeting, await this.factsOf(tenantId, memberId, db));
  }

  async factsOf(tenantId: string, memberId: string, db: Queryable = this.pool): Promise<MemberFacts> {
    const { rows } = await db.query<MemberFacts & { mergedAway: boolean }>(factsSql, [tenantId, memberId]);
    const { mergedAway, ...facts } = rows[0]!;
    return mergedAway ? mergedAwayFacts : facts;
  }
}
