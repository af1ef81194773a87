import type { Pool } from 'pg';
import { toConnection, type Connection } from './connection';
import { decodeCursor, encodeCursor } from './cursor';
import { pageSize } from './page-args';

export interface PageRequest {
  first?: number;
  after?: string;
}

export interface KeysetQuery {
  /** The table (with its alias, if the columns use one) the rows come from; a constant, never input. */
  from: string;
  /** The select list. */
  columns: string;
  /** Conditions over `$1`…`$n`, and those parameters' values. */
  where: string;
  values: readonly unknown[];
  /** The rows come in `(time, key)` order: an index `(…, time, key)` serves it either way. */
  time: string;
  key: string;
  /** Newest first unless asked otherwise. */
  order?: 'newest-first' | 'oldest-first';
  /** What the key holds, so a cursor whose key is not of that kind is refused before SQL sees it; the key's SQL type is the column's. */
  keyKind?: 'key' | 'uuid';
}

/**
 * One page of rows, keyset-paged on `(time, key)`, with the count of all matching rows.
 * The cursor keeps the time to the microsecond: a JavaScript Date would round it to the millisecond,
 * and the next page would then skip or repeat rows written within the same millisecond.
 */
export async function keysetPage<Row, Node = Row>(pool: Pool, query: KeysetQuery, page: PageRequest, nodeOf?: (row: Row) => Node): Promise<Connection<Node>> {
  const { from, columns, where, values, time, key } = query;
  const size = pageSize(page.first);
  const [afterTime, afterKey] = page.after ? decodeCursor(page.after, ['timestamp', query.keyKind ?? 'key']) : [null, null];
  const n = values.length;
  const [after, direction] = query.order === 'oldest-first' ? ['>', 'ASC'] : ['<', 'DESC'];
  const [{ rows }, total] = await Promise.all([
    pool.query<Row & { cursorTime: string; cursorKey: string }>(
      `SELECT ${columns}, to_char(${time} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorTime", (${key})::text AS "cursorKey"
       FROM ${from}
       WHERE (${where}) AND ($${n + 1}::timestamptz IS NULL OR (${time}, ${key}) ${after} ($${n + 1}::timestamptz, $${n + 2}))
       ORDER BY ${time} ${direction}, ${key} ${direction} LIMIT $${n + 3}`,
      [...values, afterTime, afterKey, size + 1],
    ),
    pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${from} WHERE ${where}`, [...values]),
  ]);
  const toNode = nodeOf ?? ((row: Row) => row as unknown as Node);
  return toConnection(rows, size, total.rows[0]!.count, (row) => encodeCursor([row.cursorTime, row.cursorKey]), ({ cursorTime: _time, cursorKey: _key, ...row }) => toNode(row as Row));
}

export interface NewestFirstQuery extends PageRequest {
  /** The read model's table, with `tenant_id`, `created_at` and the id column; a constant, never input. */
  table: string;
  idColumn: string;
  columns: string;
  tenantId: string;
  /** Further conditions on the tenant's rows, over `$2` onwards, and those parameters' values. */
  where?: string;
  values?: readonly unknown[];
}

/** One page of a tenant's rows, newest created first. */
export function newestFirstPage<Row>(pool: Pool, query: NewestFirstQuery): Promise<Connection<Row>> {
  const { table, idColumn, columns, tenantId, first, after } = query;
  const where = query.where ? `tenant_id = $1 AND ${query.where}` : 'tenant_id = $1';
  return keysetPage<Row>(pool, { from: table, columns, where, values: [tenantId, ...(query.values ?? [])], time: 'created_at', key: idColumn }, { first, after });
}
