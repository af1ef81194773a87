import { Inject, Injectable } from '@nestjs/common';
import { pageOfList, PG_POOL, type Connection } from '@groundswell/service-kit';
import type { Pool } from 'pg';

export interface EngagementTotalRecord {
  itemId: string;
  variantId: string | null;
  platform: string;
  kind: string;
  count: number;
  dwellMs: number;
  lastAt: Date;
}

@Injectable()
export class EngagementQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** An item's engagement per variant, platform and kind, as recorded so far. */
  async totals(tenantId: string, itemId: string, page: { first?: number; after?: string }): Promise<Connection<EngagementTotalRecord>> {
    const { rows } = await this.pool.query<EngagementTotalRecord>(
      `SELECT item_id AS "itemId", NULLIF(variant_id, '') AS "variantId", platform, kind, count::float8 AS count, dwell_ms::float8 AS "dwellMs", last_at AS "lastAt"
       FROM engagement_totals WHERE tenant_id = $1 AND item_id = $2 ORDER BY variant_id, platform, kind`,
      [tenantId, itemId],
    );
    return pageOfList(rows, (row) => `${row.variantId ?? ''}|${row.platform}|${row.kind}`, page.first, page.after);
  }
}
