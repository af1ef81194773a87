import { Inject, Injectable } from '@nestjs/common';
import { newestFirstPage, PG_POOL, type Connection } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import type { CampaignKind, CampaignPlan, CampaignStatus, EndReason, PostMortem } from './campaign.values';

export interface CampaignRecord {
  id: string;
  kind: CampaignKind;
  status: CampaignStatus;
  plan: CampaignPlan;
  postMortem: PostMortem | null;
  pauseReason: string | null;
  endReason: EndReason | null;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface CampaignFilter {
  status?: CampaignStatus;
  kind?: CampaignKind;
  communityId?: string;
}

const columns = `campaign_id AS id, kind, status, plan, post_mortem AS "postMortem", pause_reason AS "pauseReason", end_reason AS "endReason",
  created_at AS "createdAt", created_by AS "createdBy", updated_at AS "updatedAt", updated_by AS "updatedBy"`;

// Null filter values match everything, so one statement serves every combination.
const filtered = `($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR kind = $3) AND ($4::text IS NULL OR community_ids @> ARRAY[$4::text])`;

@Injectable()
export class CampaignQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async campaign(tenantId: string, campaignId: string): Promise<CampaignRecord | null> {
    const { rows } = await this.pool.query<CampaignRecord>(`SELECT ${columns} FROM campaigns WHERE tenant_id = $1 AND campaign_id = $2`, [tenantId, campaignId]);
    return rows[0] ?? null;
  }

  /** The tenant's campaigns matching the filter, newest first. */
  campaigns(tenantId: string, filter: CampaignFilter = {}, first?: number, after?: string): Promise<Connection<CampaignRecord>> {
    const values = [filter.status ?? null, filter.kind ?? null, filter.communityId ?? null];
    return newestFirstPage(this.pool, { table: 'campaigns', idColumn: 'campaign_id', columns, tenantId, where: filtered, values, first, after });
  }
}
