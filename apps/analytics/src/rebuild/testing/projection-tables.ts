import { withTransaction } from '@groundswell/event-store';
import type { Pool } from 'pg';
import type { AnalyticsProjection } from '../analytics-projection';
import { createShadowIndexes, createShadowTables, searchPathFirst } from '../shadow-tables';

/** Projects the whole log afresh into `schema` (the reference a rebuilt projection must equal); nothing is swapped. */
export async function projectFromScratch(pool: Pool, projection: AnalyticsProjection, schema: string): Promise<void> {
  await withTransaction(pool, async (client) => {
    await createShadowTables(client, 'public', schema, projection.tables);
    await createShadowIndexes(client, 'public', schema, projection.tables);
    await client.query(searchPathFirst(schema, 'public'));
    const { rows } = await client.query<{ seq: string }>('SELECT coalesce(max(ingest_seq), 0) AS seq FROM analytics_events');
    await projection.replay(client, { afterSeq: 0, upToSeq: Number(rows[0]!.seq) });
  });
}

/** Copies the live tables as they are now into `schema`. */
export async function snapshotTables(pool: Pool, tables: readonly string[], schema: string): Promise<void> {
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  for (const table of tables) await pool.query(`CREATE TABLE ${schema}.${table} AS SELECT * FROM public.${table}`);
}

/** Rows of the live table missing from `schema`'s copy and rows of the copy missing from the live table (EXCEPT ALL both ways). */
export async function differingRows(pool: Pool, table: string, schema: string): Promise<{ onlyLive: number; onlyReference: number; live: number }> {
  const { rows } = await pool.query<{ only_live: number; only_reference: number; live: number }>(
    `SELECT (SELECT count(*) FROM (SELECT * FROM public.${table} EXCEPT ALL SELECT * FROM ${schema}.${table}) d)::int AS only_live,
            (SELECT count(*) FROM (SELECT * FROM ${schema}.${table} EXCEPT ALL SELECT * FROM public.${table}) d)::int AS only_reference,
            (SELECT count(*) FROM public.${table})::int AS live`,
  );
  return { onlyLive: rows[0]!.only_live, onlyReference: rows[0]!.only_reference, live: rows[0]!.live };
}

/** Expects the live table to hold exactly the rows of `schema`'s copy, and some: two empty tables would prove nothing. */
export async function expectSameRows(pool: Pool, table: string, schema: string): Promise<void> {
  const difference = await differingRows(pool, table, schema);
  expect({ table, ...difference, live: difference.live > 0 }).toEqual({ table, onlyLive: 0, onlyReference: 0, live: true });
}
