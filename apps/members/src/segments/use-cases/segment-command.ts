import { withIdempotency, withTransaction } from '@groundswell/event-store';
import { RequestError } from '@groundswell/service-kit';
import type { Pool, PoolClient } from 'pg';
import { lockTenantSegments } from '../membership/segment-match';
import type { SegmentFilter } from '../segment-filter';

export interface LiveSegment {
  segmentId: string;
  name: string;
  filter: SegmentFilter;
}

/**
 * Runs a change of one live segment of the tenant in a transaction that holds the tenant's segment
 * lock exclusively, so the consumer's re-evaluations wait and then see the changed segment. A
 * retried request with the same idempotency key gets the first result.
 */
export function changeSegment<T>(
  pool: Pool,
  tenantId: string,
  segmentId: string,
  command: { name: string; idempotencyKey?: string },
  change: (client: PoolClient, segment: LiveSegment) => Promise<T>,
): Promise<T> {
  return withTransaction(pool, async (client) => (await withIdempotency(client, { tenantId, key: command.idempotencyKey, command: command.name }, async () => {
    await lockTenantSegments(client, tenantId, 'exclusive');
    const { rows } = await client.query<{ name: string; filter: SegmentFilter }>(
      'SELECT name, filter FROM segments WHERE tenant_id = $1 AND segment_id = $2 AND archived_at IS NULL',
      [tenantId, segmentId],
    );
    if (!rows[0]) throw new RequestError('NOT_FOUND', 'No such segment', { segmentId });
    return change(client, { segmentId, ...rows[0] });
  })).result);
}

export function requireSegmentName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 100) throw new RequestError('BAD_USER_INPUT', 'A segment name is 1–100 characters');
  return trimmed;
}
