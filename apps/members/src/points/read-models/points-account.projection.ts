import type { InlineProjection, StoredEvent } from '@groundswell/event-store';
import { GrowthLevelChangedV1, PointsAdjustedV1, PointsEarnedV1, PointsExpiredV1, PointsRedeemedV1 } from '@groundswell/events';
import type { PoolClient } from 'pg';

type Data = Record<string, any>;

/** How an event moves the balance, and how much of it counts as earned. */
const movements: Record<string, (data: Data) => { delta: number; earned: number }> = {
  [PointsEarnedV1.type]: (data) => ({ delta: data.amount, earned: data.amount }),
  [PointsRedeemedV1.type]: (data) => ({ delta: -data.amount, earned: 0 }),
  [PointsExpiredV1.type]: (data) => ({ delta: -data.amount, earned: 0 }),
  [PointsAdjustedV1.type]: (data) => ({ delta: data.delta, earned: 0 }),
};

async function move(client: PoolClient, table: string, event: StoredEvent, data: Data, delta: number, earned: number) {
  const { rows } = await client.query<{ balance: number }>(
    `INSERT INTO ${table} (tenant_id, member_id, balance, lifetime_earned, updated_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (tenant_id, member_id) DO UPDATE SET balance = ${table}.balance + EXCLUDED.balance,
       lifetime_earned = ${table}.lifetime_earned + EXCLUDED.lifetime_earned, updated_at = EXCLUDED.updated_at
     RETURNING balance`,
    [event.tenantId, data.memberId, delta, earned, event.occurredAt],
  );
  await client.query(
    `INSERT INTO points_ledger (tenant_id, member_id, stream_version, event_type, delta, balance_after, occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [event.tenantId, data.memberId, event.streamVersion, event.type, delta, rows[0]!.balance, event.occurredAt],
  );
}

/** `points_accounts` (balance, lifetime earned, level) and `points_ledger` (balance after each movement). */
export const pointsAccountProjection: InlineProjection = {
  name: 'points_accounts',
  table: 'points_accounts',
  createTable: async () => undefined,
  async apply(client, events, table) {
    for (const event of events) {
      const data = event.data as Data;
      const movement = movements[event.type]?.(data);
      if (movement) await move(client, table, event, data, movement.delta, movement.earned);
      if (event.type === GrowthLevelChangedV1.type) {
        await client.query(
          `INSERT INTO ${table} (tenant_id, member_id, balance, lifetime_earned, level, updated_at) VALUES ($1, $2, 0, 0, $3, $4)
           ON CONFLICT (tenant_id, member_id) DO UPDATE SET level = EXCLUDED.level, updated_at = EXCLUDED.updated_at`,
          [event.tenantId, data.memberId, data.to, event.occurredAt],
        );
      }
    }
  },
};

/** The balance right after the event at `streamVersion` of the member's points stream. */
export async function balanceAfter(client: PoolClient, tenantId: string, memberId: string, streamVersion: number): Promise<number | undefined> {
  const { rows } = await client.query<{ balance_after: number }>(
    'SELECT balance_after FROM points_ledger WHERE tenant_id = $1 AND member_id = $2 AND stream_version = $3',
    [tenantId, memberId, streamVersion],
  );
  return rows[0]?.balance_after;
}
