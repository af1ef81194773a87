import type { Pool, PoolClient } from 'pg';

/** The tenant's projection progress: changes whenever an event of the tenant is ingested or a projection is swapped. */
export async function tenantWatermark(pool: Pool, tenantId: string): Promise<string> {
  const { rows } = await pool.query<{ version: string }>('SELECT version FROM analytics_tenant_watermarks WHERE tenant_id = $1', [tenantId]);
  return rows[0]?.version ?? '0';
}

/** A rebuilt projection may answer differently (a fixed definition, say): no cached answer survives a swap. */
export async function bumpAllTenantWatermarks(client: PoolClient): Promise<void> {
  await client.query('UPDATE analytics_tenant_watermarks SET version = version + 1');
}
