import { Inject, Injectable } from '@nestjs/common';
import { newestFirstPage, PG_POOL, type Connection } from '@groundswell/service-kit';
import type { Pool } from 'pg';

export interface RuleSetRecord {
  id: string;
  title: string;
  draftRules: string[];
  publishedVersion: number;
  publishedRules: string[] | null;
  publishedAt: Date | null;
  publishedBy: string | null;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const columns = `rule_set_id AS id, title, draft_rules AS "draftRules", published_version AS "publishedVersion", published_rules AS "publishedRules",
  published_at AS "publishedAt", published_by AS "publishedBy", created_at AS "createdAt", created_by AS "createdBy", updated_at AS "updatedAt", updated_by AS "updatedBy"`;

@Injectable()
export class RuleSetQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async ruleSet(tenantId: string, ruleSetId: string): Promise<RuleSetRecord | null> {
    const { rows } = await this.pool.query<RuleSetRecord>(`SELECT ${columns} FROM rule_sets WHERE tenant_id = $1 AND rule_set_id = $2`, [
      tenantId,
      ruleSetId,
    ]);
    return rows[0] ?? null;
  }

  /** The tenant's rule sets, newest first. */
  ruleSets(tenantId: string, first?: number, after?: string): Promise<Connection<RuleSetRecord>> {
    return newestFirstPage<RuleSetRecord>(this.pool, { table: 'rule_sets', idColumn: 'rule_set_id', columns, tenantId, first, after });
  }
}
