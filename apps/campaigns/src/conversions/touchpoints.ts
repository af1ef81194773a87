import type { PoolClient } from 'pg';
import type { Touchpoint, TouchpointKind } from './conversion.events';

/** A touchpoint as stored: whose it is, besides what it says. */
export type MemberTouchpoint = Touchpoint & { memberId: string };

/** Stores a touchpoint once; the same touchpoint id again (a redelivery, a replay) changes nothing. */
export function recordTouchpoint(client: PoolClient, tenantId: string, touchpoint: MemberTouchpoint) {
  const { id, kind, memberId, campaignId, occurredAt, communityId, channel, referrerId } = touchpoint;
  return client.query(
    `INSERT INTO attribution_touchpoints (tenant_id, touchpoint_id, kind, member_id, campaign_id, occurred_at, community_id, channel, referrer_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (tenant_id, touchpoint_id) DO NOTHING`,
    [tenantId, id, kind, memberId, campaignId, occurredAt, communityId ?? null, channel ?? null, referrerId ?? null],
  );
}

interface TouchpointRow {
  id: string;
  kind: TouchpointKind;
  campaignId: string;
  occurredAt: Date;
  communityId: string | null;
  channel: string | null;
  referrerId: string | null;
}

/** The member's touchpoints in the lookback window before `at`, each with the kind it was stored with. */
export async function touchpointsBefore(client: PoolClient, tenantId: string, memberId: string, at: Date, lookbackDays: number): Promise<Touchpoint[]> {
  const { rows } = await client.query<TouchpointRow>(
    `SELECT touchpoint_id AS id, kind, campaign_id AS "campaignId", occurred_at AS "occurredAt", community_id AS "communityId", channel, referrer_id AS "referrerId"
     FROM attribution_touchpoints
     WHERE tenant_id = $1 AND member_id = $2 AND occurred_at BETWEEN $3::timestamptz - make_interval(days => $4) AND $3::timestamptz`,
    [tenantId, memberId, at, lookbackDays],
  );
  return rows.map(({ id, kind, campaignId, occurredAt, communityId, channel, referrerId }) => ({
    kind,
    id,
    campaignId,
    occurredAt: occurredAt.toISOString(),
    ...(communityId && { communityId }),
    ...(channel && { channel }),
    ...(referrerId && { referrerId }),
  }));
}
