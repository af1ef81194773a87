import { Inject, Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, pageSize, PG_POOL, toConnection, type Connection } from '@groundswell/service-kit';
import type { Pool } from 'pg';

export interface AuditEntryRecord {
  id: string;
  actor: string;
  operationName: string | null;
  fields: string[];
  targets: Array<{ argument: string; id: string }>;
  result: string;
  requestId: string;
  occurredAt: Date;
}

export interface AuditLogFilter {
  actor?: string;
  /** The operation's name or one of its mutation fields. */
  operation?: string;
  from?: Date;
  to?: Date;
  result?: string;
  requestId?: string;
}

const columns = `entry_id AS id, actor, operation_name AS "operationName", fields, targets, result, request_id AS "requestId", occurred_at AS "occurredAt"`;

/** WHERE clause and parameters of a filter; the tenant is always $1. */
export function auditFilterSql(tenantId: string, filter: AuditLogFilter): { where: string; params: unknown[] } {
  const params: unknown[] = [tenantId];
  const conditions = ['tenant_id = $1'];
  const add = (condition: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(condition(`$${params.length}`));
  };
  if (filter.actor !== undefined) add((p) => `actor = ${p}`, filter.actor);
  if (filter.operation !== undefined) add((p) => `(operation_name = ${p} OR ${p} = ANY(fields))`, filter.operation);
  if (filter.from !== undefined) add((p) => `occurred_at >= ${p}`, filter.from);
  if (filter.to !== undefined) add((p) => `occurred_at < ${p}`, filter.to);
  if (filter.result !== undefined) add((p) => `result = ${p}`, filter.result);
  if (filter.requestId !== undefined) add((p) => `request_id = ${p}`, filter.requestId);
  return { where: conditions.join(' AND '), params };
}

@Injectable()
export class AuditLogQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** Newest first; `from` inclusive, `to` exclusive. */
  async auditLog(tenantId: string, filter: AuditLogFilter, first?: number, after?: string): Promise<Connection<AuditEntryRecord>> {
    const size = pageSize(first);
    const { where, params } = auditFilterSql(tenantId, filter);
    const page = [...params];
    let keyset = '';
    if (after) {
      const [occurredAt, entryId] = decodeCursor(after, ['timestamp', 'uuid']);
      page.push(occurredAt, entryId);
      keyset = ` AND (occurred_at, entry_id) < ($${page.length - 1}::timestamptz, $${page.length}::uuid)`;
    }
    page.push(size + 1);
    const [{ rows }, total] = await Promise.all([
      this.pool.query<AuditEntryRecord & { occurredAtText: string }>(
        `SELECT ${columns}, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "occurredAtText"
         FROM audit_entries WHERE ${where}${keyset} ORDER BY occurred_at DESC, entry_id DESC LIMIT $${page.length}`,
        page,
      ),
      this.pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM audit_entries WHERE ${where}`, params),
    ]);
    // The cursor keeps microseconds: a JavaScript Date would round them away and skip or repeat rows.
    return toConnection(rows, size, total.rows[0]!.count, (row) => encodeCursor([row.occurredAtText, row.id]), ({ occurredAtText: _text, ...entry }) => entry);
  }
}
