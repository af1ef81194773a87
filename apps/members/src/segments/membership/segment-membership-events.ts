import { randomUUID } from 'node:crypto';
import { appendToStreamEnd } from '@groundswell/event-store';
import { MemberEnteredSegmentV1, MemberLeftSegmentV1 } from '@groundswell/events';
import type { PoolClient } from 'pg';

/** Why a member moved, as the published event says it. */
export type PublishedSegmentMoveCause = 'member_changed' | 'segment_created' | 'segment_updated' | 'segment_deleted' | 'activity_window_elapsed';

export interface SegmentMove {
  memberId: string;
  segmentId: string;
  change: 'entered' | 'left';
}

// One stream per member, so a member's moves reach consumers in the order they happened.
export const segmentMembershipStream = (tenantId: string, memberId: string) => ({ tenantId, streamId: `segment-membership-${memberId}`, streamType: 'segment-membership' });

/**
 * Appends the moves as MemberEnteredSegment / MemberLeftSegment in the caller's transaction: they
 * commit with the membership rows and leave through the outbox onto gs.members.segment-membership,
 * so other services (campaign targeting) replicate membership instead of asking for it.
 */
export async function publishSegmentMoves(client: PoolClient, tenantId: string, moves: readonly SegmentMove[], cause: PublishedSegmentMoveCause, causeEventId: string | null): Promise<void> {
  const byMember = new Map<string, SegmentMove[]>();
  for (const move of moves) byMember.set(move.memberId, [...(byMember.get(move.memberId) ?? []), move]);
  const changedAt = new Date();
  for (const [memberId, ofMember] of byMember) {
    const events = ofMember.map(({ segmentId, change }) => ({
      type: change === 'entered' ? MemberEnteredSegmentV1.type : MemberLeftSegmentV1.type,
      data: { memberId, segmentId, cause, causeEventId, changedAt: changedAt.toISOString() },
      occurredAt: changedAt,
    }));
    // Entering and leaving must reach consumers in the order they happened.
    await appendToStreamEnd(client, segmentMembershipStream(tenantId, memberId), events, { correlationId: causeEventId ?? randomUUID(), causationId: causeEventId ?? undefined }, { inCommitOrder: true });
  }
}
