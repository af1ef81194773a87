import { PointsAdjustedV1, PointsEarnedV1, PointsExpiredV1, PointsRedeemedV1, type EventEnvelope } from '@groundswell/events';
import type { PoolClient } from 'pg';

// The feed's own state, kept from the events it handles in the same transaction that marks them
// applied: it never depends on another read model having caught up (or existing at all).

const consentTypes: Record<string, boolean> = {
  'groundswell.members.MemberConsentGranted.v1': true,
  'groundswell.members.MemberConsentRevoked.v1': false,
};

/** Follows partner-sharing consent in member-stream order. */
export async function followConsent(client: PoolClient, event: EventEnvelope): Promise<void> {
  const data = event.data as { memberId: string; purpose: string };
  if (!(event.type in consentTypes) || data.purpose !== 'partner_sharing') return;
  await client.query(
    `INSERT INTO partner_feed_consents (tenant_id, member_id, granted) VALUES ($1, $2, $3)
     ON CONFLICT (tenant_id, member_id) DO UPDATE SET granted = EXCLUDED.granted`,
    [event.tenantid, data.memberId, consentTypes[event.type]],
  );
}

export async function consentsToPartnerSharing(client: PoolClient, tenantId: string, memberId: string): Promise<boolean> {
  const { rows } = await client.query<{ granted: boolean }>('SELECT granted FROM partner_feed_consents WHERE tenant_id = $1 AND member_id = $2', [
    tenantId,
    memberId,
  ]);
  return rows[0]?.granted ?? false;
}

type Movement = (data: Record<string, number>) => number;
const movements: Record<string, Movement> = {
  [PointsEarnedV1.type]: (data) => data.amount!,
  [PointsRedeemedV1.type]: (data) => -data.amount!,
  [PointsExpiredV1.type]: (data) => -data.amount!,
  [PointsAdjustedV1.type]: (data) => data.delta!,
};

/**
 * The part of a points stream the feed has not seen, summed from the event store (the record of
 * truth, never a projection): a stream first met mid-way, e.g. after the feed was added to a
 * running deployment. A stream the store doesn't hold either starts at 0.
 */
async function balanceBefore(client: PoolClient, event: EventEnvelope): Promise<number> {
  const { rows } = await client.query<{ event_type: string; data: Record<string, number> }>(
    `SELECT event_type, data FROM events
     WHERE tenant_id = $1 AND stream_id = $2 AND stream_version < $3 AND event_type = ANY($4)`,
    [event.tenantid, event.subject, event.streamversion, Object.keys(movements)],
  );
  return rows.reduce((balance, row) => balance + movements[row.event_type]!(row.data), 0);
}

/** Folds a points movement into the feed's balance of the member; the balance right after it, or undefined for other events. */
export async function followPoints(client: PoolClient, event: EventEnvelope): Promise<number | undefined> {
  const movement = movements[event.type];
  if (!movement) return undefined;
  const memberId = (event.data as { memberId: string }).memberId;
  const { rows } = await client.query<{ balance: string }>(
    'SELECT balance FROM partner_feed_points WHERE tenant_id = $1 AND member_id = $2 FOR UPDATE',
    [event.tenantid, memberId],
  );
  const before = rows[0] ? Number(rows[0].balance) : await balanceBefore(client, event);
  const after = before + movement(event.data as Record<string, number>);
  await client.query(
    `INSERT INTO partner_feed_points (tenant_id, member_id, balance) VALUES ($1, $2, $3)
     ON CONFLICT (tenant_id, member_id) DO UPDATE SET balance = EXCLUDED.balance`,
    [event.tenantid, memberId, after],
  );
  return after;
}
