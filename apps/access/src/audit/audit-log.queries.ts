import { Inject, Injectable } from '@nestjs/common';
import { keysetPage, PG_POOL, type Connection } from '@groundswell/service-kit';
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
  auditLog(tenantId: string, filter: AuditLogFilter, first?: number, after?: string): Promise<Connection<AuditEntryRecord>> {
    const { where, params } = auditFilterSql(tenantId, filter);
    return keysetPage(this.pool, { from: 'audit_entries', columns, where, values: params, time: 'occurred_at', key: 'entry_id', keyKind: 'uuid' }, { first, after });
  }
}
