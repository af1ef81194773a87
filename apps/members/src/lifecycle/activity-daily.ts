import type { InlineProjection, StoredEvent } from '@groundswell/event-store';
import { MemberActivityRecordedV1 } from '@groundswell/events';
import type { PoolClient } from 'pg';

interface DailyCount {
  communityId: string;
  memberId: string;
  day: string;
  kind: string;
  count: number;
  lastAt: Date;
}

/** Activity events folded into (community, member, UTC day, kind) counts. */
export function dailyCounts(events: readonly StoredEvent[]): DailyCount[] {
  const counts = new Map<string, DailyCount>();
  for (const event of events) {
    if (event.type !== MemberActivityRecordedV1.type) continue;
    const { communityId, memberId, kind } = event.data as { communityId: string; memberId: string; kind: string };
    const day = event.occurredAt.toISOString().slice(0, 10);
    const key = `${communityId}|${memberId}|${day}|${kind}`;
    const known = counts.get(key);
    if (known) {
      known.count++;
      if (event.occurredAt > known.lastAt) known.lastAt = event.occurredAt;
    } else {
      counts.set(key, { communityId, memberId, day, kind, count: 1, lastAt: event.occurredAt });
    }
  }
  return [...counts.values()];
}

/** `member_activity_daily`: appended activity counted per day, in the append's transaction (ADR 0004: a read model of the stream). */
export const activityDailyProjection: InlineProjection = {
  name: 'member_activity_daily',
  apply: (client, events) => (events.length ? recordDailyActivity(client, events[0].tenantId, events) : Promise.resolve()),
};

// One statement for the whole batch: an activity import appends hundreds of events at once.
async function recordDailyActivity(client: PoolClient, tenantId: string, events: readonly StoredEvent[]): Promise<void> {
  const rows = dailyCounts(events);
  if (rows.length === 0) return;
  await client.query(
    `INSERT INTO member_activity_daily (tenant_id, community_id, member_id, day, kind, count, last_at)
     SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::date[], $5::text[], $6::int[], $7::timestamptz[])
     ON CONFLICT (tenant_id, community_id, member_id, day, kind) DO UPDATE
       SET count = member_activity_daily.count + EXCLUDED.count, last_at = GREATEST(member_activity_daily.last_at, EXCLUDED.last_at)`,
    [
      tenantId,
      rows.map((row) => row.communityId),
      rows.map((row) => row.memberId),
      rows.map((row) => row.day),
      rows.map((row) => row.kind),
      rows.map((row) => row.count),
      rows.map((row) => row.lastAt),
    ],
  );
}
