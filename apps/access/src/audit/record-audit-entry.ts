import { EventContractError, MutationAuditedV1, type EventEnvelope } from '@groundswell/events';
import type { PoolClient } from 'pg';

/**
 * Appends one audit record in the consumer's transaction. Idempotent by record id on its own too,
 * so a replayed dead letter never doubles an entry. A record that breaks the contract is
 * dead-lettered (EventContractError), never silently dropped.
 */
export async function recordAuditEntry(client: PoolClient, envelope: EventEnvelope): Promise<'recorded' | 'duplicate'> {
  if (envelope.type !== MutationAuditedV1.type) {
    throw new EventContractError('UNKNOWN_EVENT_TYPE', `The audit log does not take ${envelope.type}`);
  }
  const parsed = MutationAuditedV1.schema.safeParse(envelope.data);
  if (!parsed.success) throw new EventContractError('INVALID_EVENT_DATA', `Audit record ${envelope.id} is malformed: ${parsed.error.message}`);
  const entry = parsed.data;
  const inserted = await client.query(
    `INSERT INTO audit_entries (entry_id, tenant_id, actor, operation_name, fields, targets, result, request_id, occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (entry_id) DO NOTHING`,
    [envelope.id, envelope.tenantid, entry.actor, entry.operationName, entry.fields, JSON.stringify(entry.targets), entry.result, entry.requestId, envelope.time],
  );
  return inserted.rowCount === 1 ? 'recorded' : 'duplicate';
}
