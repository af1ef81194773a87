import type { PoolClient } from 'pg';

const identifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The schema a rebuild builds its tables in; dropped once swapped in (or abandoned). */
export function shadowSchemaName(projection: string, version: string): string {
  return `analytics_rebuild_${projection.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${version}`;
}

/**
 * Creates empty copies of the live tables in `shadowSchema`: same columns, defaults and constraints
 * under the same names (createShadowIndexes adds the other indexes, best after the bulk load), so
 * that after the swap nothing tells them from the originals.
 */
export async function createShadowTables(client: PoolClient, liveSchema: string, shadowSchema: string, tables: readonly string[]): Promise<void> {
  await client.query(`CREATE SCHEMA ${identifier(shadowSchema)}`);
  for (const table of tables) {
    const live = `${identifier(liveSchema)}.${identifier(table)}`;
    const shadow = `${identifier(shadowSchema)}.${identifier(table)}`;
    await client.query(`CREATE TABLE ${shadow} (LIKE ${live} INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING GENERATED)`);
    const constraints = await client.query<{ name: string; definition: string }>(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
        WHERE conrelid = $1::regclass AND contype IN ('p', 'u', 'c', 'x') ORDER BY oid`,
      [live],
    );
    for (const constraint of constraints.rows) {
      await client.query(`ALTER TABLE ${shadow} ADD CONSTRAINT ${identifier(constraint.name)} ${constraint.definition}`);
    }
  }
}

/** The live tables' indexes that back no constraint, under the same names. */
export async function createShadowIndexes(client: PoolClient, liveSchema: string, shadowSchema: string, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    const live = `${identifier(liveSchema)}.${identifier(table)}`;
    const shadow = `${identifier(shadowSchema)}.${identifier(table)}`;
    const indexes = await client.query<{ definition: string }>(
      `SELECT pg_get_indexdef(i.indexrelid) AS definition FROM pg_index i
        WHERE i.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
        ORDER BY i.indexrelid`,
      [live],
    );
    for (const index of indexes.rows) {
      await client.query(index.definition.replace(/ ON (ONLY )?\S+ USING /, ` ON ${shadow} USING `));
    }
  }
}

/**
 * Replaces the live tables by the shadow ones in the caller's transaction. Takes ACCESS EXCLUSIVE
 * on the live tables in the projection's order: readers wait (they do not fail) and, once this
 * commits, resolve the names again and read the new tables.
 */
export async function swapInShadowTables(client: PoolClient, liveSchema: string, shadowSchema: string, tables: readonly string[]): Promise<void> {
  for (const table of tables) await client.query(`LOCK TABLE ${identifier(liveSchema)}.${identifier(table)} IN ACCESS EXCLUSIVE MODE`);
  for (const table of tables) {
    await client.query(`DROP TABLE ${identifier(liveSchema)}.${identifier(table)}`);
    await client.query(`ALTER TABLE ${identifier(shadowSchema)}.${identifier(table)} SET SCHEMA ${identifier(liveSchema)}`);
  }
  await client.query(`DROP SCHEMA ${identifier(shadowSchema)}`);
}

export async function dropShadowSchema(client: PoolClient, shadowSchema: string): Promise<void> {
  await client.query(`DROP SCHEMA IF EXISTS ${identifier(shadowSchema)} CASCADE`);
}

export const searchPathFirst = (schema: string, liveSchema: string) => `SET LOCAL search_path TO ${identifier(schema)}, ${identifier(liveSchema)}`;

/** Shadow schemas a crashed rebuild left behind; only safe to call while holding the rebuild lock. */
export async function dropAbandonedShadowSchemas(client: PoolClient): Promise<void> {
  const { rows } = await client.query<{ name: string }>(`SELECT nspname AS name FROM pg_namespace WHERE nspname LIKE 'analytics\\_rebuild\\_%'`);
  for (const { name } of rows) await dropShadowSchema(client, name);
}
