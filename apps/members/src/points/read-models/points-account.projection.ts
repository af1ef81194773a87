import { defineProjection, type StoredEvent } from '@groundswell/event-store';
import { GrowthLevelChangedV1, PointsAdjustedV1, PointsEarnedV1, PointsExpiredV1, PointsRedeemedV1 } from '@groundswell/events';
import type { PoolClient } from 'pg';
import type { DomainEventOf } from '../../shared/domain-event';

type PointsAccountEvent = DomainEventOf<typeof PointsEarnedV1 | typeof PointsRedeemedV1 | typeof PointsExpiredV1 | typeof PointsAdjustedV1 | typeof GrowthLevelChangedV1>;

/** Moves the balance by `delta` (of which `earned` counts as earned) and records the balance after it. */
async function move(client: PoolClient, event: StoredEvent<string, { memberId: string }>, delta: number, earned: number) {
  const { rows } = await client.query<{ balance: number }>(
    `INSERT INTO points_accounts (tenant_id, member_id, balance, lifetime_earned, updated_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (tenant_id, member_id) DO UPDATE SET balance = points_accounts.balance + EXCLUDED.balance,
       lifetime_earned = points_accounts.lifetime_earned + EXCLUDED.lifetime_earned, updated_at = EXCLUDED.updated_at
     RETURNING balance`,
    [event.tenantId, event.data.memberId, delta, earned, event.occurredAt],
  );
  await client.query(
    `INSERT INTO points_ledger (tenant_id, member_id, stream_version, event_type, delta, balance_after, occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [event.tenantId, event.data.memberId, event.streamVersion, event.type, delta, rows[0]!.balance, event.occurredAt],
  );
}

/** `points_accounts` (balance, lifetime earned, level) and `points_ledger` (balance after each movement). */
export const pointsAccountProjection = defineProjection<PointsAccountEvent>('points_accounts', {
  [PointsEarnedV1.type]: (client, event) => move(client, event, event.data.amount, event.data.amount),
  [PointsRedeemedV1.type]: (client, event) => move(client, event, -event.data.amount, 0),
  [PointsExpiredV1.type]: (client, event) => move(client, event, -event.data.amount, 0),
  [PointsAdjustedV1.type]: (client, event) => move(client, event, event.data.delta, 0),
  [GrowthLevelChangedV1.type]: (client, { tenantId, data, occurredAt }) =>
    client.query(
      `INSERT INTO points_accounts (tenant_id, member_id, balance, lifetime_earned, level, updated_at) VALUES ($1, $2, 0, 0, $3, $4)
       ON CONFLICT (tenant_id, member_id) DO UPDATE SET level = EXCLUDED.level, updated_at = EXCLUDED.updated_at`,
      [tenantId, data.memberId, data.to, occurredAt],
    ),
});
