import type { Pool } from 'pg';

/**
 * Drops a table's indexes (constraints included) for a bulk load and returns what recreates them
 * as they were: building an index once is far cheaper than maintaining it row by row.
 */
export async function dropIndexes(pool: Pool, table: string): Promise<() => Promise<void>> {
  const constraints = await pool.query<{ name: string; definition: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = $1::regclass AND contype IN ('p', 'u')`,
    [table],
  );
  const indexes = await pool.query<{ name: string; definition: string }>(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
    [table],
  );
  for (const constraint of constraints.rows) await pool.query(`ALTER TABLE ${table} DROP CONSTRAINT ${constraint.name}`);
  for (const index of indexes.rows) await pool.query(`DROP INDEX ${index.name}`);
  return async () => {
    for (const constraint of constraints.rows) await pool.query(`ALTER TABLE ${table} ADD CONSTRAINT ${constraint.name} ${constraint.definition}`);
    for (const index of indexes.rows) await pool.query(index.definition);
    await pool.query(`ANALYZE ${table}`);
  };
}
