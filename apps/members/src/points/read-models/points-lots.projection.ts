import { defineProjection } from '@groundswell/event-store';
import { BadgeAwardedV1, BadgeRevokedV1, PointsAdjustedV1, PointsEarnedV1 } from '@groundswell/events';
import type { PoolClient } from 'pg';
import { adjustedLotRef, earnedLotRef } from '../points.state';
import { type DomainEventOf } from '../../shared/domain-event';

const recordExpiry = (client: PoolClient, tenantId: string, memberId: string, lotRef: string, expiresAt: string | Date) =>
  client.query('INSERT INTO points_lot_expiries (tenant_id, member_id, lot_ref, expires_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
    tenantId,
    memberId,
    lotRef,
    expiresAt,
  ]);

/** `points_lot_expiries`: every lot with an expiry date, for the expiry job to find its accounts. */
export const pointsLotExpiryProjection = defineProjection<DomainEventOf<typeof PointsEarnedV1 | typeof PointsAdjustedV1>>('points_lot_expiries', {
  [PointsEarnedV1.type]: async (client, { tenantId, data }) => {
    if (data.expiresAt) await recordExpiry(client, tenantId, data.memberId, earnedLotRef(data.sourceRef), data.expiresAt);
  },
  [PointsAdjustedV1.type]: async (client, { tenantId, data }) => {
    if (data.expiresAt && data.delta > 0) await recordExpiry(client, tenantId, data.memberId, adjustedLotRef(data.adjustmentId), data.expiresAt);
  },
});

/** `member_badges`: the badges a member holds now. */
export const memberBadgesProjection = defineProjection<DomainEventOf<typeof BadgeAwardedV1 | typeof BadgeRevokedV1>>('member_badges', {
  [BadgeAwardedV1.type]: (client, { tenantId, data, occurredAt }) =>
    client.query('INSERT INTO member_badges (tenant_id, member_id, badge_id, reason, awarded_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING', [
      tenantId,
      data.memberId,
      data.badgeId,
      data.reason ?? null,
      occurredAt,
    ]),
  [BadgeRevokedV1.type]: (client, { tenantId, data }) =>
    client.query('DELETE FROM member_badges WHERE tenant_id = $1 AND member_id = $2 AND badge_id = $3', [tenantId, data.memberId, data.badgeId]),
});
