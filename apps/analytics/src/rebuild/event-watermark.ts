import type { PoolClient } from 'pg';

/**
 * Waits for every running ingest transaction to finish and holds new ones off until the caller's
 * transaction ends (they take ROW EXCLUSIVE on the log; SHARE conflicts with it, not with readers),
 * then returns the highest ingest_seq: from here on, every event at or below it is committed and
 * every event still to come gets a higher one. Must run inside a transaction.
 */
export async function fenceIngestion(client: PoolClient): Promise<number> {
  await client.query('LOCK TABLE analytics_events IN SHARE MODE');
  const { rows } = await client.query<{ seq: string }>('SELECT coalesce(max(ingest_seq), 0) AS seq FROM analytics_events');
  return Number(rows[0]!.seq);
}
