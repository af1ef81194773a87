import type { Pool } from 'pg';

/** Projection lag (DESIGN §6): now − occurred time of the newest event ingested for the tenant. */
export async function projectionLagSeconds(pool: Pool, tenantId: string, now: Date): Promise<number | null> {
  const { rows } = await pool.query<{ newest: Date | null }>(
    'SELECT max(occurred_at) AS newest FROM analytics_events WHERE tenant_id = $1',
    [tenantId],
  );
  const newest = rows[0]?.newest;
  return newest ? Math.max(0, (now.getTime() - newest.getTime()) / 1000) : null;
}
