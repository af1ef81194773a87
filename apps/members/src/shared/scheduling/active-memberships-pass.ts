import type { EventStore } from '@groundswell/event-store';
import type { Pool, PoolClient } from 'pg';
import { membersEventStore } from '../members-projections';

export interface MembershipTarget {
  tenantId: string;
  memberId: string;
  communityId: string;
}

const BATCH = 500;

/**
 * A scheduled pass over every active membership (and only those `andWhere` also keeps), in key
 * order, 500 rows a read. Each membership is its own transaction, retried on a stream conflict, so
 * one failure doesn't hold back the rest. Returns how many of them `visit` changed.
 */
export async function passOverActiveMemberships(
  pool: Pool,
  visit: (store: EventStore, client: PoolClient, target: MembershipTarget) => Promise<boolean>,
  andWhere = '',
): Promise<number> {
  const store = membersEventStore(pool);
  let changed = 0;
  let after: [string, string, string] = ['', '00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000'];
  for (;;) {
    const { rows } = await pool.query<{ tenant_id: string; community_id: string; member_id: string }>(
      `SELECT tenant_id, community_id, member_id FROM memberships
       WHERE status = 'active' ${andWhere ? `AND ${andWhere} ` : ''}AND (tenant_id, community_id, member_id) > ($1, $2::uuid, $3::uuid)
       ORDER BY tenant_id, community_id, member_id LIMIT ${BATCH}`,
      after,
    );
    for (const row of rows) {
      const target = { tenantId: row.tenant_id, memberId: row.member_id, communityId: row.community_id };
      if (await store.transaction((client) => visit(store, client, target), { retryOnConflict: true })) changed++;
    }
    if (rows.length < BATCH) return changed;
    const last = rows[rows.length - 1]!;
    after = [last.tenant_id, last.community_id, last.member_id];
  }
}
