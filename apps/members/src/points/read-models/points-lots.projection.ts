import type { InlineProjection } from '@groundswell/event-store';
import { BadgeAwardedV1, BadgeRevokedV1, PointsAdjustedV1, PointsEarnedV1 } from '@groundswell/events';
import { adjustedLotRef, earnedLotRef } from '../../domain';

type Data = Record<string, any>;

/** `points_lot_expiries`: every lot with an expiry date, for the expiry job to find its accounts. */
export const pointsLotExpiryProjection: InlineProjection = {
  name: 'points_lot_expiries',
  table: 'points_lot_expiries',
  createTable: async () => undefined,
  async apply(client, events, table) {
    for (const event of events) {
      const data = event.data as Data;
      if (!data.expiresAt) continue;
      const lotRef =
        event.type === PointsEarnedV1.type ? earnedLotRef(data.sourceRef) : event.type === PointsAdjustedV1.type && data.delta > 0 ? adjustedLotRef(data.adjustmentId) : undefined;
      if (!lotRef) continue;
      await client.query(`INSERT INTO ${table} (tenant_id, member_id, lot_ref, expires_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [
        event.tenantId,
        data.memberId,
        lotRef,
        data.expiresAt,
      ]);
    }
  },
};

/** `member_badges`: the badges a member holds now. */
export const memberBadgesProjection: InlineProjection = {
  name: 'member_badges',
  table: 'member_badges',
  createTable: async () => undefined,
  async apply(client, events, table) {
    for (const event of events) {
      const data = event.data as Data;
      if (event.type === BadgeAwardedV1.type) {
        await client.query(`INSERT INTO ${table} (tenant_id, member_id, badge_id, reason, awarded_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`, [
          event.tenantId,
          data.memberId,
          data.badgeId,
          data.reason ?? null,
          event.occurredAt,
        ]);
      } else if (event.type === BadgeRevokedV1.type) {
        await client.query(`DELETE FROM ${table} WHERE tenant_id = $1 AND member_id = $2 AND badge_id = $3`, [event.tenantId, data.memberId, data.badgeId]);
      }
    }
  },
};
