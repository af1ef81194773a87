import { Inject, Injectable } from '@nestjs/common';
import { newestFirstPage, PG_POOL, type Connection } from '@groundswell/service-kit';
import type { Pool } from 'pg';

export interface CampaignDraftRecord {
  id: string;
  title: string;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const columns = `campaign_draft_id AS id, title, created_at AS "createdAt", created_by AS "createdBy", updated_at AS "updatedAt", updated_by AS "updatedBy"`;

@Injectable()
export class CampaignDraftQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async campaignDraft(tenantId: string, campaignDraftId: string): Promise<CampaignDraftRecord | null> {
    const { rows } = await this.pool.query<CampaignDraftRecord>(`SELECT ${columns} FROM campaign_drafts WHERE tenant_id = $1 AND campaign_draft_id = $2`, [
      tenantId,
      campaignDraftId,
    ]);
    return rows[0] ?? null;
  }

  /** The tenant's campaign drafts, newest first. */
  campaignDrafts(tenantId: string, first?: number, after?: string): Promise<Connection<CampaignDraftRecord>> {
    return newestFirstPage<CampaignDraftRecord>(this.pool, { table: 'campaign_drafts', idColumn: 'campaign_draft_id', columns, tenantId, first, after });
  }
}
