import type { Pool } from 'pg';
import { toConnection, type Connection } from './connection';
import { decodeCursor, encodeCursor } from './cursor';
import { pageSize } from './page-args';

export interface NewestFirstPageQuery {
  /** The read model's table, with `tenant_id`, `created_at` and the id column; a constant, never input. */
  table: string;
  idColumn: string;
  /** The select list, naming the id `id` and the creation time `"createdAt"`. */
  columns: string;
  tenantId: string;
  /** Further conditions on the tenant's rows, over `$2` onwards, and those parameters' values. */
  where?: string;
  values?: readonly unknown[];
  first?: number;
  after?: string;
}

/**
 * One page of a tenant's rows, newest first, keyset-paged on `(created_at, <id>)` — the order an
 * index `(tenant_id, created_at DESC, <id> DESC)` serves.
 */
export async function newestFirstPage<Row extends { id: string; createdAt: Date }>(pool: Pool, query: NewestFirstPageQuery): Promise<Connection<Row>> {
  const { table, idColumn, columns } = query;
  const size = pageSize(query.first);
  const [createdAt, id] = query.after ? decodeCursor(query.after, ['timestamp', 'key']) : [null, null];
  const where = query.where ? `tenant_id = $1 AND ${query.where}` : 'tenant_id = $1';
  const values = [query.tenantId, ...(query.values ?? [])];
  const n = values.length;
  const [{ rows }, total] = await Promise.all([
    pool.query<Row>(
      `SELECT ${columns} FROM ${table}
       WHERE ${where} AND ($${n + 1}::timestamptz IS NULL OR (created_at, ${idColumn}) < ($${n + 1}::timestamptz, $${n + 2}::text))
       ORDER BY created_at DESC, ${idColumn} DESC LIMIT $${n + 3}`,
      [...values, createdAt, id, size + 1],
    ),
    pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table} WHERE ${where}`, values),
  ]);
  return toConnection(rows, size, total.rows[0]!.count, (row) => encodeCursor([row.createdAt.toISOString(), row.id]), (row) => row);
}
