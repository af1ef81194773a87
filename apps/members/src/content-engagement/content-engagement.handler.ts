import type { EventStore } from '@groundswell/event-store';
import { createEventRegistry, EngagementSignalRecordedV1 } from '@groundswell/events';
import type { BatchEventHandler } from '@groundswell/messaging';
import type { PoolClient } from 'pg';
import { appendMemberActivity, type ActivityItem } from '../activity/append-member-activity';
import { activityKindOfSignal } from './engagement-as-activity';

const registry = createEventRegistry();

/** The batch's engagement by a known member, as activity items, per tenant and community. */
function activityByCommunity(events: Parameters<BatchEventHandler>[1]): Map<string, { tenantId: string; communityId: string; items: ActivityItem[] }> {
  const groups = new Map<string, { tenantId: string; communityId: string; items: ActivityItem[] }>();
  for (const { envelope } of events) {
    if (envelope.type !== EngagementSignalRecordedV1.type) continue;
    const event = registry.decode(envelope);
    if (!EngagementSignalRecordedV1.is(event)) continue;
    const { communityId, memberId, kind } = event.data;
    const activityKind = activityKindOfSignal[kind];
    if (!memberId || !activityKind) continue;
    const key = `${envelope.tenantid}/${communityId}`;
    const group = groups.get(key) ?? { tenantId: envelope.tenantid, communityId, items: [] };
    // Named after the engagement event, so a redelivery is a repeat to the activity path too.
    group.items.push({ memberId, kind: activityKind, clientEventId: `content:${envelope.id}`, occurredAt: new Date(envelope.time) });
    groups.set(key, group);
  }
  return groups;
}

async function membersOf(client: PoolClient, tenantId: string, communityId: string, memberIds: string[]): Promise<Set<string>> {
  const { rows } = await client.query<{ member_id: string }>('SELECT member_id FROM memberships WHERE tenant_id = $1 AND community_id = $2 AND member_id = ANY($3::uuid[])', [
    tenantId,
    communityId,
    [...new Set(memberIds)],
  ]);
  return new Set(rows.map((row) => row.member_id));
}

/**
 * Content engagement by members counts as their activity (issue 13): each batch goes through the
 * members' activity path in the consumer's transaction. Engagement by people who never joined the
 * community, or in a community members does not know, is not member activity and is left out.
 */
export const recordEngagementAsActivity = (store: EventStore): BatchEventHandler => async (client, events) => {
  for (const { tenantId, communityId, items } of activityByCommunity(events).values()) {
    const community = await client.query<{ platform: string }>('SELECT platform FROM communities WHERE tenant_id = $1 AND community_id = $2', [tenantId, communityId]);
    if (!community.rows[0]) continue;
    const members = await membersOf(client, tenantId, communityId, items.map((item) => item.memberId));
    const known = items.filter((item) => members.has(item.memberId));
    if (known.length > 0) await appendMemberActivity(store, client, tenantId, { communityId, platform: community.rows[0].platform }, known);
  }
};
