import type { Pool } from 'pg';

export type RebuildStatus = 'running' | 'completed' | 'failed';

export interface RebuildRecord {
  rebuildId: string;
  projection: string;
  status: RebuildStatus;
  eventsReplayed: number;
  startedAt: Date;
  finishedAt: Date | null;
  error: string | null;
}

interface RebuildRow {
  rebuild_id: string;
  projection: string;
  status: RebuildStatus;
  events_replayed: string;
  started_at: Date;
  finished_at: Date | null;
  error: string | null;
}

const columns = 'rebuild_id, projection, status, events_replayed, started_at, finished_at, error';

const toRecord = (row: RebuildRow): RebuildRecord => ({
  rebuildId: row.rebuild_id,
  projection: row.projection,
  status: row.status,
  eventsReplayed: Number(row.events_replayed),
  startedAt: row.started_at,
  finishedAt: row.finished_at,
  error: row.error,
});

/** Records a started rebuild; with an idempotency key already used, returns that rebuild instead (`created` false). */
export async function recordRebuildStarted(
  pool: Pool,
  rebuild: { rebuildId: string; projection: string; idempotencyKey?: string | null },
): Promise<{ record: RebuildRecord; created: boolean }> {
  const inserted = await pool.query<RebuildRow>(
    `INSERT INTO analytics_projection_rebuilds (rebuild_id, projection, idempotency_key, status) VALUES ($1, $2, $3, 'running')
     ON CONFLICT (idempotency_key) DO NOTHING RETURNING ${columns}`,
    [rebuild.rebuildId, rebuild.projection, rebuild.idempotencyKey ?? null],
  );
  if (inserted.rows[0]) return { record: toRecord(inserted.rows[0]), created: true };
  return { record: (await findRebuild(pool, rebuild.idempotencyKey!))!, created: false };
}

export async function findRebuild(pool: Pool, idempotencyKey: string): Promise<RebuildRecord | undefined> {
  const { rows } = await pool.query<RebuildRow>(`SELECT ${columns} FROM analytics_projection_rebuilds WHERE idempotency_key = $1`, [idempotencyKey]);
  return rows[0] && toRecord(rows[0]);
}

export async function recordRebuildFinished(pool: Pool, rebuildId: string, outcome: { eventsReplayed: number } | { error: string }): Promise<void> {
  await pool.query(
    `UPDATE analytics_projection_rebuilds SET status = $2, events_replayed = $3, error = $4, finished_at = now() WHERE rebuild_id = $1`,
    'error' in outcome ? [rebuildId, 'failed', 0, outcome.error] : [rebuildId, 'completed', outcome.eventsReplayed, null],
  );
}

/** The latest rebuild of each projection that was ever rebuilt. */
export async function latestRebuilds(pool: Pool): Promise<RebuildRecord[]> {
  const { rows } = await pool.query<RebuildRow>(
    `SELECT DISTINCT ON (projection) ${columns} FROM analytics_projection_rebuilds ORDER BY projection, started_at DESC`,
  );
  return rows.map(toRecord);
}
