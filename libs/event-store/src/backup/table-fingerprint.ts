import type { Pool, PoolClient } from 'pg';

export interface TableFingerprint {
  rows: number;
  /** md5 over every row's text form, in a fixed order: equal digests, equal contents. */
  digest: string;
}

export type DatabaseFingerprint = Record<string, TableFingerprint>;

export async function userTables(db: Pick<Pool | PoolClient, 'query'>): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  return rows.map((row) => row.name);
}

/** Row count and content digest of each table (default: every table of the public schema). */
export async function fingerprint(db: Pick<Pool | PoolClient, 'query'>, tables?: readonly string[]): Promise<DatabaseFingerprint> {
  const result: DatabaseFingerprint = {};
  for (const table of tables ?? (await userTables(db))) {
    const { rows } = await db.query<{ rows: string; digest: string | null }>(
      `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM "${table}" t`,
    );
    result[table] = { rows: Number(rows[0]!.rows), digest: rows[0]!.digest ?? '' };
  }
  return result;
}

/** The tables whose fingerprints differ (or exist on one side only). */
export function differingTables(expected: DatabaseFingerprint, actual: DatabaseFingerprint): string[] {
  const tables = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...tables].filter((table) => expected[table]?.digest !== actual[table]?.digest || expected[table]?.rows !== actual[table]?.rows).sort();
}
