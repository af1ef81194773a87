import { decodeCursor, encodeCursor, pageSize, toConnection, type Connection } from '@groundswell/service-kit';
import type { Pool } from 'pg';

export interface Page {
  first?: number;
  after?: string;
}

export interface KeysetQuery {
  columns: string;
  from: string;
  where: string;
  values: unknown[];
  /** Newest first on (time, key). */
  timeColumn: string;
  keyColumn: string;
}

/** A Relay page of rows, newest first, resumed after the last row's (time, key) cursor. */
export async function keysetPage<Node>(pool: Pool, query: KeysetQuery, page: Page): Promise<Connection<Node>> {
  const size = pageSize(page.first);
  const [time, key] = page.after ? decodeCursor(page.after, ['timestamp', 'key']) : [null, null];
  const { columns, from, where, values, timeColumn, keyColumn } = query;
  const n = values.length;
  const [{ rows }, total] = await Promise.all([
    pool.query<Node & { cursorTime: Date; cursorKey: string }>(
      `SELECT ${columns}, ${timeColumn} AS "cursorTime", ${keyColumn} AS "cursorKey" FROM ${from} WHERE ${where}
         AND ($${n + 1}::timestamptz IS NULL OR (${timeColumn}, ${keyColumn}) < ($${n + 1}::timestamptz, $${n + 2}::text))
       ORDER BY ${timeColumn} DESC, ${keyColumn} DESC LIMIT $${n + 3}`,
      [...values, time, key, size + 1],
    ),
    pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${from} WHERE ${where}`, values),
  ]);
  return toConnection(rows, size, total.rows[0]!.count, (row) => encodeCursor([row.cursorTime.toISOString(), row.cursorKey]), ({ cursorTime: _time, cursorKey: _key, ...node }) => node as Node);
}
