import { Inject, Injectable } from '@nestjs/common';
import { PG_POOL } from '@groundswell/service-kit';
import type { Pool, PoolClient } from 'pg';
import type { NearDuplicate } from './originality.events';

export interface OriginalityRecord {
  contentItemId: string;
  original: boolean;
  nearDuplicates: NearDuplicate[];
  checkedAt: Date;
}

export interface OriginalityRate {
  checked: number;
  original: number;
  /** original / checked; null when nothing was checked. */
  rate: number | null;
}

@Injectable()
export class OriginalityQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** The tenant's other items sharing at least one band key, with their signatures. */
  async candidates(tenantId: string, itemId: string, keys: readonly string[], db: Pool | PoolClient = this.pool): Promise<Array<{ itemId: string; signature: number[] }>> {
    const { rows } = await db.query<{ itemId: string; signature: string[] }>(
      `SELECT o.content_item_id AS "itemId", o.signature
         FROM content_originality o
        WHERE o.tenant_id = $1 AND o.content_item_id <> $2::uuid
          AND o.content_item_id IN (SELECT b.content_item_id FROM content_originality_bands b WHERE b.tenant_id = $1 AND b.band_key = ANY($3::text[]))`,
      [tenantId, itemId, keys],
    );
    return rows.map((row) => ({ itemId: row.itemId, signature: row.signature.map(Number) }));
  }

  async originality(tenantId: string, itemId: string, db: Pool | PoolClient = this.pool): Promise<OriginalityRecord | null> {
    const { rows } = await db.query<OriginalityRecord>(
      `SELECT content_item_id AS "contentItemId", original, near_duplicates AS "nearDuplicates", checked_at AS "checkedAt"
         FROM content_originality WHERE tenant_id = $1 AND content_item_id = $2::uuid`,
      [tenantId, itemId],
    );
    return rows[0] ?? null;
  }

  /** KPI-29's originality rate over items first checked in [from, to). */
  async rate(tenantId: string, from: Date | null, to: Date | null): Promise<OriginalityRate> {
    const { rows } = await this.pool.query<{ checked: number; original: number }>(
      `SELECT count(*)::int AS checked, count(*) FILTER (WHERE original)::int AS original
         FROM content_originality
        WHERE tenant_id = $1 AND ($2::timestamptz IS NULL OR first_checked_at >= $2) AND ($3::timestamptz IS NULL OR first_checked_at < $3)`,
      [tenantId, from, to],
    );
    const { checked, original } = rows[0]!;
    return { checked, original, rate: checked === 0 ? null : original / checked };
  }
}
