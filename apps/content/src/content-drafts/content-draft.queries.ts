import { Inject, Injectable } from '@nestjs/common';
import { newestFirstPage, PG_POOL, type Connection } from '@groundswell/service-kit';
import type { Pool } from 'pg';

export interface ContentDraftRecord {
  id: string;
  title: string;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const columns = `content_draft_id AS id, title, created_at AS "createdAt", created_by AS "createdBy", updated_at AS "updatedAt", updated_by AS "updatedBy"`;

@Injectable()
export class ContentDraftQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async contentDraft(tenantId: string, contentDraftId: string): Promise<ContentDraftRecord | null> {
    const { rows } = await this.pool.query<ContentDraftRecord>(`SELECT ${columns} FROM content_drafts WHERE tenant_id = $1 AND content_draft_id = $2`, [
      tenantId,
      contentDraftId,
    ]);
    return rows[0] ?? null;
  }

  /** The tenant's content drafts, newest first. */
  contentDrafts(tenantId: string, first?: number, after?: string): Promise<Connection<ContentDraftRecord>> {
    return newestFirstPage<ContentDraftRecord>(this.pool, { table: 'content_drafts', idColumn: 'content_draft_id', columns, tenantId, first, after });
  }
}
