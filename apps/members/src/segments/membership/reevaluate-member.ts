import type { PoolClient } from 'pg';
import { publishSegmentMoves } from './segment-membership-events';
import { segmentMatchSql } from './segment-match';

// Millisecond precision, like the page cursors that carry it.
const enteredNow = `date_trunc('milliseconds', now())`;

export interface SegmentMoves {
  entered: string[];
  left: string[];
}

/** Why a member moved when no event caused it. */
export type SegmentMoveCause = 'segment_updated' | 'segment_deleted' | 'activity_window_elapsed';

async function record(client: PoolClient, tenantId: string, memberId: string, change: 'entered' | 'left', segmentIds: string[], causeEventId: string | null, cause: SegmentMoveCause | null) {
  if (!segmentIds.length) return;
  await client.query(
    `INSERT INTO segment_membership_changes (tenant_id, segment_id, member_id, change, changed_at, cause_event_id, cause)
     SELECT $1, unnest($2::uuid[]), $3, $4, now(), $5, $6`,
    [tenantId, segmentIds, memberId, change, causeEventId, cause],
  );
  const moves = segmentIds.map((segmentId) => ({ memberId, segmentId, change }));
  await publishSegmentMoves(client, tenantId, moves, cause ?? 'member_changed', causeEventId);
}

/**
 * Puts the member into every segment of the tenant they now match and takes them out of the ones
 * they no longer match, recording each move with the event that caused it. Judged on the current
 * read models, so events handled late or out of order still converge to the right membership.
 */
export async function reevaluateMember(
  client: PoolClient,
  tenantId: string,
  memberId: string,
  causeEventId: string | null,
  cause: SegmentMoveCause | null = null,
): Promise<SegmentMoves> {
  const matching = await client.query<{ segment_id: string }>(`SELECT s.segment_id FROM ${segmentMatchSql} AND s.tenant_id = $1 AND m.member_id = $2`, [tenantId, memberId]);
  const entered = await client.query<{ segment_id: string }>(
    `INSERT INTO segment_members (tenant_id, segment_id, member_id, entered_at) SELECT $1, unnest($2::uuid[]), $3, ${enteredNow}
     ON CONFLICT DO NOTHING RETURNING segment_id`,
    [tenantId, matching.rows.map((row) => row.segment_id), memberId],
  );
  const left = await client.query<{ segment_id: string }>(
    'DELETE FROM segment_members WHERE tenant_id = $1 AND member_id = $2 AND NOT (segment_id = ANY($3::uuid[])) RETURNING segment_id',
    [tenantId, memberId, matching.rows.map((row) => row.segment_id)],
  );
  const moves = { entered: entered.rows.map((row) => row.segment_id), left: left.rows.map((row) => row.segment_id) };
  await record(client, tenantId, memberId, 'entered', moves.entered, causeEventId, cause);
  await record(client, tenantId, memberId, 'left', moves.left, causeEventId, cause);
  return moves;
}

/**
 * Brings one segment in line with its (changed) filter: everyone who matches and isn't in enters,
 * everyone in who no longer matches leaves, each move recorded with the cause. An archived segment
 * matches nobody, so all its members leave.
 */
export async function reconcileSegment(client: PoolClient, tenantId: string, segmentId: string, cause: SegmentMoveCause): Promise<{ entered: number; left: number }> {
  const matching = `SELECT m.member_id FROM ${segmentMatchSql} AND s.tenant_id = $1 AND s.segment_id = $2`;
  const entered = await client.query<{ member_id: string }>(
    `INSERT INTO segment_members (tenant_id, segment_id, member_id, entered_at) SELECT $1, $2, member_id, ${enteredNow} FROM (${matching}) matching
     ON CONFLICT DO NOTHING RETURNING member_id`,
    [tenantId, segmentId],
  );
  const left = await client.query<{ member_id: string }>(
    `DELETE FROM segment_members sm WHERE sm.tenant_id = $1 AND sm.segment_id = $2 AND sm.member_id NOT IN (${matching}) RETURNING sm.member_id`,
    [tenantId, segmentId],
  );
  for (const [change, rows] of [['entered', entered.rows], ['left', left.rows]] as const) {
    await client.query(
      `INSERT INTO segment_membership_changes (tenant_id, segment_id, member_id, change, changed_at, cause) SELECT $1, $2, unnest($3::uuid[]), $4, now(), $5`,
      [tenantId, segmentId, rows.map((row) => row.member_id), change, cause],
    );
    await publishSegmentMoves(client, tenantId, rows.map((row) => ({ memberId: row.member_id, segmentId, change })), cause, null);
  }
  return { entered: entered.rowCount ?? 0, left: left.rowCount ?? 0 };
}

/** Fills a new segment with everyone who matches it now. */
export async function backfillSegment(client: PoolClient, tenantId: string, segmentId: string): Promise<number> {
  const { rows } = await client.query<{ member_id: string }>(
    `INSERT INTO segment_members (tenant_id, segment_id, member_id, entered_at)
     SELECT s.tenant_id, s.segment_id, m.member_id, ${enteredNow} FROM ${segmentMatchSql} AND s.tenant_id = $1 AND s.segment_id = $2
     ON CONFLICT DO NOTHING RETURNING member_id`,
    [tenantId, segmentId],
  );
  await client.query(
    `INSERT INTO segment_membership_changes (tenant_id, segment_id, member_id, change, changed_at) SELECT $1, $2, unnest($3::uuid[]), 'entered', now()`,
    [tenantId, segmentId, rows.map((row) => row.member_id)],
  );
  await publishSegmentMoves(client, tenantId, rows.map((row) => ({ memberId: row.member_id, segmentId, change: 'entered' as const })), 'segment_created', null);
  return rows.length;
}
