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
  first?: number;
  after?: string;
}

/**
 * One page of a tenant's rows, newest first, keyset-paged on `(created_at, <id>)` — the order an
 * index `(tenant_id, created_at DESC, <id> DESC)` serves.
 */
export async function newestFirstPage<Row extends { id: string; createdAt: Date }>(pool: Pool, query: NewestFirstPageQuery): Promise<Connection<Row>> {
  const { table, idColumn, columns, tenantId } = query;
  const size = pageSize(query.first);
  const [createdAt, id] = query.after ? decodeCursor(query.after, ['timestamp', 'key']) : [null, null];
  const [{ rows }, total] = await Promise.all([
    pool.query<Row>(
      `SELECT ${columns} FROM ${table}
       WHERE tenant_id = $1 AND ($2::timestamptz IS NULL OR (created_at, ${idColumn}) < ($2::timestamptz, $3::text))
       ORDER BY created_at DESC, ${idColumn} DESC LIMIT $4`,
      [tenantId, createdAt, id, size + 1],
    ),
    pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table} WHERE tenant_id = $1`, [tenantId]),
  ]);
  return toConnection(rows, size, total.rows[0]!.count, (row) => encodeCursor([row.createdAt.toISOString(), row.id]), (row) => row);
}
