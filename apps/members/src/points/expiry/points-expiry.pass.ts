import type { Pool } from 'pg';
import { memberStreams } from '../../shared/stream-ids';
import { pointsDecider } from '../points.decider';
import { tenantStream } from '../../shared/tenant-stream';
import { membersEventStore } from '../../shared/members-projections';

const BATCH = 500;

/**
 * Expires, per account, whatever is left of lots past their date at `at` (one `PointsExpired` per
 * account, oldest lots first, never below zero). The decider only takes what remains, so running
 * again at the same instant expires nothing more; the account's due rows go in the same
 * transaction. Returns the number of accounts that had points expire.
 */
export async function runPointsExpiryPass(pool: Pool, at: Date): Promise<number> {
  const store = membersEventStore(pool);
  let expired = 0;
  for (;;) {
    const { rows } = await pool.query<{ tenant_id: string; member_id: string }>(
      `SELECT DISTINCT tenant_id, member_id FROM points_lot_expiries WHERE expires_at <= $1 ORDER BY tenant_id, member_id LIMIT ${BATCH}`,
      [at],
    );
    for (const { tenant_id: tenantId, member_id: memberId } of rows) {
      const events = await store.transaction(async (client) => {
        const outcome = await store.handleIn(client, {
          decider: pointsDecider,
          stream: tenantStream(tenantId, memberStreams.points(memberId)),
          command: { type: 'ExpirePoints', memberId, at },
        });
        await client.query('DELETE FROM points_lot_expiries WHERE tenant_id = $1 AND member_id = $2 AND expires_at <= $3', [tenantId, memberId, at]);
        return outcome.events.length;
      }, { retryOnConflict: true });
      if (events > 0) expired++;
    }
    if (rows.length < BATCH) return expired;
  }
}
